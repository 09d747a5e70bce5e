/**
 * Graph views: the plain records behind `GraphView`, `GraphNode` and `GraphEdge`
 * (the same shape the export formats are written from).
 */
export interface GraphNodeRecord {
  /** The view node's id (never a `Node.id`; see graph-node-ids.ts). */
  id: string;
  /** The real node's `Node.id`. */
  nodeId: string;
  label: string;
  kind: string;
  degree: number;
  /** Null when the view was fetched without properties. */
  properties: Record<string, unknown> | null;
}

export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
  /** Null when the view was fetched without properties. */
  properties: Record<string, unknown> | null;
}

export interface GraphViewRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
  omittedNodes: number;
}

/**
 * Properties the graph keeps for itself, never shown: change detection (contentHash on
 * nodes, propsHash on relationships: writes/graph-batch.ts), the merge key of parallel
 * relationships (key: seed/link-keyed.cypher; the step or data set it repeats is shown),
 * the publisher's order as a sortable string (sortKey), the seed's placeholder mark
 * (stub), and the related lists' upkeep (see related/related-store.ts and
 * domain/related-features.ts).
 */
export const INTERNAL_PROPERTIES: ReadonlySet<string> = new Set([
  'contentHash',
  'propsHash',
  'key',
  'sortKey',
  'stub',
  'relatedAt',
  'relatedNorm',
  'relatedKth',
  'relatedHash',
  'relatedWeight',
]);

/** The display label of a node: a framework item's code and name, else its name (or title), else its key. */
export function displayLabel(kind: string, key: string, name: unknown): string {
  const text = typeof name === 'string' ? name : null;
  if (kind === 'FrameworkItem') return text ? `${key} ${text}` : key;
  return text ?? key;
}
