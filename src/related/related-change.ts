import type { NodeLabel, RelationshipType } from '../graph-vocabulary';
import type { RenamedNodes } from './related-store';

/**
 * Which writes change related lists (src/domain/related-features.ts): a relationship
 * that makes a feature of a skill, and the name of a node that is a feature (its name
 * shows in reasons). Writes that do neither never take the related-lists lock.
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

const RENAMED_KEY: Partial<Record<NodeLabel, keyof RenamedNodes>> = {
  Skill: 'skills',
  Company: 'companies',
  Resource: 'resources',
  Concept: 'concepts',
  Framework: 'frameworks',
};

/** The renamed nodes of one label, or null when that label's names show in no reason. */
export function renamedNodes(label: NodeLabel, slugs: string[]): RenamedNodes | null {
  const key = RENAMED_KEY[label];
  return key && slugs.length > 0 ? { [key]: slugs } : null;
}

/** Whether an upsert of `input` over `stored` will change the node's name (a resource's name is its title). */
export function willRename(label: NodeLabel, stored: Record<string, unknown> | null, input: Record<string, unknown>): boolean {
  if (!stored || !RENAMED_KEY[label]) return false;
  const field = label === 'Resource' ? 'title' : 'name';
  return input[field] !== undefined && input[field] !== stored[field];
}

/** Merges renamed-node lists. */
export function mergeRenamed(parts: Array<RenamedNodes | null>): RenamedNodes {
  const out: RenamedNodes = {};
  for (const part of parts) {
    for (const [key, slugs] of Object.entries(part ?? {}) as Array<[keyof RenamedNodes, string[]]>)
      out[key] = [...(out[key] ?? []), ...slugs];
  }
  return out;
}
