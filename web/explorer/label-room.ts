import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { MIN_NODE_PX } from './canvas-elements';
import { FONT_FAMILY } from './canvas-style';
import { extent, fitArea, fitFor } from './fit-view';
import { separateBoxes, type LayoutNode } from './force-layout';
import { CENTER_LABEL_PX, LABEL_PX, type Labeller } from './labels';

/**
 * The layout's side of label level of detail: which nodes it keeps room for a label
 * beside, and the spreading that makes that room at the zoom the drawing is fitted at.
 */

/** The share of the drawing's area the layout reserves for labels (the centre's and its neighbours' always). */
const LABEL_AREA_SHARE = 0.25;
/** The centre's neighbours always get room for their labels, up to this many. */
const MUST_LABEL = 120;

export type LabelRoom = { w: number; h: number };

/**
 * The room kept for labels, in screen px: the centre's and its neighbours', then
 * groups' and by degree while their area fits a share of the drawing's. Room for every
 * label of a big graph would only spread it until nothing is readable.
 */
export function labelRooms(cy: Core, shown: NodeCollection, labeller: Labeller): Map<string, LabelRoom> {
  const hood = new Set(
    cy
      .nodes('.center')
      .closedNeighborhood()
      .nodes()
      .map((n) => n.id()),
  );
  const rank = (n: NodeSingular) => (n.hasClass('center') ? 0 : hood.has(n.id()) ? 1 : n.hasClass('group') ? 2 : 3);
  const ordered = shown.sort((a, b) => rank(a) - rank(b) || Number(b.data('degree')) - Number(a.data('degree')));
  let budget = cy.width() * cy.height() * LABEL_AREA_SHARE;
  const rooms = new Map<string, LabelRoom>();
  ordered.forEach((n, i) => {
    const room = labelRoom(n, labeller);
    const must = rank(n) <= 1 && i < MUST_LABEL;
    if (!must && room.w * room.h > budget) return false;
    budget -= room.w * room.h;
    rooms.set(n.id(), room);
    return true;
  });
  return rooms;
}

function labelRoom(n: NodeSingular, labeller: Labeller): LabelRoom {
  const centre = n.hasClass('center');
  const px = centre ? CENTER_LABEL_PX : LABEL_PX;
  const w = labeller.measure(String(n.data('short')), px, centre ? 'bold' : 'normal', 'normal', FONT_FAMILY);
  // The label's box as labels.ts places it: background padding, cytoscape's margin and the gap.
  return { w: w + 8, h: px + 9 };
}

/**
 * Makes room for labels at the zoom the drawing will be fitted at. Labels keep their
 * screen size, so pushing nodes apart to clear them lowers that zoom and makes them
 * relatively larger again: repeated at the new zoom until nothing has to move (or a
 * dozen times, when the labels cannot all fit; labels.ts then leaves some out).
 */
export function roomForLabels(cy: Core, nodes: LayoutNode[]): void {
  const area = fitArea(cy);
  // Spreading further than this would leave a sparse grid of labels with specks for nodes.
  const floor = fitFor(cy, extent(nodes)).zoom * 0.5;
  for (let round = 0; round < 12; round += 1) {
    const box = extent(nodes);
    const { zoom } = fitFor(cy, box);
    if (zoom < floor) return;
    // Sideways more often when the drawing is narrower than its area (2.5: measured best).
    const aspect = (box.x2 - box.x1) / Math.max(1, box.y2 - box.y1);
    const xBias = Math.min(6, Math.max(0.5, (2.5 * area.w) / area.h / Math.max(aspect, 0.1)));
    if (separateBoxes(nodes, { scale: 1 / zoom, minSize: MIN_NODE_PX, xBias }).rounds === 0) return;
  }
}
