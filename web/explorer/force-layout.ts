import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  size: number;
  /** Pinned nodes keep their place (an expansion only settles the new ones). */
  pinned: boolean;
}
export interface LayoutLink {
  source: string;
  target: string;
}

/**
 * A force-directed layout with d3-force: Barnes–Hut many-body repulsion (O(n log n)
 * per tick), springs on edges, collision by node size and a gentle pull to the centre.
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
