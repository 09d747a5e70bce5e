import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toSkill, toTechnologyCategory } from '../db/record-mappers';
import type { SkillRecord, TechnologyCategoryLevel, TechnologyCategoryRecord } from '../records';
import { all, countBySlugs, listBySlugs, oneBySlugs } from './batch-query';
import type { PageOptions } from './occupation.repository';

const Q = {
  byCodes: cypher('technology-category/by-codes'),
  byLevel: cypher('technology-category/by-level'),
  parent: cypher('technology-category/parent'),
  children: cypher('technology-category/children'),
  skills: cypher('technology-category/skills'),
  skillCount: cypher('technology-category/skill-count'),
  ofSkills: cypher('skill/technology-categories'),
};

export const categoriesByCodes = oneBySlugs(Q.byCodes, toTechnologyCategory);
export const parentsOf = oneBySlugs(Q.parent, toTechnologyCategory);
export const childrenOf = listBySlugs(Q.children, toTechnologyCategory);
export const categoriesOfSkills = listBySlugs(Q.ofSkills, toTechnologyCategory);
export const skillCountsOfCategories = countBySlugs(Q.skillCount);

/** The categories of one level (every level when null), by code. */
export function categoriesOfLevel(db: QueryRunner, level: TechnologyCategoryLevel | null): Promise<TechnologyCategoryRecord[]> {
  return all(Q.byLevel, toTechnologyCategory)(db, { level });
}

/** A page of each category's skills by slug, those of the commodities below it included. */
export function skillsOfCategories(db: QueryRunner, codes: readonly string[], options: PageOptions): Promise<Map<string, SkillRecord[]>> {
  return listBySlugs(Q.skills, toSkill)(db, codes, { ...options });
}
