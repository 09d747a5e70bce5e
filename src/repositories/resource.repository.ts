import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toConcept, toFramework, toProvider, toResource, toSkill } from '../db/record-mappers';
import type { Cost, Level, ResourceKind, ResourceRecord } from '../records';
import { all, listBySlugs, oneBySlugs } from './batch-query';

const Q = {
  bySlugs: cypher('resource/by-slugs'),
  page: cypher('resource/page'),
  pageText: cypher('resource/page-text'),
  count: cypher('resource/count'),
  countText: cypher('resource/count-text'),
  skills: cypher('resource/skills'),
  providers: cypher('resource/providers'),
  frameworks: cypher('resource/frameworks'),
  concepts: cypher('resource/concepts'),
  providerBySlugs: cypher('provider/by-slugs'),
  allProviders: cypher('provider/all'),
  providerResources: cypher('provider/resources'),
};

export interface ResourceFilter {
  kind: ResourceKind | null;
  level: Level | null;
  cost: Cost | null;
  provider: string | null;
  skill: string | null;
  query: string | null;
}

export const resourcesBySlugs = oneBySlugs(Q.bySlugs, toResource);
export const skillsOfResources = listBySlugs(Q.skills, toSkill);
export const providersOfResources = listBySlugs(Q.providers, toProvider);
export const frameworksOfResources = listBySlugs(Q.frameworks, toFramework);
export const conceptsOfResources = listBySlugs(Q.concepts, toConcept);
export const providersBySlugs = oneBySlugs(Q.providerBySlugs, toProvider);
export const allProviders = all(Q.allProviders, toProvider);
export const resourcesOfProviders = listBySlugs(Q.providerResources, toResource);

export async function resourcePage(db: QueryRunner, filter: ResourceFilter, after: string, limit: number): Promise<ResourceRecord[]> {
  return all(filter.query ? Q.pageText : Q.page, toResource)(db, { ...filter, after, limit });
}

export async function resourceCount(db: QueryRunner, filter: ResourceFilter): Promise<number> {
  const [row] = await db.read<{ total: number }>(filter.query ? Q.countText : Q.count, { ...filter });
  return row?.total ?? 0;
}
