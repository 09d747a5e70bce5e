import { cypher, cypherBounded } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { GRAPH_LABELS, RELATIONSHIP_TYPES, type GraphLabel } from '../graph-vocabulary';
import { KEY_PROPERTY, graphEdgeId } from '../graph-view/graph-node-ids';
import { graphNodeId, toGlobalId, type NodeRef } from '../graphql/global-id';
import { MAX_DEPTH, MAX_PATH_DEPTH, type NeighborhoodArgs, type ShortestPathArgs } from '../graph-view/graph-view-args';
import {
  INTERNAL_PROPERTIES,
  displayLabel,
  type GraphEdgeRecord,
  type GraphNodeRecord,
  type GraphViewRecord,
} from '../graph-view/graph-view';

/** One fixed statement per depth (a variable-length bound takes no parameter), made at load. */
const NEIGHBORHOOD = Array.from({ length: MAX_DEPTH }, (_, i) => cypherBounded('graph/neighborhood', i + 1, MAX_DEPTH));
/** Likewise per maxDepth, so the search stops there instead of at MAX_PATH_DEPTH. */
const SHORTEST_PATH = Array.from({ length: MAX_PATH_DEPTH }, (_, i) => cypherBounded('graph/shortest-path', i + 1, MAX_PATH_DEPTH));
const Q = { subgraph: cypher('graph/subgraph') };

/** Parameters every graph statement takes: the label order and each label's key. */
const VOCABULARY = { kinds: [...GRAPH_LABELS], keyOf: KEY_PROPERTY };

/** [element id, kind, key, degree, name or title, properties or null]: lists decode faster than maps. */
type RawNode = [string, GraphLabel, string, number, string | null, Record<string, unknown> | null];
/** [type, source element id, target element id, properties or null]: lists decode faster than maps. */
type RawEdge = [string, string, string, Record<string, unknown> | null];
interface RawView {
  nodes: RawNode[];
  edges: RawEdge[];
  total: number;
}

/** Stored properties without internal ones, keys sorted (a map's key order is not guaranteed). */
function visible(properties: Record<string, unknown> | null): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties ?? {})
      .filter(([k]) => !INTERNAL_PROPERTIES.has(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * Element ids (valid within the one transaction that returned them) become view and
 * global ids. Edges keep the order given when `ordered` (a path), otherwise they are sorted
 * by their ends' positions in `nodes` and then type, so the answer is deterministic.
 */
function toView(raw: RawView, ordered = false): GraphViewRecord {
  const position = new Map<string, number>();
  const nodes: GraphNodeRecord[] = raw.nodes.map(([element, kind, key, degree, name, properties], i) => {
    position.set(element, i);
    return {
      id: graphNodeId(kind, key),
      nodeId: toGlobalId(kind, key),
      label: displayLabel(kind, key, name),
      kind,
      degree,
      properties: properties ? visible(properties) : null,
    };
  });
  const rawEdges = raw.edges
    .filter(([, source, target]) => position.has(source) && position.has(target))
    .map(([type, source, target, properties]) => ({ type, from: position.get(source)!, to: position.get(target)!, properties }));
  if (!ordered) rawEdges.sort((a, b) => a.from - b.from || a.to - b.to || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const seen = new Map<string, number>();
  const edges: GraphEdgeRecord[] = rawEdges.map((e) => {
    const source = nodes[e.from].id;
    const target = nodes[e.to].id;
    const base = graphEdgeId(source, e.type, target);
    const copies = (seen.get(base) ?? 0) + 1;
    seen.set(base, copies);
    return {
      id: copies === 1 ? base : `${base}.${copies}`,
      source,
      target,
      type: e.type,
      properties: e.properties ? visible(e.properties) : null,
    };
  });
  return { nodes, edges, truncated: raw.total > nodes.length, omittedNodes: Math.max(0, raw.total - nodes.length) };
}

const EMPTY: GraphViewRecord = Object.freeze({ nodes: [], edges: [], truncated: false, omittedNodes: 0 }) as GraphViewRecord;

/**
 * The neighbourhood of a node; empty when the node does not exist. Without
 * `withProperties` nodes carry only what their label needs and edges none: a
 * fraction of the transfer and decoding for views that draw rather than inspect.
 */
export async function neighborhood(db: QueryRunner, a: NeighborhoodArgs, withProperties = true): Promise<GraphViewRecord> {
  const [row] = await db.read<RawView>(NEIGHBORHOOD[a.depth - 1], {
    ...VOCABULARY,
    withProperties,
    center: a.center,
    types: a.types,
    labels: a.labels,
    limit: a.limit,
  });
  return row ? toView(row) : { ...EMPTY };
}

/** A shortest path as a view (nodes and edges in path order); null when there is none. */
export async function shortestPath(db: QueryRunner, a: ShortestPathArgs): Promise<GraphViewRecord | null> {
  const [row] = await db.read<RawView>(SHORTEST_PATH[a.maxDepth - 1], { ...VOCABULARY, from: a.from, to: a.to, types: a.types });
  return row ? toView(row, true) : null;
}

/** The given nodes in the order asked (unknown ones left out) and every edge among them. */
export async function subgraph(db: QueryRunner, refs: NodeRef[], withProperties = true): Promise<GraphViewRecord> {
  if (refs.length === 0) return { ...EMPTY };
  const [row] = await db.read<RawView>(Q.subgraph, { ...VOCABULARY, types: RELATIONSHIP_TYPES, refs, withProperties });
  return row ? toView(row) : { ...EMPTY };
}
