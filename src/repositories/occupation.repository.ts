import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toOccupation, toSkill } from '../db/record-mappers';
import { num, strs, str } from '../db/repository-helpers';
import type { OccupationRecord, SkillRecord, UsesRecord } from '../records';
import { all, countBySlugs, listBySlugs, oneBySlugs } from './batch-query';

const Q = {
  byCodes: cypher('occupation/by-codes'),
  page: cypher('occupation/page'),
  pageText: cypher('occupation/page-text'),
  count: cypher('occupation/count'),
  countText: cypher('occupation/count-text'),
  skills: cypher('occupation/skills'),
  skillCount: cypher('occupation/skill-count'),
  ofSkills: cypher('skill/occupations'),
  countOfSkills: cypher('skill/occupation-count'),
};

/** A USES edge as a connection row: O*NET's flags and the node at the other end. */
export type UsesEdge<T> = UsesRecord & { node: T };

/** A page of a keyset-paginated list: after this key ('' for the first page), at most `limit` rows. */
export interface PageOptions {
  after: string;
  limit: number;
}

/** O*NET's flags on an occupation's USES edges: true only flagged, false only unflagged, null either. */
export interface UsesFlags {
  hot: boolean | null;
  inDemand: boolean | null;
}

function usesEdge<T>(toNode: (p: Record<string, unknown>) => T) {
  return (row: Record<string, unknown>): UsesEdge<T> => ({
    node: toNode(row.node as Record<string, unknown>),
    hot: row.hot === true,
    inDemand: row.inDemand === true,
    technologies: strs(row.technologies),
    source: str(row.source),
    sources: strs(row.sources),
    position: num(row.position),
  });
}

export const occupationsByCodes = oneBySlugs(Q.byCodes, toOccupation);

/** Up to `limit` occupations after code `after`, matching `query` (from toLuceneQuery) when given. */
export function occupationPage(db: QueryRunner, query: string | null, { after, limit }: PageOptions): Promise<OccupationRecord[]> {
  return all(query ? Q.pageText : Q.page, toOccupation)(db, { query, after, limit });
}

export async function occupationCount(db: QueryRunner, query: string | null): Promise<number> {
  const [row] = await db.read<{ total: number }>(query ? Q.countText : Q.count, { query });
  return row?.total ?? 0;
}

/** A page of each occupation's skills by slug, with the USES edges. */
export function skillsOfOccupations(
  db: QueryRunner,
  codes: readonly string[],
  options: PageOptions & UsesFlags,
): Promise<Map<string, UsesEdge<SkillRecord>[]>> {
  return listBySlugs(Q.skills, usesEdge(toSkill))(db, codes, { ...options });
}

export function skillCountsOfOccupations(db: QueryRunner, codes: readonly string[], flags: UsesFlags): Promise<Map<string, number>> {
  return countBySlugs(Q.skillCount)(db, codes, { ...flags });
}

/** A page of the occupations using each skill by code, with the USES edges. */
export function occupationsOfSkills(
  db: QueryRunner,
  slugs: readonly string[],
  options: PageOptions,
): Promise<Map<string, UsesEdge<OccupationRecord>[]>> {
  return listBySlugs(Q.ofSkills, usesEdge(toOccupation))(db, slugs, { ...options });
}

export const occupationCountsOfSkills = countBySlugs(Q.countOfSkills);
