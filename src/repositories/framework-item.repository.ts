import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toFrameworkItem, toResource, toSkill } from '../db/record-mappers';
import type { FrameworkItemKind, FrameworkItemRecord, MappingRecord, ProcedureStepRecord } from '../records';
import { listBySlugs, oneBySlugs } from './batch-query';

const Q = {
  byCodes: cypher('framework-item/by-codes'),
  page: cypher('framework-item/page'),
  count: cypher('framework-item/count'),
  parent: cypher('framework-item/parent'),
  children: cypher('framework-item/children'),
  mitigations: cypher('framework-item/mitigations'),
  techniques: cypher('framework-item/techniques'),
  tactics: cypher('framework-item/tactics'),
  caseStudies: cypher('framework-item/case-studies'),
  procedure: cypher('framework-item/procedure'),
  skills: cypher('framework-item/skills'),
  resources: cypher('framework-item/resources'),
  covers: cypher('skill/covers'),
  crosswalk: cypher('framework-item/crosswalk'),
};

/** The hop bounds crosswalk accepts (crosswalk.cypher unrolls this many hops). */
export const MAX_CROSSWALK_HOPS = 3;
export type CrosswalkHops = 1 | 2 | 3;
/**
 * What one step through the ATLAS hierarchy (a technique taking a sub-technique's
 * mapping, or the reverse) multiplies a path's confidence by: the mapping was stated
 * for the other item, which is broader or narrower than this one (README: crosswalks).
 */
export const INHERITED_STEP_CONFIDENCE = 0.5;

export async function itemsByCodes(db: QueryRunner, codes: readonly string[]): Promise<Map<string, FrameworkItemRecord>> {
  const rows = await db.read<{ slug: string; node: Record<string, unknown> }>(Q.byCodes, { codes });
  return new Map(rows.map((r) => [r.slug, toFrameworkItem(r.node)]));
}

export type FrameworkItemPage = FrameworkItemRecord[];

/** Up to `limit` items of each framework after sort key `after`. */
export async function itemPages(
  db: QueryRunner,
  slugs: readonly string[],
  kind: FrameworkItemKind | null,
  after: string,
  limit: number,
): Promise<Map<string, FrameworkItemRecord[]>> {
  return listBySlugs(Q.page, toFrameworkItem)(db, slugs, { kind, after, limit });
}

export async function itemCounts(db: QueryRunner, slugs: readonly string[], kind: FrameworkItemKind | null): Promise<Map<string, number>> {
  const rows = await db.read<{ slug: string; total: number }>(Q.count, { slugs, kind });
  return new Map(rows.map((r) => [r.slug, r.total]));
}

export const parentsOf = oneBySlugs(Q.parent, toFrameworkItem);
export const childrenOf = listBySlugs(Q.children, toFrameworkItem);
export const mitigationsOf = listBySlugs(Q.mitigations, toFrameworkItem);
export const techniquesOf = listBySlugs(Q.techniques, toFrameworkItem);
export const tacticsOf = listBySlugs(Q.tactics, toFrameworkItem);
export const caseStudiesOf = listBySlugs(Q.caseStudies, toFrameworkItem);
export const skillsOfItems = listBySlugs(Q.skills, toSkill);
export const resourcesOfItems = listBySlugs(Q.resources, toResource);
export const coversOf = listBySlugs(Q.covers, toFrameworkItem);

export const procedureOf = listBySlugs(Q.procedure, (n): ProcedureStepRecord => {
  const step = n as {
    step: number;
    description: string | null;
    technique: Record<string, unknown>;
    tactic: Record<string, unknown> | null;
  };
  return {
    step: step.step,
    description: step.description,
    technique: toFrameworkItem(step.technique),
    tactic: step.tactic ? toFrameworkItem(step.tactic) : null,
  };
});

type CrosswalkRow = {
  slug: string;
  node: {
    item: Record<string, unknown>;
    confidence: number;
    path: Array<Record<string, unknown>>;
    sources: string[];
    hops: number;
    inherited: boolean;
    note: string | null;
  };
};

/** Best mapping per reachable item for each code, most confident first. */
export async function crosswalkOf(
  db: QueryRunner,
  codes: readonly string[],
  to: string | null,
  hops: CrosswalkHops,
): Promise<Map<string, MappingRecord[]>> {
  const rows = await db.read<CrosswalkRow>(Q.crosswalk, { codes, to, maxHops: hops, inheritedStep: INHERITED_STEP_CONFIDENCE });
  const out = new Map<string, MappingRecord[]>();
  for (const { slug: code, node } of rows) {
    const mapping: MappingRecord = {
      item: toFrameworkItem(node.item),
      confidence: node.confidence,
      path: node.path.map(toFrameworkItem),
      source: [...new Set(node.sources.filter(Boolean))].join(' + '),
      note: node.note,
      hops: node.hops,
      inherited: node.inherited,
    };
    out.set(code, [...(out.get(code) ?? []), mapping]);
  }
  return out;
}
