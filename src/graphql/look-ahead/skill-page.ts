import { type FieldNode, getArgumentValues, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { SkillRecord } from '../../records';
import { skillPage } from '../../repositories/skill-page.repository';
import type { GraphQLContext } from '../context';
import { MAX_PAGE_SIZE } from '../pagination';
import { isSourceArgument } from '../source-argument';
import { storedProperties } from './projection';
import { childFieldNodes, perSelection } from './selection';

/** A `first` that asks for every row. */
const UNLIMITED = 2 ** 31 - 1;

/**
 * What the skill page's look-ahead needs from the selection alone: the field nodes of each
 * list (all aliases, through fragments) and the properties each list's records must carry.
 * Derived once per operation (perSelection); only the argument values are read per request.
 */
const pageShape = perSelection((info: GraphQLResolveInfo) => {
  const nodes = (name: string) => childFieldNodes(info, name);
  const resources = nodes('resources');
  const hiring = nodes('hiringCompanies');
  const providers = childFieldNodes(info, 'provider', resources);
  const prerequisites = nodes('prerequisites');
  const requiredBy = nodes('requiredBy');
  const companySkills = childFieldNodes(info, 'skills', hiring);
  const fields = (type: string) => (info.schema.getType(type) as GraphQLObjectType).getFields();
  return {
    prerequisites,
    requiredBy,
    hiring,
    resources,
    providers,
    companySkills,
    frameworks: nodes('frameworks').length > 0,
    concepts: nodes('concepts').length > 0,
    definitions: { skill: fields('Skill'), company: fields('Company') },
    properties: {
      prerequisites: storedProperties('Skill', info, prerequisites),
      requiredBy: storedProperties('Skill', info, requiredBy),
      hiringCompanies: storedProperties('Company', info, hiring),
      resources: storedProperties('Resource', info, resources),
      providers: storedProperties('Provider', info, providers),
      companySkills: storedProperties('Skill', info, companySkills),
    },
  };
});

/**
 * The arguments every node of `nodes` gives `field` (but those in `ignored`, which the
 * field applies itself), when they all agree and their `first` and `source` (if any) are
 * valid; undefined otherwise, and that field's resolver then loads the list itself (and
 * reports a bad value). One read ahead serves every selection only when they all ask for
 * the same list.
 */
function agreedArguments(
  info: GraphQLResolveInfo,
  definition: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  ignored: string[] = [],
): Record<string, unknown> | undefined {
  if (nodes.length === 0) return undefined;
  const all = nodes.map((n) => {
    const args = getArgumentValues(definition, n, info.variableValues);
    for (const name of ignored) delete args[name];
    return args;
  });
  if (all.length > 1) {
    const key = JSON.stringify(all[0]);
    if (all.some((a) => JSON.stringify(a) !== key)) return undefined;
  }
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
 * The lists are kept for the returned record object only (prefetched.ts), where the
 * field resolvers look first (`readAhead`); anything not read ahead goes to the loaders.
 */
export async function loadSkillLookingAhead(ctx: GraphQLContext, slug: string, info: GraphQLResolveInfo): Promise<SkillRecord | null> {
  const shape = pageShape(info);
  const { skill, company } = shape.definitions;
  const prerequisiteArgs = agreedArguments(info, skill.prerequisites, shape.prerequisites);
  const resourceArgs = agreedArguments(info, skill.resources, shape.resources, ['kind']);
  const hiringArgs = agreedArguments(info, skill.hiringCompanies, shape.hiring);
  const companyFirst = hiringArgs && ((hiringArgs.first as number | undefined) ?? null);
  const skillsArgs = hiringArgs && shape.companySkills.length > 0 ? agreedArguments(info, company.skills, shape.companySkills) : undefined;
  const bySource = (args: Record<string, unknown> | undefined) => args?.orderBy === 'SOURCE';
  const include = {
    prerequisites: prerequisiteArgs !== undefined,
    prerequisitesBySource: bySource(prerequisiteArgs),
    requiredBy: shape.requiredBy.length > 0,
    hiringCompanies: companyFirst !== undefined,
    companiesBySource: bySource(hiringArgs),
    companyLimit: companyFirst ?? UNLIMITED,
    companySkills: skillsArgs !== undefined,
    companySkillsFirst: (skillsArgs?.first as number | null | undefined) ?? UNLIMITED,
    companySkillsByDemand: skillsArgs?.orderBy === 'DEMAND',
    resources: resourceArgs !== undefined,
    resourceSource: (resourceArgs?.source as string | null | undefined) ?? null,
    resourcesBySource: bySource(resourceArgs),
    providers: shape.providers.length > 0,
    frameworks: shape.frameworks,
    concepts: shape.concepts,
    properties: shape.properties,
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
  const ahead = ctx.prefetched;
  const parent = page.skill;
  if (page.prerequisites && prerequisiteArgs) ahead.set(parent, 'prerequisites', prerequisiteArgs, page.prerequisites);
  if (page.requiredBy) ahead.set(parent, 'requiredBy', {}, page.requiredBy);
  if (page.hiringCompanies && hiringArgs) {
    ahead.set(
      parent,
      'hiringCompanies',
      hiringArgs,
      page.hiringCompanies.map((c) => c.company),
    );
    if (skillsArgs) for (const { company: c, skills } of page.hiringCompanies) if (skills) ahead.set(c, 'skills', skillsArgs, skills);
  }
  if (page.resources && resourceArgs) {
    ahead.set(
      parent,
      'resources',
      resourceArgs,
      page.resources.map((r) => r.resource),
    );
    for (const r of page.resources) if (r.provider !== undefined) ahead.set(r.resource, 'provider', {}, r.provider);
  }
  if (page.frameworks) ahead.set(parent, 'frameworks', {}, page.frameworks);
  if (page.concepts) ahead.set(parent, 'concepts', {}, page.concepts);
  return page.skill;
}
