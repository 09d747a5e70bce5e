import type { GraphViewRecord } from '../graph-view/graph-view';
import { flatten } from './flatten';

/**
 * Cytoscape JSON (`.cyjs`): what Cytoscape.js's `cy.json()` / `cytoscape({ elements })`
 * and Cytoscape desktop (File → Import → Network from File) read. Every attribute sits
 * in `data`, so styles can map `data(kind)`, `data(degree)`, `data(type)`.
 */
export function toCytoscapeJson(view: GraphViewRecord, name: string): object {
  const flat = flatten(view);
  return {
    format_version: '1.0',
    generated_by: 'skillgraph',
    target_cytoscapejs_version: '~3',
    data: { name, truncated: view.truncated, omittedNodes: view.omittedNodes },
    elements: {
      nodes: flat.nodes.map((n) => ({ data: { id: n.id, ...n.attributes } })),
      edges: flat.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, ...e.attributes } })),
    },
  };
}
