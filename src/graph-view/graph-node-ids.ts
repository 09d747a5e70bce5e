import { badInput } from '../errors';
import { GRAPH_LABELS, type GraphLabel } from '../graph-vocabulary';

/**
 * Graph views name each node twice. `GraphNode.id`, base64url("GraphNode:<Type>:<key>"),
 * is the view node's own id: it must differ from every `Node.id`, because normalising
 * caches (Relay, Apollo) merge records by id and a view node is not a Skill. Edge ends
 * and exports use it. `nodeId`, base64url("<Type>:<key>") as in src/graphql/global-id.ts,
 * is the real node's id for `node(id:)`. Arguments accept either. The key is the
 * property that is unique per label.
 */
export const KEY_PROPERTY: Readonly<Record<GraphLabel, 'slug' | 'code'>> = Object.freeze({
  Skill: 'slug',
  Company: 'slug',
  Resource: 'slug',
  Provider: 'slug',
  Framework: 'slug',
  FrameworkItem: 'code',
  Concept: 'slug',
  Occupation: 'code',
  TechnologyCategory: 'code',
});

/** A node reference: its label (kind) and key. */
export interface NodeRef {
  label: GraphLabel;
  key: string;
}

const VIEW_PREFIX = 'GraphNode:';

/** The view node's id (`GraphNode.id`). */
export function graphNodeId(label: GraphLabel, key: string): string {
  return Buffer.from(`${VIEW_PREFIX}${label}:${key}`, 'utf8').toString('base64url');
}

/** The real node's global id (`Node.id`, `GraphNode.nodeId`). */
export function realNodeId(label: GraphLabel, key: string): string {
  return Buffer.from(`${label}:${key}`, 'utf8').toString('base64url');
}

/**
 * Decodes a view node id or a `Node.id` of any vocabulary label (so a view can be
 * expanded from its own ids or from a search hit); a malformed one is the caller's mistake.
 */
export function parseGraphNodeId(id: string, argument: string): NodeRef {
  const raw = /^[A-Za-z0-9_-]{1,1400}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const decoded = raw.startsWith(VIEW_PREFIX) ? raw.slice(VIEW_PREFIX.length) : raw;
  const colon = decoded.indexOf(':');
  const label = decoded.slice(0, colon);
  const key = decoded.slice(colon + 1);
  if (colon < 1 || !(GRAPH_LABELS as readonly string[]).includes(label) || key.length === 0) {
    throw badInput(argument, 'not a valid id; pass the `id` of a node returned by this API');
  }
  return { label: label as GraphLabel, key };
}

/** Edge ids: both ends and the type, joined by `.` (never part of base64url). */
export function graphEdgeId(source: string, type: string, target: string): string {
  return `${source}.${type}.${target}`;
}
