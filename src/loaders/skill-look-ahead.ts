import { type FieldNode, getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import { storedProperties } from '../graphql/projection';
import { childFieldNodes } from '../graphql/selection';
import { isSourceArgument } from '../graphql/source-argument';
import type { SkillRecord } from '../records';
import { skillPage } from '../repositories/skill-page.repository';

/** A `first` that asks for every row. */
const UNLIMITED = 2 ** 31 - 1;

/**
 * The arguments every node of `nodes` gives `type.field` (but those in `ignored`, which
 * the field applies itself), when they all agree and their `first` and `source` (if
 * any) are valid; undefined otherwise, and that field's resolver then loads the list
 * itself (and reports a bad value). One read ahead serves every selection only when
 * they all ask for the same list.
 */
function agreedArguments(
  info: GraphQLResolveInfo,
  type: string,
  field: string,
  nodes: FieldNode[],
  ignored: string[] = [],
): Record<string, unknown> | undefined {
  if (nodes.length === 0) return undefined;
  const definition = (info.schema.getType(type) as GraphQLObjectType).getFields()[field];
  const all = nodes.map((n) => {
    const args = getArgumentValues(definition, n, info.variableValues);
    for (const name of ignored) delete args[name];
    return args;
  });
  const key = JSON.stringify(all[0]);
  if (all.some((a) => JSON.stringify(a) !== key)) return undefined;
  const { first, source } = all[0] as { first?: number | null; source?: string | null };
  if (first != null && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)) return undefined;
  if (source != null && !isSourceArgument(source)) return undefined;
  return all[0];
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
  const prerequisiteArgs = agreedArguments(info, 'Skill', 'prerequisites', prerequisites);
  const resourceArgs = agreedArguments(info, 'Skill', 'resources', resources, ['kind']);
  const hiringArgs = agreedArguments(info, 'Skill', 'hiringCompanies', hiring);
  const companyFirst = hiringArgs && ((hiringArgs.first as number | undefined) ?? null);
  const companySkills = childFieldNodes(info, 'skills', hiring);
  const agreed = hiringArgs && companySkills.length > 0 ? agreedArguments(info, 'Company', 'skills', companySkills) : undefined;
  const skillsArgs = agreed && { first: (agreed.first as number | undefined) ?? null, byDemand: agreed.orderBy === 'DEMAND' };
  const bySource = (args: Record<string, unknown> | undefined) => args?.orderBy === 'SOURCE';
  const include = {
    prerequisites: prerequisiteArgs !== undefined,
    prerequisitesBySource: bySource(prerequisiteArgs),
    requiredBy: requiredBy.length > 0,
    hiringCompanies: companyFirst !== undefined,
    companiesBySource: bySource(hiringArgs),
    companyLimit: companyFirst ?? UNLIMITED,
    companySkills: skillsArgs !== undefined,
    companySkillsFirst: skillsArgs?.first ?? UNLIMITED,
    companySkillsByDemand: skillsArgs?.byDemand ?? false,
    resources: resourceArgs !== undefined,
    resourceSource: (resourceArgs?.source as string | null | undefined) ?? null,
    resourcesBySource: bySource(resourceArgs),
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
    prerequisites: page.prerequisites ? { bySource: include.prerequisitesBySource, list: page.prerequisites } : undefined,
    requiredBy: page.requiredBy ?? undefined,
    hiringCompanies: page.hiringCompanies
      ? { first: companyFirst ?? null, bySource: include.companiesBySource, list: page.hiringCompanies.map((c) => c.company) }
      : undefined,
    resources: page.resources
      ? { source: include.resourceSource, bySource: include.resourcesBySource, list: page.resources.map((r) => r.resource) }
      : undefined,
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
