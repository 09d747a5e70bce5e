import { badInput } from '../errors';
import type { NodeType } from '../records';

/**
 * Global ids are base64url("<Type>:<key>"): stable across restarts and re-imports
 * (unlike Neo4j element ids), and opaque to clients.
 */
const NODE_TYPES: readonly NodeType[] = [
  'Skill',
  'Company',
  'Resource',
  'Provider',
  'Framework',
  'Concept',
  'FrameworkItem',
  'Occupation',
  'TechnologyCategory',
];

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a global id; a malformed one is the caller's mistake. */
export function fromGlobalId(id: string, argument = 'id'): { type: NodeType; key: string } {
  const decoded = /^[A-Za-z0-9_-]{1,1400}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeType;
  const key = decoded.slice(colon + 1);
  if (type === ('GraphNode' as NodeType)) {
    throw badInput(argument, "a GraphNode.id names a node of a graph view, not the node itself; pass the GraphNode's `nodeId`");
  }
  if (colon < 1 || !NODE_TYPES.includes(type) || key.length === 0) {
    throw badInput(argument, 'not a valid id; pass the `id` of a node returned by this API');
  }
  return { type, key };
}
