import { badInput } from '../errors';
import { GRAPH_LABELS, RELATIONSHIP_TYPES, type GraphLabel, type RelationshipType } from '../graph-vocabulary';
import { parseGraphNodeId, type NodeRef } from '../graphql/global-id';

/**
 * The bounds of graph views, checked the same way for GraphQL and the export route.
 * Out of bounds is BAD_USER_INPUT saying what to send instead.
 */
export const MAX_DEPTH = 4;
export const MAX_NODES = 5000;
export const MAX_PATH_DEPTH = 10;

export interface NeighborhoodArgs {
  center: NodeRef;
  depth: number;
  types: RelationshipType[];
  labels: GraphLabel[];
  limit: number;
}

export interface ShortestPathArgs {
  from: NodeRef;
  to: NodeRef;
  maxDepth: number;
  types: RelationshipType[];
}

type Maybe<T> = T | null | undefined;

function intIn(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(argument, `must be between ${min} and ${max}; got ${value}`);
  return value;
}

/** An allow-listed subset; absent means all, an empty list is a mistake. */
function subset<T extends string>(values: Maybe<readonly string[]>, allowed: readonly T[], argument: string, what: string): T[] {
  if (values === null || values === undefined) return [...allowed];
  if (values.length === 0) throw badInput(argument, `name at least one ${what}, or leave the argument out for all`);
  const unknown = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length > 0)
    throw badInput(argument, `unknown ${what} ${unknown.map((u) => JSON.stringify(u)).join(', ')}; use ${allowed.join(', ')}`);
  return allowed.filter((a) => values.includes(a));
}

export function neighborhoodArgs(a: {
  id: string;
  depth?: Maybe<number>;
  relationshipTypes?: Maybe<readonly string[]>;
  labels?: Maybe<readonly string[]>;
  limit?: Maybe<number>;
}): NeighborhoodArgs {
  return {
    center: parseGraphNodeId(a.id, 'id'),
    depth: intIn(a.depth ?? 1, 1, MAX_DEPTH, 'depth'),
    types: subset(a.relationshipTypes, RELATIONSHIP_TYPES, 'relationshipTypes', 'relationship type'),
    labels: subset(a.labels, GRAPH_LABELS, 'labels', 'label'),
    limit: intIn(a.limit ?? 200, 1, MAX_NODES, 'limit'),
  };
}

export function shortestPathArgs(a: {
  from: string;
  to: string;
  maxDepth?: Maybe<number>;
  relationshipTypes?: Maybe<readonly string[]>;
}): ShortestPathArgs {
  return {
    from: parseGraphNodeId(a.from, 'from'),
    to: parseGraphNodeId(a.to, 'to'),
    maxDepth: intIn(a.maxDepth ?? 6, 1, MAX_PATH_DEPTH, 'maxDepth'),
    types: subset(a.relationshipTypes, RELATIONSHIP_TYPES, 'relationshipTypes', 'relationship type'),
  };
}

/** Subgraph ids: at most MAX_NODES, duplicates dropped, first occurrence kept. */
export function subgraphArgs(ids: readonly string[]): NodeRef[] {
  if (ids.length > MAX_NODES) throw badInput('ids', `at most ${MAX_NODES} ids; got ${ids.length}`);
  const seen = new Set<string>();
  const refs: NodeRef[] = [];
  ids.forEach((id, i) => {
    const ref = parseGraphNodeId(id, `ids[${i}]`);
    const key = `${ref.label}:${ref.key}`;
    if (!seen.has(key)) refs.push(ref);
    seen.add(key);
  });
  return refs;
}
