import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { childFields, selectedFields } from '../graphql/selection';
import type { SkillRecord } from '../records';
import { skillPage } from '../repositories/skill-page.repository';

/** A `first` that asks for every row. */
const UNLIMITED = 2 ** 31 - 1;

/**
 * `skill(slug)` with look-ahead: when the query asks for relationship lists of the
 * skill (its page), the skill and those lists come back in ONE statement instead of
 * one DataLoader round trip per list (and another for the resources' providers).
 * The results prime the request's loaders, so the field resolvers stay as they are
 * and find everything cached. A list asked twice with different arguments falls back
 * to its loader for the second one; nothing is ever answered wrongly, only fetched.
 */
export async function loadSkillLookingAhead(ctx: GraphQLContext, slug: string, info: GraphQLResolveInfo): Promise<SkillRecord | null> {
  const fields = childFields(info);

  const hiring = fields.get('hiringCompanies');
  let companyFirst: number | null = null;
  let hiringOk = Boolean(hiring);
  if (hiring) {
    const skillType = info.schema.getType('Skill') as GraphQLObjectType;
    const { first } = getArgumentValues(skillType.getFields().hiringCompanies, hiring, info.variableValues) as { first?: number | null };
    companyFirst = first ?? null;
    // A bad `first` is left to the field resolver, which reports it.
    if (companyFirst !== null && (!Number.isInteger(companyFirst) || companyFirst < 0 || companyFirst > MAX_PAGE_SIZE)) hiringOk = false;
  }
  const resources = fields.get('resources');
  const include = {
    prerequisites: fields.has('prerequisites'),
    requiredBy: fields.has('requiredBy'),
    hiringCompanies: hiringOk,
    companyLimit: companyFirst ?? UNLIMITED,
    resources: Boolean(resources),
    providers: Boolean(resources?.selectionSet && selectedFields(info, resources.selectionSet).has('provider')),
    frameworks: fields.has('frameworks'),
    concepts: fields.has('concepts'),
  };
  const lists =
    include.prerequisites || include.requiredBy || include.hiringCompanies || include.resources || include.frameworks || include.concepts;
  if (!lists) return ctx.loaders.skill.load(slug);

  const page = await skillPage(ctx.db, slug, include);
  const { loaders } = ctx;
  loaders.skill.prime(slug, page?.skill ?? null);
  if (!page) return null;
  if (page.prerequisites) loaders.prerequisites.prime(slug, page.prerequisites);
  if (page.requiredBy) loaders.requiredBy.prime(slug, page.requiredBy);
  if (page.hiringCompanies) {
    if (companyFirst === null) loaders.hiringCompanies.prime(slug, page.hiringCompanies);
    else loaders.hiringCompaniesTop.prime({ slug, options: { first: companyFirst } }, page.hiringCompanies);
  }
  if (page.resources) {
    loaders.skillResources.prime(
      slug,
      page.resources.map((r) => r.resource),
    );
    for (const r of page.resources) if (r.provider !== undefined) loaders.resourceProvider.prime(r.resource.slug, r.provider);
  }
  if (page.frameworks) loaders.skillFrameworks.prime(slug, page.frameworks);
  if (page.concepts) loaders.skillConcepts.prime(slug, page.concepts);
  return page.skill;
}
