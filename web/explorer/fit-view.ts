import type { Core, Position } from 'cytoscape';
import type { LayoutNode } from './force-layout';

/** Fitting never zooms in past 1: the layout leaves labels their room at that scale. */
export const MAX_FIT_ZOOM = 1;

export interface Viewport {
  zoom: number;
  pan: Position;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The viewport that fits a box (model units) into the drawing's area, with room for labels at the edges. */
export function fitFor(cy: Core, bb: Box, maxZoom = MAX_FIT_ZOOM): Viewport {
  const { w, h, top } = fitArea(cy);
  const bw = Math.max(bb.x2 - bb.x1, 1);
  const bh = Math.max(bb.y2 - bb.y1, 1);
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, w / bw, h / bh));
  const pan = { x: cy.width() / 2 - (zoom * (bb.x1 + bb.x2)) / 2, y: top + h / 2 - (zoom * (bb.y1 + bb.y2)) / 2 };
  return { zoom, pan };
}

/** The part of the drawing nodes are fitted into: margins left for labels at the sides and below. */
export function fitArea(cy: Core): { w: number; h: number; top: number } {
  const padX = Math.min(110, cy.width() * 0.15);
  const [top, bottom] = [28, 44];
  return { w: Math.max(1, cy.width() - 2 * padX), h: Math.max(1, cy.height() - top - bottom), top };
}

/** The box around laid-out nodes (model units). */
export function extent(nodes: LayoutNode[]) {
  const xs = nodes.map((d) => d.x ?? 0);
  const ys = nodes.map((d) => d.y ?? 0);
  const r = Math.max(0, ...nodes.map((d) => d.size / 2));
  return { x1: Math.min(...xs) - r, y1: Math.min(...ys) - r, x2: Math.max(...xs) + r, y2: Math.max(...ys) + r };
}
