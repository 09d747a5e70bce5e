import type { GraphLabel } from '../graph-vocabulary';

/**
 * Graph views name each node twice, `GraphNode.id` (the view node's own id, used by edge
 * ends and exports) and `nodeId` (the real node's `Node.id`); both are encoded and decoded
 * by src/graphql/global-id.ts. The key in either is the property unique per label.
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

/** Edge ids: both ends and the type, joined by `.` (never part of base64url). */
export function graphEdgeId(source: string, type: string, target: string): string {
  return `${source}.${type}.${target}`;
}
