import { badInput } from '../errors';
import { GRAPH_LABELS, type GraphLabel } from '../graph-vocabulary';

/**
 * Graph views name nodes by the same global ids as `Node.id` (base64url("<Type>:<key>"),
 * see src/graphql/global-id.ts), for every label of the vocabulary, so an id from a
 * view resolves through `node(id:)`. The key is the property that is unique per label.
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

export function graphNodeId(label: GraphLabel, key: string): string {
  return Buffer.from(`${label}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a node id of any vocabulary label; a malformed one is the caller's mistake. */
export function parseGraphNodeId(id: string, argument: string): NodeRef {
  const decoded = /^[A-Za-z0-9_-]{1,1400}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
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
