import { type FieldNode, getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { storedProperties } from '../graphql/projection';
import { childFieldNodes } from '../graphql/selection';
import type { SkillRecord } from '../records';
import { skillPage } from '../repositories/skill-page.repository';

/** A `first` that asks for every row. */
const UNLIMITED = 2 ** 31 - 1;

/**
 * The one `first` every `hiringCompanies` selection under the skill asks for (null: no
 * `first`), or undefined when they differ or one is out of range (the field resolver
 * then loads them itself, and reports a bad value).
 */
function hiringFirst(info: GraphQLResolveInfo, nodes: FieldNode[]): number | null | undefined {
  const field = (info.schema.getType('Skill') as GraphQLObjectType).getFields().hiringCompanies;
  const firsts = new Set(nodes.map((n) => (getArgumentValues(field, n, info.variableValues) as { first?: number | null }).first ?? null));
  if (firsts.size !== 1) return undefined;
  const [first] = firsts;
  if (first !== null && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)) return undefined;
  return first;
}

/**
 * The one (first, orderBy) every `skills` selection under the hiring companies asks
 * for, or undefined when they differ or `first` is out of range (Company.skills then
 * loads them itself, and reports a bad value).
 */
function companySkillsArgs(info: GraphQLResolveInfo, nodes: FieldNode[]): { first: number | null; byDemand: boolean } | undefined {
  const field = (info.schema.getType('Company') as GraphQLObjectType).getFields().skills;
  const seen = new Map<string, { first: number | null; byDemand: boolean }>();
  for (const node of nodes) {
    const { first, orderBy } = getArgumentValues(field, node, info.variableValues) as { first?: number | null; orderBy?: string };
    const args = { first: first ?? null, byDemand: orderBy === 'DEMAND' };
    seen.set(`${args.first}:${args.byDemand}`, args);
  }
  if (seen.size !== 1) return undefined;
  const [args] = seen.values();
  if (args.first !== null && (!Number.isInteger(args.first) || args.first < 0 || args.first > MAX_PAGE_SIZE)) return undefined;
  return args;
}

/**
 * `skill(slug)` with look-ahead: when the query asks for relationship lists of the
 * skill (its page), the skill and those lists come back in ONE statement instead of
 * one DataLoader round trip per list (and another for the resources' providers),
 * each list holding only the properties its selections need (all aliases counted),
 * and the hiring companies' own top skills when asked for (one round trip for S4).
 * The lists are kept for the returned record object only (src/loaders/prefetched.ts),
 * where the field resolvers look first; anything not read ahead goes to the loaders.
 */
export async function loadSkillLookingAhead(ctx: GraphQLContext, slug: string, info: GraphQLResolveInfo): Promise<SkillRecord | null> {
  const nodes = (name: string) => childFieldNodes(info, name);
  const prerequisites = nodes('prerequisites');
  const requiredBy = nodes('requiredBy');
  const hiring = nodes('hiringCompanies');
  const resources = nodes('resources');
  const providers = childFieldNodes(info, 'provider', resources);
  const companyFirst = hiring.length > 0 ? hiringFirst(info, hiring) : undefined;
  const companySkills = childFieldNodes(info, 'skills', hiring);
  const skillsArgs = companyFirst !== undefined && companySkills.length > 0 ? companySkillsArgs(info, companySkills) : undefined;
  const include = {
    prerequisites: prerequisites.length > 0,
    requiredBy: requiredBy.length > 0,
    hiringCompanies: companyFirst !== undefined,
    companyLimit: companyFirst ?? UNLIMITED,
    companySkills: skillsArgs !== undefined,
    companySkillsFirst: skillsArgs?.first ?? UNLIMITED,
    companySkillsByDemand: skillsArgs?.byDemand ?? false,
    resources: resources.length > 0,
    providers: providers.length > 0,
    frameworks: nodes('frameworks').length > 0,
    concepts: nodes('concepts').length > 0,
    properties: {
      prerequisites: storedProperties('Skill', info, prerequisites),
      requiredBy: storedProperties('Skill', info, requiredBy),
      hiringCompanies: storedProperties('Company', info, hiring),
      resources: storedProperties('Resource', info, resources),
      providers: storedProperties('Provider', info, providers),
      companySkills: storedProperties('Skill', info, companySkills),
    },
  };
  const lists =
    include.prerequisites || include.requiredBy || include.hiringCompanies || include.resources || include.frameworks || include.concepts;
  if (!lists) return ctx.loaders.skill.load(slug);

  const page = await skillPage(ctx.db, slug, include);
  if (!page) {
    ctx.loaders.skill.prime(slug, null);
    return null;
  }
  // A copy for the loader: another occurrence of this skill in the query must not find these lists.
  ctx.loaders.skill.prime(slug, Object.assign({}, page.skill));
  ctx.prefetched.setSkillLists(page.skill, {
    prerequisites: page.prerequisites ?? undefined,
    requiredBy: page.requiredBy ?? undefined,
    hiringCompanies: page.hiringCompanies ? { first: companyFirst ?? null, list: page.hiringCompanies.map((c) => c.company) } : undefined,
    resources: page.resources?.map((r) => r.resource),
    frameworks: page.frameworks ?? undefined,
    concepts: page.concepts ?? undefined,
  });
  if (skillsArgs) {
    for (const { company, skills } of page.hiringCompanies ?? []) {
      if (skills) ctx.prefetched.setCompanySkills(company, { ...skillsArgs, list: skills });
    }
  }
  for (const r of page.resources ?? []) if (r.provider !== undefined) ctx.prefetched.setProvider(r.resource, r.provider);
  return page.skill;
}
