import type { GraphViewRecord } from '../graph-view/graph-view';

/** A value flat formats can hold: a scalar or a list of strings. */
export type FlatValue = string | number | boolean | string[];
export type FlatAttributes = Record<string, FlatValue>;

export interface FlatNode {
  id: string;
  attributes: FlatAttributes;
}
export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  attributes: FlatAttributes;
}
export interface FlatGraph {
  nodes: FlatNode[];
  edges: FlatEdge[];
}

/** Names the view itself uses; a stored property of the same name is written as `_<name>`. */
const NODE_FIELDS = new Set(['id', 'nodeId', 'label', 'kind', 'degree']);
const EDGE_FIELDS = new Set(['id', 'source', 'target', 'type', 'label']);

function flatValue(value: unknown): FlatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return JSON.stringify(value);
}

function withProperties(fields: FlatAttributes, properties: Record<string, unknown>, reserved: Set<string>): FlatAttributes {
  const out: FlatAttributes = { ...fields };
  for (const [name, value] of Object.entries(properties)) {
    const flat = flatValue(value);
    if (flat !== undefined) out[reserved.has(name) ? `_${name}` : name] = flat;
  }
  return out;
}

/**
 * The view as flat attribute maps, what GraphML, GEXF and Cytoscape data hold:
 * nodes are named by their `GraphNode.id` (as edge ends are) and carry `nodeId` (the
 * real node's `Node.id`), `label`, `kind`, `degree` and their properties; edges `type` and theirs.
 * A Resource's `kind` property (COURSE, BOOK, ...) becomes `_kind` and an edge's
 * provenance `source` becomes `_source`, since those names are taken.
 */
export function flatten(view: GraphViewRecord): FlatGraph {
  return {
    nodes: view.nodes.map((n) => ({
      id: n.id,
      attributes: withProperties({ nodeId: n.nodeId, label: n.label, kind: n.kind, degree: n.degree }, n.properties ?? {}, NODE_FIELDS),
    })),
    edges: view.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      attributes: withProperties({ type: e.type }, e.properties ?? {}, EDGE_FIELDS),
    })),
  };
}
