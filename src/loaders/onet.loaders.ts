import type { QueryRunner } from '../db/query-runner';
import * as demand from '../repositories/demand.repository';
import * as occupations from '../repositories/occupation.repository';
import * as categories from '../repositories/technology-category.repository';
import { listLoader, oneLoader } from './loader-factory';
import { optionsLoader } from './options-loader';

/**
 * Per-request loaders for what O*NET brought into the graph: occupations, technology
 * categories and demand signals (merged into createLoaders). Occupations and
 * categories are keyed by code.
 */
export function onetLoaders(db: QueryRunner) {
  return {
    occupation: oneLoader(db, occupations.occupationsByCodes),
    occupationSkills: optionsLoader(db, occupations.skillsOfOccupations, []),
    occupationSkillCount: optionsLoader(db, occupations.skillCountsOfOccupations, 0),
    skillOccupations: optionsLoader(db, occupations.occupationsOfSkills, []),
    skillOccupationCount: oneLoader(db, occupations.occupationCountsOfSkills),
    technologyCategory: oneLoader(db, categories.categoriesByCodes),
    categoryParent: oneLoader(db, categories.parentsOf),
    categoryChildren: listLoader(db, categories.childrenOf),
    categorySkills: optionsLoader(db, categories.skillsOfCategories, []),
    categorySkillCount: oneLoader(db, categories.skillCountsOfCategories),
    skillTechnologyCategories: listLoader(db, categories.categoriesOfSkills),
    demandSignals: listLoader(db, demand.demandSignalsOf),
  };
}
