import { isDeepStrictEqual } from 'node:util';
import type { NodeLabel } from '../graph-vocabulary';
import { sourcedFields } from '../seed/seed-schema';

/**
 * The properties each label stores, exactly as the seed writes them (src/seed/plan-seed.ts),
 * so a mutation that sends the seeded content again hashes the same and changes nothing.
 */
export const NODE_PROPS = {
  Skill: ['name', 'description', 'category', 'level', 'trend', 'demandRank', 'aliases', 'resourcesUpdatedAt', 'source'],
  Company: ['name', 'website', 'description', 'source'],
  Resource: ['name', 'title', 'kind', 'listedUnder', 'url', 'authors', 'year', 'level', 'cost', 'costNote', 'format', 'summary', 'source'],
  Provider: ['name', 'website', 'source'],
  Framework: ['name', 'publisher', 'version', 'url', 'description', 'source'],
  Concept: ['name', 'description', 'aliases', 'source'],
} as const satisfies Partial<Record<NodeLabel, readonly string[]>>;

export type WritableLabel = keyof typeof NODE_PROPS;

/**
 * Fields that may carry a source of their own, stored as `<field>Source` (null where the
 * record's `source` holds), as the seed writes them.
 */
const FIELD_SOURCES: Partial<Record<WritableLabel, readonly string[]>> = {
  Skill: sourcedFields.skills,
  Company: sourcedFields.companies,
  Resource: sourcedFields.resources,
  Provider: sourcedFields.providers,
  Concept: sourcedFields.concepts,
};

const LIST_PROPS = new Set(['aliases', 'authors']);

/** What a new node gets for a property the input leaves out. */
const DEFAULTS: Record<string, unknown> = { source: 'curated', aliases: [], authors: [] };

/**
 * The full property map to write: the input's fields where given (null clears), the
 * stored value where left out, the default for a new node (lists empty, source `curated`). A resource's `name` mirrors
 * its title, as in the seed.
 */
export function mergeProps(
  label: WritableLabel,
  input: Record<string, unknown>,
  stored: Record<string, unknown> | null,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const key of NODE_PROPS[label]) {
    let value: unknown;
    // A fact always carries a source: `source: null` keeps the stored one.
    if (key in input && !(key === 'source' && input[key] === null)) value = input[key];
    else if (stored && key in stored) value = stored[key];
    else value = DEFAULTS[key];
    if (value === undefined || value === null) value = LIST_PROPS.has(key) ? [] : key === 'source' ? DEFAULTS.source : null;
    props[key] = value;
  }
  if (label === 'Resource') props.name = props.title;
  // A field's own source holds while its value does; an edit that changes the value
  // leaves the field to the record's source.
  for (const field of FIELD_SOURCES[label] ?? []) {
    const kept = stored?.[`${field}Source`];
    props[`${field}Source`] = kept != null && isDeepStrictEqual(props[field], stored?.[field] ?? null) ? kept : null;
  }
  return props;
}
