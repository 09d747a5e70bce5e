import type { NodeLabel, RelationshipType } from '../graph-vocabulary';

/**
 * Which writes change related lists (src/domain/related-features.ts): a relationship
 * that makes a feature of a skill. Names are not stored in lists (they are looked up
 * when read), so renames change none. Other writes never take the related-lists lock.
 */

const FEATURE_TYPES: ReadonlySet<RelationshipType> = new Set(['REQUIRES', 'HIRES_FOR', 'COVERS', 'TEACHES', 'USES']);

/** The skills whose features change when a `type` relationship between these ends appears or goes. */
export function skillsTouchedBy(
  from: { label: NodeLabel; slug: string },
  type: RelationshipType,
  to: { label: NodeLabel; slug: string },
): string[] {
  if (!FEATURE_TYPES.has(type)) return [];
  return [from, to].filter((end) => end.label === 'Skill').map((end) => end.slug);
}
