import { badInput } from '../errors';
import { GRAPH_LABELS } from '../graph-vocabulary';
import type { NodeType } from '../records';

/**
 * The one codec for ids. Two forms, both base64url and both stable across restarts and
 * re-imports (unlike Neo4j element ids), opaque to clients:
 * - `Node.id` (and `GraphNode.nodeId`): base64url("<Type>:<key>"), for `node(id:)`.
 * - `GraphNode.id`: base64url("GraphNode:<Type>:<key>"), a graph view's own node. It must
 *   differ from every `Node.id`, because normalising caches (Relay, Apollo) merge records
 *   by id and a view node is not a Skill.
 * The key is the property unique per label (src/graph-view/graph-node-ids.ts, KEY_PROPERTY).
 */
const VIEW_PREFIX = 'GraphNode:';
const INVALID = 'not a valid id; pass the `id` of a node returned by this API';

/** A node reference: its label (type) and key. */
export interface NodeRef {
  label: NodeType;
  key: string;
}

/** The real node's global id (`Node.id`, `GraphNode.nodeId`). */
export function toGlobalId(type: NodeType, key: string): string {
  return encode(`${type}:${key}`);
}

/** The view node's id (`GraphNode.id`). */
export function graphNodeId(type: NodeType, key: string): string {
  return encode(`${VIEW_PREFIX}${type}:${key}`);
}

/** Decodes a `Node.id`; a malformed one, or a view node's id, is the caller's mistake. */
export function fromGlobalId(id: string, argument = 'id'): { type: NodeType; key: string } {
  const decoded = decode(id);
  if (decoded.startsWith(VIEW_PREFIX)) {
    throw badInput(argument, "a GraphNode.id names a node of a graph view, not the node itself; pass the GraphNode's `nodeId`");
  }
  const ref = split(decoded);
  if (!ref) throw badInput(argument, INVALID);
  return ref;
}

/**
 * Decodes a view node id or a `Node.id` (so a view can be expanded from its own ids or
 * from a search hit); a malformed one is the caller's mistake.
 */
export function parseGraphNodeId(id: string, argument: string): NodeRef {
  const raw = decode(id);
  const ref = split(raw.startsWith(VIEW_PREFIX) ? raw.slice(VIEW_PREFIX.length) : raw);
  if (!ref) throw badInput(argument, INVALID);
  return { label: ref.type, key: ref.key };
}

function encode(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** The decoded text, or '' for anything that is not short base64url. */
function decode(id: string): string {
  return /^[A-Za-z0-9_-]{1,1400}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
}

/** "<Type>:<key>" with a known type and a non-empty key, else null. */
function split(decoded: string): { type: NodeType; key: string } | null {
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const key = decoded.slice(colon + 1);
  if (colon < 1 || !(GRAPH_LABELS as readonly string[]).includes(type) || key.length === 0) return null;
  return { type: type as NodeType, key };
}
