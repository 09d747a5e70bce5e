import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toCompany, toConcept, toFramework, toResource, toSkill } from '../db/record-mappers';
import { AppError, ErrorCode } from '../errors';
import { learningPathOrder, type Step, unlockOrder } from '../domain/learning-order';
import { itemLabel, viaLabel } from '../domain/related-features';
import { sharedFeatures, type StoredShared } from '../domain/related-names';
import type { CompanyRecord, Level, RelatedRecord, SharedFeature, SkillRecord, Trend } from '../records';
import { groupBySlug } from '../db/repository-helpers';
import { listBySlugs, oneBySlugs } from './batch-query';

const Q = {
  bySlugs: cypher('skill/by-slugs'),
  page: cypher('skill/page'),
  pageText: cypher('skill/page-text'),
  count: cypher('skill/count'),
  countText: cypher('skill/count-text'),
  categories: cypher('skill/categories'),
  prerequisites: cypher('skill/prerequisites'),
  requiredBy: cypher('skill/required-by'),
  hiringCompanies: cypher('skill/hiring-companies'),
  resources: cypher('skill/resources'),
  frameworks: cypher('skill/frameworks'),
  concepts: cypher('skill/concepts'),
  prerequisiteClosure: cypher('skill/prerequisite-closure'),
  dependentClosure: cypher('skill/dependent-closure'),
  related: cypher('skill/related'),
  hiringCompaniesTop: cypher('skill/hiring-companies-top'),
};

export interface SkillFilter {
  category: string | null;
  level: Level | null;
  trend: Trend | null;
  hiredBy: string | null;
  /** A Lucene query built by toLuceneQuery, or null for no text filter. */
  query: string | null;
}

/** `bySource`: the edges a source positioned (the seed page's order) first, by position; then the usual order. */
export type ListOrder = { bySource: boolean };
/** A skill's resources: `source` keeps those whose TEACHES edge it states (null: all). */
export type ResourceListOptions = ListOrder & { source: string | null };

const prerequisitesIn = listBySlugs(Q.prerequisites, toSkill);
const hiringCompaniesIn = listBySlugs(Q.hiringCompanies, toCompany);
const resourcesIn = listBySlugs(Q.resources, toResource);

export const skillsBySlugs = oneBySlugs(Q.bySlugs, toSkill);
export const prerequisitesOf = (db: QueryRunner, slugs: readonly string[]) => prerequisitesIn(db, slugs, { bySource: false });
export const prerequisitesBySourceOf = (db: QueryRunner, slugs: readonly string[]) => prerequisitesIn(db, slugs, { bySource: true });
export const requiredByOf = listBySlugs(Q.requiredBy, toSkill);
export const hiringCompaniesOf = (db: QueryRunner, slugs: readonly string[]) => hiringCompaniesIn(db, slugs, { bySource: false });
export const hiringCompaniesBySourceOf = (db: QueryRunner, slugs: readonly string[]) => hiringCompaniesIn(db, slugs, { bySource: true });
export const resourcesOf = (db: QueryRunner, slugs: readonly string[]) => resourcesIn(db, slugs, { source: null, bySource: false });
export const resourcesWithOptionsOf = (db: QueryRunner, slugs: readonly string[], options: ResourceListOptions) =>
  resourcesIn(db, slugs, options);
export const frameworksOf = listBySlugs(Q.frameworks, toFramework);
export const conceptsOf = listBySlugs(Q.concepts, toConcept);

/** The first `first` hiring companies of each skill, by name (or, `bySource`, positioned edges first). */
export async function hiringCompaniesTopOf(
  db: QueryRunner,
  slugs: readonly string[],
  { first, bySource }: { first: number } & ListOrder,
): Promise<Map<string, CompanyRecord[]>> {
  return groupBySlug(await db.read<{ slug: string; node: unknown }>(Q.hiringCompaniesTop, { slugs, first, bySource }), toCompany);
}

/** Up to `limit` skills after slug `after` in slug order. */
export async function skillsAfter(db: QueryRunner, filter: SkillFilter, after: string, limit: number): Promise<SkillRecord[]> {
  const statement = filter.query ? Q.pageText : Q.page;
  const rows = await db.read<{ node: Record<string, unknown> }>(statement, { ...filter, after, limit });
  return rows.map((r) => toSkill(r.node));
}

export async function skillCount(db: QueryRunner, filter: SkillFilter): Promise<number> {
  const [row] = await db.read<{ total: number }>(filter.query ? Q.countText : Q.count, { ...filter });
  return row?.total ?? 0;
}

export async function skillCategories(db: QueryRunner): Promise<Array<{ name: string; skillCount: number }>> {
  return db.read(Q.categories);
}

type ClosureRow = { slug: string; tooLarge: boolean; nodes: Array<Record<string, unknown>>; edges: Array<[string, string[]]> };

/** How much of a closure to return: its first `first` steps; `maxSteps` bounds the closure itself. */
export interface ClosureOptions {
  first: number | null;
  maxSteps: number;
}

/** A closure larger than `maxSteps`: refused, since ordering any part of it needs all of it. */
export class ClosureTooLarge extends AppError {
  constructor(slug: string, what: string, maxSteps: number) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `${slug}: ${what} has more than ${maxSteps} skills, more than this server orders in one request (CLOSURE_MAX_STEPS).`,
      { reason: 'CLOSURE_LIMIT', slug, maxSteps },
    );
  }
}

/**
 * A closure per skill, ordered, in one round trip: the statement returns each reached skill
 * (at most `maxSteps` of them) and the edges among them; `first` trims after ordering.
 */
async function closures(
  db: QueryRunner,
  statement: typeof Q.prerequisiteClosure,
  what: string,
  slugs: readonly string[],
  options: ClosureOptions,
  order: typeof learningPathOrder,
): Promise<Map<string, Step<SkillRecord>[] | ClosureTooLarge>> {
  const rows = await db.read<ClosureRow>(statement, { slugs, maxSteps: options.maxSteps });
  return new Map(
    rows.map((r) => [
      r.slug,
      r.tooLarge
        ? new ClosureTooLarge(r.slug, what, options.maxSteps)
        : order(r.slug, r.nodes.map(toSkill), new Map(r.edges)).slice(0, options.first ?? undefined),
    ]),
  );
}

/** Every transitive prerequisite of each skill, foundations first. */
export const learningPathsOf = (db: QueryRunner, slugs: readonly string[], options: ClosureOptions) =>
  closures(db, Q.prerequisiteClosure, 'its learning path', slugs, options, learningPathOrder);

/** Every skill that transitively builds on each skill, nearest first. */
export const unlocksOf = (db: QueryRunner, slugs: readonly string[], options: ClosureOptions) =>
  closures(db, Q.dependentClosure, 'what it unlocks', slugs, options, unlockOrder);

/** A skill's stored related list and when it last changed (null: never computed). */
export interface RelatedList {
  computedAt: string | null;
  related: RelatedRecord[];
}

/** The first `limit` entries of each skill's stored related list (cypher/skill/related.cypher), with the vias' current names. */
export async function relatedOf(db: QueryRunner, slugs: readonly string[], limit: number): Promise<Map<string, RelatedList>> {
  const rows = await db.read<{
    slug: string;
    computedAt: string | null;
    related: Array<[number, string, Record<string, unknown>]>;
    labels: Array<[string, string | null, string | null]>;
  }>(Q.related, { slugs, limit });
  return new Map(
    rows.map((r) => {
      // As scoring labels features (src/related/related-store.ts postingsAround).
      const labels = new Map(r.labels.map(([key, name, code]) => [key, code !== null ? itemLabel(code, name) : viaLabel(name ?? key)]));
      return [
        r.slug,
        {
          computedAt: r.computedAt,
          related: r.related.map(([score, shared, node]) => ({
            skill: toSkill(node),
            score,
            shared: sharedFeatures(JSON.parse(shared) as Array<StoredShared | SharedFeature>, labels),
          })),
        },
      ];
    }),
  );
}
