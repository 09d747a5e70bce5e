import type { GraphQLResolveInfo } from 'graphql';
import { childFields } from './selection';

/**
 * Skill fields read straight from a stored property of the same name. Every other
 * Skill field (id, the relationship lists, related skills) needs only the slug.
 */
const SKILL_PROPERTIES = new Set([
  'name',
  'description',
  'category',
  'level',
  'demandRank',
  'trend',
  'aliases',
  'source',
  'createdAt',
  'updatedAt',
]);

/**
 * The stored properties a list of skills must carry for the selection under the
 * resolver's field (all of its field nodes, fragments included), sorted so equal
 * selections give equal DataLoader keys. Fetching only these, instead of every
 * property, halves what the driver decodes for wide lists (bench S4).
 */
export function skillProperties(info: GraphQLResolveInfo): string[] {
  const properties = new Set(['slug', 'name']);
  for (const field of childFields(info).keys()) if (SKILL_PROPERTIES.has(field)) properties.add(field);
  return [...properties].sort();
}
