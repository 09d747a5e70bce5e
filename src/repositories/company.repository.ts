import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toCompany, toSkill } from '../db/record-mappers';
import type { CompanyRecord, SkillRecord } from '../records';
import { groupBySlug } from '../db/repository-helpers';
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

/** The first `first` skills of each company, most in demand first when `byDemand`, else by name. */
export async function skillsTopOfCompanies(
  db: QueryRunner,
  slugs: readonly string[],
  { first, byDemand }: { first: number; byDemand: boolean },
): Promise<Map<string, SkillRecord[]>> {
  return groupBySlug(await db.read<{ slug: string; node: unknown }>(Q.skillsTop, { slugs, first, byDemand }), toSkill);
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
