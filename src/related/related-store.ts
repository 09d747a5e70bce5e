import { cypher } from '../db/cypher';
import type { TransactionRunner } from '../db/query-runner';
import { FEATURE_WEIGHTS, type FeatureKind, itemLabel, type Role, viaLabel } from '../domain/related-features';
import type { FeatureRow, RelatedEntry } from '../domain/related-index';

/**
 * The related lists as stored: `(s)-[:RELATED_TO {rank, score, shared}]->(o)` with
 * `shared` the JSON of what the two share, and on each skill `relatedAt` (when its list
 * last changed), `relatedNorm` (Σ of its feature weights, so an incremental update can
 * score it without loading its features), `relatedKth` (the last score of a full list,
 * else 0) and `relatedHash` (a digest of the list, so a rerun writes only what changed).
 * RELATED_TO is internal: not in src/graph-vocabulary.ts, never walked by graph views.
 * This file reads them; list-writes.ts writes them.
 */

const Q = {
  lock: cypher('related/lock'),
  lockSkills: cypher('related/lock-skills'),
  postingsAround: cypher('related/postings-around'),
  allSkills: cypher('related/all-skills'),
  skillStates: cypher('related/skill-states'),
  listedIn: cypher('related/listed-in'),
  storedLists: cypher('related/stored-lists'),
};

/** Runs one statement: inside a transaction, or as an auto-commit read. */
export type Run = TransactionRunner['run'];

export interface SkillState {
  slug: string;
  norm: number | null;
  kth: number | null;
  hash: string | null;
  computed: boolean;
}

export interface StoredList {
  norm: number | null;
  hash: string | null;
  computed: boolean;
  entries: RelatedEntry[];
  /** The stored rank of each entry (a list that lost an entry to a deleted skill has a gap). */
  ranks: number[];
}

const ROLE: Record<string, Role> = { s: 'self', r: 'requires', b: 'requiredBy', '': '' };

/** Takes the related-lists lock for the rest of the transaction (cypher/related/lock). */
export async function lockRelated(run: Run): Promise<void> {
  await run(Q.lock);
}

/**
 * Takes the write locks of `slugs` and of the skills their stored lists point to, in slug
 * order (cypher/related/lock-skills), so a list update never deadlocks with a write.
 */
export async function lockSkillsInOrder(run: Run, slugs: Iterable<string>): Promise<void> {
  const sorted = [...new Set(slugs)].sort();
  if (sorted.length > 0) await run(Q.lockSkills, { slugs: sorted });
}

/** What scoring a skill needs of it without loading its features: its stored norm and last score. */
export interface MemberState {
  norm: number | null;
  kth: number | null;
}

/** Every feature of the given skills, with all the skills that have each, and those skills' stored state. */
export async function postingsAround(
  run: Run,
  slugs: readonly string[],
): Promise<{ rows: FeatureRow[]; members: Map<string, MemberState> }> {
  const members = new Map<string, MemberState>();
  if (slugs.length === 0) return { rows: [], members };
  const rows = await run<{
    kind: FeatureKind;
    ref: string;
    name: string | null;
    code: string | null;
    weight: number | null;
    members: Array<[string, string, number | null, number | null]>;
  }>(Q.postingsAround, { slugs });
  const features = rows.map((r) => ({
    kind: r.kind,
    ref: r.ref,
    label: r.code !== null ? itemLabel(r.code, r.name) : viaLabel(r.name ?? r.ref),
    weight: r.kind === 'occupation' ? Number(r.weight) : FEATURE_WEIGHTS[r.kind],
    members: r.members.map(([slug, role, norm, kth]) => {
      members.set(slug, { norm, kth });
      return [slug, ROLE[role]] as const;
    }),
  }));
  return { rows: features, members };
}

export async function allSkillStates(run: Run): Promise<SkillState[]> {
  return run<SkillState>(Q.allSkills);
}

export async function skillStates(run: Run, slugs: readonly string[]): Promise<Map<string, SkillState>> {
  if (slugs.length === 0) return new Map();
  const rows = await run<SkillState>(Q.skillStates, { slugs });
  return new Map(rows.map((r) => [r.slug, r]));
}

/** The skills whose stored lists hold any of `slugs`. */
export async function listedIn(run: Run, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  return (await run<{ slug: string }>(Q.listedIn, { slugs })).map((r) => r.slug);
}

export async function storedLists(run: Run, slugs: readonly string[]): Promise<Map<string, StoredList>> {
  if (slugs.length === 0) return new Map();
  const rows = await run<{
    slug: string;
    norm: number | null;
    hash: string | null;
    computed: boolean;
    entries: Array<[string, number, string, number]>;
  }>(Q.storedLists, { slugs });
  return new Map(
    rows.map((r) => [
      r.slug,
      {
        norm: r.norm,
        hash: r.hash,
        computed: r.computed,
        entries: r.entries.map(([slug, score, shared]) => ({ slug, score, shared: JSON.parse(shared) })),
        ranks: r.entries.map(([, , , rank]) => rank),
      },
    ]),
  );
}
