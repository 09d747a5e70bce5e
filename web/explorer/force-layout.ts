import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  size: number;
  /** Pinned nodes keep their place (an expansion only settles the new ones). */
  pinned: boolean;
  /** The room a label below the node needs, at zoom 1; nodes with one are kept apart as boxes. */
  label?: { w: number; h: number };
}
export interface LayoutLink {
  source: string;
  target: string;
}

/**
 * A force-directed layout with d3-force: Barnes–Hut many-body repulsion (O(n log n)
 * per tick), springs on edges, collision by node size and a gentle pull to the centre;
 * nodes that will be labelled also keep their labels' boxes apart (forceLabelBoxes).
 * Ticks run in slices between frames, so the page stays responsive while a 2,000-node
 * view settles. Resolves with the final positions.
 */
export function forceLayout(
  nodes: LayoutNode[],
  links: LayoutLink[],
  options: { ticks?: number } = {},
): Promise<Map<string, { x: number; y: number }>> {
  const n = nodes.length;
  for (const node of nodes) {
    if (node.pinned) {
      node.fx = node.x;
      node.fy = node.y;
    }
  }
  const simulation = forceSimulation<LayoutNode>(nodes)
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength(n > 700 ? -60 : -260)
        .theta(0.9)
        .distanceMax(n > 700 ? 400 : 900),
    )
    .force(
      'link',
      forceLink<LayoutNode, { source: string | LayoutNode; target: string | LayoutNode }>(links)
        .id((d) => d.id)
        .distance(n > 700 ? 30 : 70)
        .strength(0.4),
    )
    .force('collide', forceCollide<LayoutNode>((d) => d.size / 2 + (n > 700 ? 2 : 10)).iterations(1))
    .force('labels', forceLabelBoxes(nodes.filter((d) => d.label)))
    .force('x', forceX<LayoutNode>(0).strength(0.03))
    .force('y', forceY<LayoutNode>(0).strength(0.03))
    .stop();
  const total = options.ticks ?? (n > 700 ? 180 : 300);
  if (nodes.some((d) => d.pinned)) simulation.alpha(0.6);
  return new Promise((resolve) => {
    let done = 0;
    const slice = () => {
      const until = performance.now() + 40;
      while (done < total && performance.now() < until) {
        simulation.tick();
        done += 1;
      }
      if (done < total) setTimeout(slice, 0);
      else resolve(new Map(nodes.map((d) => [d.id, { x: d.x ?? 0, y: d.y ?? 0 }])));
    };
    slice();
  });
}

/**
 * Keeps the boxes of labelled nodes (the node and its label below it) from overlapping,
 * pushing each overlapping pair apart along the axis where they overlap least. A circle
 * as wide as a label would waste most of its area: labels are wide and short. Sweep and
 * prune on x, so only pairs that overlap there are compared.
 */
function forceLabelBoxes(boxed: LayoutNode[]) {
  const strength = 0.6;
  const force = () => {
    const boxes = boxed.map((d) => {
      const half = Math.max(d.size, d.label!.w) / 2;
      const x = (d.x ?? 0) + (d.vx ?? 0);
      const y = (d.y ?? 0) + (d.vy ?? 0);
      return { d, x, y, x1: x - half, x2: x + half, y1: y - d.size / 2, y2: y + d.size / 2 + d.label!.h };
    });
    boxes.sort((a, b) => a.x1 - b.x1);
    for (let i = 0; i < boxes.length; i += 1) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].x1 < a.x2; j += 1) {
        const b = boxes[j];
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (ox <= 0 || oy <= 0) continue;
        // Fixed nodes do not move, so the other one takes the whole push.
        const share = a.d.fx != null ? [0, 1] : b.d.fx != null ? [1, 0] : [0.5, 0.5];
        if (ox < oy) {
          const push = ox * strength * (a.x <= b.x ? 1 : -1);
          a.d.vx = (a.d.vx ?? 0) - push * share[0];
          b.d.vx = (b.d.vx ?? 0) + push * share[1];
        } else {
          const push = oy * strength * (a.y <= b.y ? 1 : -1);
          a.d.vy = (a.d.vy ?? 0) - push * share[0];
          b.d.vy = (b.d.vy ?? 0) + push * share[1];
        }
      }
    }
  };
  force.initialize = () => undefined;
  return force;
}

export interface SeparateOptions {
  /** Model units per screen px: one over the zoom the drawing will be seen at. */
  scale: number;
  /** Nodes are drawn at least this many screen px (see GraphCanvas.keepNodesVisible). */
  minSize?: number;
  /** A pair is pushed sideways unless that is `xBias` times farther than up or down. */
  xBias?: number;
  /** Nodes stay inside (model units). */
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  rounds?: number;
}

/**
 * After the simulation: moves nodes apart until no two boxes overlap (a node's body,
 * and below a labelled node its label, both at the size they will be seen at). Forces
 * only ever balance overlaps against the springs; this removes them. Pinned nodes
 * stay. Returns how many rounds moved something (0: nothing overlapped) and whether
 * it ended with no overlap.
 */
export function separateBoxes(nodes: LayoutNode[], options: SeparateOptions): { rounds: number; done: boolean } {
  const { scale, minSize = 0, xBias = 1, bounds, rounds = 2000 } = options;
  const clamp = (d: LayoutNode) => {
    if (!bounds || d.pinned) return;
    d.x = Math.min(bounds.x2, Math.max(bounds.x1, d.x ?? 0));
    d.y = Math.min(bounds.y2, Math.max(bounds.y1, d.y ?? 0));
  };
  for (let round = 0; round < rounds; round += 1) {
    const boxes = nodes.map((d) => {
      const size = Math.max(d.size, minSize * scale);
      const half = Math.max(size + 4, (d.label?.w ?? 0) * scale) / 2;
      const x = d.x ?? 0;
      const y = d.y ?? 0;
      return { d, x, y, x1: x - half, x2: x + half, y1: y - size / 2 - 2, y2: y + size / 2 + 2 + (d.label?.h ?? 0) * scale };
    });
    boxes.sort((a, b) => a.x1 - b.x1);
    let moved = 0;
    for (let i = 0; i < boxes.length; i += 1) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].x1 < a.x2; j += 1) {
        const b = boxes[j];
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (ox <= 0 || oy <= 0 || (a.d.pinned && b.d.pinned)) continue;
        const [sa, sb] = a.d.pinned ? [0, 1] : b.d.pinned ? [1, 0] : [0.5, 0.5];
        // Along the axis of least overlap (weighted: labels are wide and short, so up and down
        // nearly always wins, and the drawing would grow into a tower), a little past it.
        if (ox < oy * xBias) {
          const push = (ox + 1) * (a.x <= b.x ? 1 : -1);
          a.d.x = (a.d.x ?? 0) - push * sa;
          b.d.x = (b.d.x ?? 0) + push * sb;
        } else {
          const push = (oy + 1) * (a.y <= b.y ? 1 : -1);
          a.d.y = (a.d.y ?? 0) - push * sa;
          b.d.y = (b.d.y ?? 0) + push * sb;
        }
        clamp(a.d);
        clamp(b.d);
        moved += 1;
      }
    }
    if (moved === 0) return { rounds: round, done: true };
  }
  return { rounds, done: false };
}
