import type { ElementDefinition } from 'cytoscape';
import { kindColor } from '../../src/graph-view/kind-style';
import type { GraphEdge, GraphNode } from './api';
import type { ItemGroup } from './grouping';
import { shortLabel } from './short-label';

/** Nodes are drawn at least this big on screen, however far the view is zoomed out. */
export const MIN_NODE_PX = 8;

/** Bigger for better connected nodes (degree in the whole graph), within 14–48 model px. */
const nodeSize = (degree: number) => Math.round(14 + Math.min(34, Math.sqrt(degree) * 4));

/** A node of a view as cytoscape draws it: the full label for the panel, the short one for the canvas. */
export function nodeElement(n: GraphNode): ElementDefinition {
  const size = nodeSize(n.degree);
  return {
    group: 'nodes',
    data: {
      id: n.id,
      nodeId: n.nodeId,
      label: n.label,
      short: shortLabel(n),
      kind: n.kind,
      degree: n.degree,
      properties: n.properties ?? {},
      color: kindColor(n.kind),
      size,
      // Drawn size (w, h): the base size (bw, bh), or more when zoomed out (GraphCanvas.keepNodesVisible).
      bw: size,
      bh: size,
      w: size,
      h: size,
    },
  };
}

/** A group of framework items as one node: a wide box sized by how many it holds. */
export function groupData(g: ItemGroup) {
  const size = Math.round(22 + Math.min(30, Math.sqrt(g.members.length) * 4));
  return {
    id: g.id,
    key: g.key,
    label: g.title,
    short: g.label,
    kind: 'FrameworkItem',
    degree: g.members.length,
    count: g.members.length,
    color: kindColor('FrameworkItem'),
    size,
    bw: Math.round(size * 1.5),
    bh: size,
    w: Math.round(size * 1.5),
    h: size,
  };
}

/**
 * The elements that draw a store of nodes and edges with some items folded into groups
 * (`rep` names the node an item is drawn as): nodes and groups, edges between drawn
 * nodes as they are, and edges into or out of a group once per pair, counted.
 */
export function drawnElements(
  nodes: ReadonlyMap<string, GraphNode>,
  edges: ReadonlyMap<string, GraphEdge>,
  groups: ItemGroup[],
  rep: (id: string) => string,
): Map<string, ElementDefinition> {
  const wanted = new Map<string, ElementDefinition>();
  for (const n of nodes.values()) if (rep(n.id) === n.id) wanted.set(n.id, nodeElement(n));
  for (const g of groups) wanted.set(g.id, { group: 'nodes', data: groupData(g), classes: 'group' });
  const folded = new Map<string, { source: string; target: string; type: string; count: number }>();
  for (const e of edges.values()) {
    const [source, target] = [rep(e.source), rep(e.target)];
    if (source === target || !nodes.has(e.source) || !nodes.has(e.target)) continue;
    if (source === e.source && target === e.target) {
      wanted.set(e.id, { group: 'edges', data: { id: e.id, source, target, type: e.type, properties: e.properties ?? {} } });
      continue;
    }
    const id = `agg:${source}>${target}`;
    const agg = folded.get(id) ?? { source, target, type: e.type, count: 0 };
    agg.count += 1;
    folded.set(id, agg);
  }
  for (const [id, a] of folded) wanted.set(id, { group: 'edges', data: { id, ...a, properties: {} }, classes: 'agg' });
  return wanted;
}
