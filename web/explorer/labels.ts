import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { TINY_LABEL_MAX, truncate } from './short-label';

/**
 * Label level of detail. Cytoscape draws a label at its font size times the zoom, so
 * a zoomed-out graph became a carpet of 5 px labels on top of each other. Here labels
 * have a fixed size on screen (the font size is set to px / zoom), and which ones are
 * drawn is chosen again whenever the view settles: by priority (the centre, the
 * selection and path, the centre's neighbours, groups, then by degree), each placed
 * below, right of, above or left of its node, and left out when every place would
 * overlap a label already drawn (or a node: only the centre's and its neighbours' labels
 * may cover unlabelled nodes). Zooming in makes room, so more labels appear.
 */

/** Rendered size of labels, in screen px; the centre's is larger. */
export const LABEL_PX = 12;
export const CENTER_LABEL_PX = 14;
/** Gap between a node and its label, in screen px. */
const GAP_PX = 3;
/** Cytoscape widens every label's bounds by this much (model units) for its hit tests; placement keeps the same margin. */
const CY_MARGIN = 2;
/** `text-background-padding` of labels, model units (see canvas-style.ts). */
export const LABEL_BG_PADDING = 1;

type Side = 'bottom' | 'right' | 'top' | 'left';
const PASSES = [
  { overNodes: false, pastEdge: false },
  { overNodes: true, pastEdge: false },
  { overNodes: true, pastEdge: true },
];
const SIDES: readonly Side[] = ['bottom', 'right', 'top', 'left'];
export const SIDE_CLASSES = SIDES.map((s) => `lbl-${s}`).join(' ');

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The node a body box belongs to: its own label may touch it. */
  owner?: string;
}

export interface LabelStats {
  drawn: number;
  candidates: number;
}

/** Lower is more important; ranks 0–2 must be labelled, and try harder (shorter text, over nodes). */
function rank(n: NodeSingular, centreHood: Set<string>): number {
  if (n.hasClass('center')) return 0;
  if (n.selected() || n.hasClass('on-path') || n.hasClass('path-end')) return 1;
  if (centreHood.has(n.id()) || n.hasClass('neighbour')) return 2;
  if (n.hasClass('group')) return 3;
  return 4;
}

/** A spatial hash of the boxes kept so far: a candidate is only tested against its neighbours. */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}
  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / this.cell); i <= Math.floor(b.x2 / this.cell); i += 1)
      for (let j = Math.floor(b.y1 / this.cell); j <= Math.floor(b.y2 / this.cell); j += 1) keys.push(`${i},${j}`);
    return keys;
  }
  free(b: Box, self?: string): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) {
        if (o.owner !== undefined && o.owner === self) continue;
        if (b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2) return false;
      }
    return true;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

export class Labeller {
  private readonly ctx: CanvasRenderingContext2D;
  private font = '';

  constructor(private readonly cy: Core) {
    this.ctx = document.createElement('canvas').getContext('2d')!;
  }

  /** Text width as cytoscape measures it (same canvas API, same font string, rounded up). */
  measure(text: string, px: number, weight: string, style = 'normal', family = 'sans-serif'): number {
    const font = `${style} ${weight} ${px}px ${family}`;
    if (font !== this.font) {
      this.ctx.font = font;
      this.font = font;
    }
    return Math.ceil(this.ctx.measureText(text).width);
  }

  /** Chooses and places the labels for the current view. */
  run(): LabelStats {
    const cy = this.cy;
    const z = cy.zoom();
    const pan = cy.pan();
    const view: Box = { x1: -pan.x / z, y1: -pan.y / z, x2: (cy.width() - pan.x) / z, y2: (cy.height() - pan.y) / z };
    const grid = new BoxGrid(96 / z);
    // Nodes are obstacles too: a label must not hide a node (only the most important give way on that).
    const bodies = new BoxGrid(96 / z);
    const centre = cy.nodes('.center');
    const centreHood = new Set(
      centre
        .closedNeighborhood()
        .nodes()
        .map((n) => n.id()),
    );
    const gap = GAP_PX / z;
    const pad = LABEL_BG_PADDING + CY_MARGIN;

    const candidates = cy
      .nodes()
      .map((n) => n)
      .filter((n) => n.visible() && !n.hasClass('faded') && inside(n.position(), view, n.width() / 2))
      .map((n) => ({ n, rank: rank(n, centreHood), weight: Number(n.data('degree') ?? 0) }))
      .sort((a, b) => a.rank - b.rank || b.weight - a.weight || (a.n.id() < b.n.id() ? -1 : 1));
    for (const { n } of candidates) {
      const { x, y } = n.position();
      bodies.add({ x1: x - n.width() / 2, y1: y - n.height() / 2, x2: x + n.width() / 2, y2: y + n.height() / 2, owner: n.id() });
    }

    const placed = new Map<string, { text: string; side: Side; px: number; rank: number }>();
    for (const { n, rank: r } of candidates) {
      const short = String(n.data('short') ?? '');
      if (!short) continue;
      const px = r === 0 ? CENTER_LABEL_PX : LABEL_PX;
      const fs = px / z;
      const texts = r <= 2 ? [...new Set([short, truncate(short, TINY_LABEL_MAX)])] : [short];
      const weight = pstyle(n, 'font-weight');
      const family = pstyle(n, 'font-family');
      const { x, y } = n.position();
      const hw = n.width() / 2;
      const hh = n.height() / 2;
      const widths = texts.map((text) => this.measure(text, fs, weight, 'normal', family));
      // Tried in order, each with every text and side: in view and clear of nodes; must-have
      // labels then over unlabelled nodes, then reaching past the edge of the view.
      const passes = r <= 2 ? PASSES : PASSES.slice(0, 1);
      const body = { x1: x - hw, y1: y - hh, x2: x + hw, y2: y + hh };
      search: for (const pass of passes) {
        // Over other nodes, but not under a label already drawn (its node would be lost).
        if (pass.overNodes && !grid.free(body)) break;
        for (const [i, text] of texts.entries()) {
          for (const side of SIDES) {
            const b = labelBox(side, x, y, hw, hh, widths[i], fs, gap, pad);
            const onScreen = pass.pastEdge ? inside({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 }, view, 0) : contains(view, b);
            if (!onScreen || !grid.free(b) || (!pass.overNodes && !bodies.free(b, n.id()))) continue;
            grid.add(b);
            // Nor may a later label (over nodes) hide this labelled node.
            grid.add(body);
            placed.set(n.id(), { text, side, px, rank: r });
            break search;
          }
        }
      }
    }

    const pathEdges = this.placeEdgeLabels(grid, z, pad);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = placed.get(n.id());
        const was = n.scratch('_label') as string | undefined;
        const now = p ? `${p.text}\u0000${p.side}\u0000${p.px / z}\u0000${p.rank}` : undefined;
        if (was === now) return;
        n.scratch('_label', now);
        if (!p) {
          n.removeClass(`lbl ${SIDE_CLASSES}`);
          return;
        }
        // More important labels drawn last, on top of the nodes of later ones.
        n.data({ text: p.text, fs: p.px / z, gap: gap, ngap: -gap, z: 9 - p.rank });
        n.removeClass(SIDE_CLASSES).addClass(`lbl lbl-${p.side}`);
      });
      cy.edges().forEach((e) => {
        const show = pathEdges.has(e.id());
        if (show) e.data('fs', LABEL_PX / z);
        e.toggleClass('lbl', show);
      });
    });
    return { drawn: placed.size + pathEdges.size, candidates: candidates.length };
  }

  /** A path's relationship types, horizontal at the middle of each step, after the path's nodes. */
  private placeEdgeLabels(grid: BoxGrid, z: number, pad: number): Set<string> {
    const shown = new Set<string>();
    this.cy.edges('.on-path').forEach((e: EdgeSingular) => {
      if (!e.visible()) return;
      const fs = LABEL_PX / z;
      const w = this.measure(String(e.data('type')), fs, pstyle(e, 'font-weight'), 'normal', pstyle(e, 'font-family'));
      const m = e.midpoint();
      const b = { x1: m.x - w / 2 - pad, y1: m.y - fs / 2 - pad, x2: m.x + w / 2 + pad, y2: m.y + fs / 2 + pad };
      if (!grid.free(b)) return;
      grid.add(b);
      shown.add(e.id());
    });
    return shown;
  }
}

/**
 * Where cytoscape draws a node label's bounds (model units) for a side, as its
 * `updateBoundsFromLabel` computes them: the text box next to the node, moved by the
 * text margin, widened by the background padding and its own margin.
 */
function labelBox(side: Side, x: number, y: number, hw: number, hh: number, w: number, h: number, gap: number, pad: number): Box {
  switch (side) {
    case 'bottom':
      return { x1: x - w / 2 - pad, x2: x + w / 2 + pad, y1: y + hh + gap - pad, y2: y + hh + gap + h + pad };
    case 'top':
      return { x1: x - w / 2 - pad, x2: x + w / 2 + pad, y1: y - hh - gap - h - pad, y2: y - hh - gap + pad };
    case 'right':
      return { x1: x + hw + gap - pad, x2: x + hw + gap + w + pad, y1: y - h / 2 - pad, y2: y + h / 2 + pad };
    case 'left':
      return { x1: x - hw - gap - w - pad, x2: x - hw - gap + pad, y1: y - h / 2 - pad, y2: y + h / 2 + pad };
  }
}

/** A computed style value as cytoscape itself uses it (`pstyle` is public but missing from the typings). */
const pstyle = (ele: NodeSingular | EdgeSingular, name: string): string =>
  (ele as unknown as { pstyle(name: string): { strValue: string } }).pstyle(name).strValue;

const inside = (p: { x: number; y: number }, b: Box, slack: number) =>
  p.x >= b.x1 - slack && p.x <= b.x2 + slack && p.y >= b.y1 - slack && p.y <= b.y2 + slack;
const contains = (outer: Box, b: Box) => b.x1 >= outer.x1 && b.x2 <= outer.x2 && b.y1 >= outer.y1 && b.y2 <= outer.y2;
