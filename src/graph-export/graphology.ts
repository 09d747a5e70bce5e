import Graph from 'graphology';
import type { GraphViewRecord } from '../graph-view/graph-view';
import { flatten } from './flatten';

/**
 * The view as a graphology graph (directed, parallel edges allowed): the model sigma
 * draws, and what graphology's GEXF writer and `graph.export()` serialise.
 */
export function toGraphology(view: GraphViewRecord, name: string): Graph {
  const flat = flatten(view);
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.setAttribute('name', name);
  for (const n of flat.nodes) graph.addNode(n.id, n.attributes);
  for (const e of flat.edges) graph.addEdgeWithKey(e.id, e.source, e.target, e.attributes);
  return graph;
}
