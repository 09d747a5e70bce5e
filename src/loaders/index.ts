import DataLoader from 'dataloader';
import type { QueryRunner } from '../db/query-runner';
import * as companies from '../repositories/company.repository';
import * as frameworks from '../repositories/framework.repository';
import * as resources from '../repositories/resource.repository';
import * as skills from '../repositories/skill.repository';
import { coverageLoaders } from './coverage.loaders';
import { frameworkItemLoaders } from './framework-item.loaders';
import { limitedListLoader } from './limited-loader';
import { listLoader, oneLoader } from './loader-factory';
import { onetLoaders } from './onet.loaders';
import { optionsLoader } from './options-loader';
import { provenanceLoaders } from './provenance.loaders';

/** Every loader a request may use; built fresh per request in the context. */
export function createLoaders(db: QueryRunner) {
  return {
    skill: oneLoader(db, skills.skillsBySlugs),
    company: oneLoader(db, companies.companiesBySlugs),
    resource: oneLoader(db, resources.resourcesBySlugs),
    provider: oneLoader(db, resources.providersBySlugs),
    framework: oneLoader(db, frameworks.frameworksBySlugs),
    concept: oneLoader(db, frameworks.conceptsBySlugs),

    prerequisites: listLoader(db, skills.prerequisitesOf),
    prerequisitesBySource: listLoader(db, skills.prerequisitesBySourceOf),
    requiredBy: listLoader(db, skills.requiredByOf),
    hiringCompanies: listLoader(db, skills.hiringCompaniesOf),
    hiringCompaniesBySource: listLoader(db, skills.hiringCompaniesBySourceOf),
    skillResources: listLoader(db, skills.resourcesOf),
    skillResourcesWith: limitedListLoader(db, skills.resourcesWithOptionsOf),
    skillFrameworks: listLoader(db, skills.frameworksOf),
    skillConcepts: listLoader(db, skills.conceptsOf),
    // A closure too large to order is an error for its key only (DataLoader rejects that load).
    learningPath: optionsLoader(db, skills.learningPathsOf, []),
    unlocks: optionsLoader(db, skills.unlocksOf, []),
    relatedSkills: relatedLoader(db),
    hiringCompaniesTop: limitedListLoader(db, skills.hiringCompaniesTopOf),
    companySkillsTop: limitedListLoader(db, companies.skillsTopOfCompanies),

    companySkills: listLoader(db, companies.skillsOfCompanies),
    resourceSkills: listLoader(db, resources.skillsOfResources),
    resourceProviders: listLoader(db, resources.providersOfResources),
    resourceFrameworks: listLoader(db, resources.frameworksOfResources),
    resourceConcepts: listLoader(db, resources.conceptsOfResources),
    providerResources: listLoader(db, resources.resourcesOfProviders),
    frameworkSkills: listLoader(db, frameworks.skillsOfFrameworks),
    frameworkResources: listLoader(db, frameworks.resourcesOfFrameworks),
    conceptSkills: listLoader(db, frameworks.skillsOfConcepts),
    conceptResources: listLoader(db, frameworks.resourcesOfConcepts),
    ...frameworkItemLoaders(db),
    ...coverageLoaders(db),
    ...onetLoaders(db),
    ...provenanceLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Stored related lists keyed by `{ slug, first }` (`first: 0` for just when the list was
 * computed): one query per batch, asking for the largest `first` in it and trimming per key.
 */
function relatedLoader(db: QueryRunner) {
  return new DataLoader<{ slug: string; first: number }, skills.RelatedList, string>(
    async (keys) => {
      const limit = Math.max(...keys.map((k) => k.first));
      const found = await skills.relatedOf(db, [...new Set(keys.map((k) => k.slug))], limit);
      return keys.map((k) => {
        const list = found.get(k.slug);
        return { computedAt: list?.computedAt ?? null, related: (list?.related ?? []).slice(0, k.first) };
      });
    },
    { cacheKeyFn: (k) => `${k.slug}\u0000${k.first}` },
  );
}
