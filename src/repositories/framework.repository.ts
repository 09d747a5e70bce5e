import { cypher } from '../db/cypher';
import { toConcept, toFramework, toResource, toSkill } from '../db/record-mappers';
import { all, listBySlugs, oneBySlugs } from './batch-query';

const Q = {
  frameworksBySlugs: cypher('framework/by-slugs'),
  frameworks: cypher('framework/all'),
  frameworkSkills: cypher('framework/skills'),
  frameworkResources: cypher('framework/resources'),
  conceptsBySlugs: cypher('concept/by-slugs'),
  concepts: cypher('concept/all'),
  conceptSkills: cypher('concept/skills'),
  conceptResources: cypher('concept/resources'),
};

export const frameworksBySlugs = oneBySlugs(Q.frameworksBySlugs, toFramework);
export const allFrameworks = all(Q.frameworks, toFramework);
export const skillsOfFrameworks = listBySlugs(Q.frameworkSkills, toSkill);
export const resourcesOfFrameworks = listBySlugs(Q.frameworkResources, toResource);
export const conceptsBySlugs = oneBySlugs(Q.conceptsBySlugs, toConcept);
export const allConcepts = all(Q.concepts, toConcept);
export const skillsOfConcepts = listBySlugs(Q.conceptSkills, toSkill);
export const resourcesOfConcepts = listBySlugs(Q.conceptResources, toResource);
