import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toCompany, toSkill } from '../db/record-mappers';
import type { CompanyRecord, SkillRecord } from '../records';
import { zipProperties } from '../db/repository-helpers';
import { all, listBySlugs, oneBySlugs } from './batch-query';

const Q = {
  bySlugs: cypher('company/by-slugs'),
  page: cypher('company/page'),
  count: cypher('company/count'),
  skills: cypher('company/skills'),
  sharedSkills: cypher('company/shared-skills'),
  skillsTop: cypher('company/skills-top'),
};

export const companiesBySlugs = oneBySlugs(Q.bySlugs, toCompany);
export const skillsOfCompanies = listBySlugs(Q.skills, toSkill);
const sharedSkillsQuery = all(Q.sharedSkills, toSkill);

/**
 * The first `first` skills of each company, most in demand first when `byDemand`, else
 * by name. Records carry only `properties` (the selected fields; see skillProperties):
 * the others are null, and no resolver reads them.
 */
export async function skillsTopOfCompanies(
  db: QueryRunner,
  slugs: readonly string[],
  { first, byDemand, properties }: { first: number; byDemand: boolean; properties: readonly string[] },
): Promise<Map<string, SkillRecord[]>> {
  const rows = await db.read<{ slug: string; rows: unknown[][] }>(Q.skillsTop, { slugs, first, byDemand, properties });
  return new Map(rows.map((r) => [r.slug, r.rows.map((values) => toSkill(zipProperties(properties, values)))]));
}

export async function companyPage(db: QueryRunner, after: string, limit: number): Promise<CompanyRecord[]> {
  return all(Q.page, toCompany)(db, { after, limit });
}

export async function companyCount(db: QueryRunner): Promise<number> {
  const [row] = await db.read<{ total: number }>(Q.count);
  return row?.total ?? 0;
}

/** Skills every one of the companies hires for. */
export function sharedSkills(db: QueryRunner, slugs: readonly string[]): Promise<SkillRecord[]> {
  return sharedSkillsQuery(db, { slugs });
}
