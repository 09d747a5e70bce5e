import { RELATED_K } from '../../domain/related-features';
import { describeShared } from '../../domain/related-reasons';
import { badInput } from '../../errors';
import type { Resolvers, SkillFilter as SkillFilterInput } from '../../generated/graphql';
import * as repo from '../../repositories/skill.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';
import { loadSkillLookingAhead, readAhead } from '../look-ahead';
import { checkFirst, decodeCursor, toConnection } from '../pagination';
import { sourceArgument } from '../source-argument';
import { textQuery } from './text-argument';

function skillFilter(filter: SkillFilterInput | null | undefined): repo.SkillFilter {
  return {
    category: filter?.category ?? null,
    level: filter?.level ?? null,
    trend: filter?.trend ?? null,
    hiredBy: filter?.hiredBy ?? null,
    query: filter?.text === undefined || filter.text === null ? null : textQuery(filter.text, 'filter.text'),
  };
}

/** A learning path or what a skill unlocks: the first `first` steps (all when absent) of a closure bounded by CLOSURE_MAX_STEPS. */
async function closureSteps(
  ctx: GraphQLContext,
  loader: GraphQLContext['loaders']['learningPath'],
  slug: string,
  first: number | null | undefined,
) {
  const maxSteps = ctx.config.limits.closureMaxSteps;
  if (first !== null && first !== undefined && (first < 0 || first > maxSteps)) {
    throw badInput('first', `must be between 0 and ${maxSteps} (CLOSURE_MAX_STEPS); got ${first}.`);
  }
  const options = { first: first ?? null, maxSteps };
  const steps = await loader.load({ slug, options });
  if (steps instanceof Error) throw steps; // DataLoader rejects these already; this narrows the type
  return steps.map((x) => ({ skill: x.item, depth: x.depth }));
}

export const skillResolvers: Resolvers<GraphQLContext> = {
  Query: {
    skill: (_, { slug }, ctx, info) => loadSkillLookingAhead(ctx, slug, info),
    skills: async (_, { filter, first, after }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('skills', after);
      const f = skillFilter(filter);
      const rows = await repo.skillsAfter(ctx.db, f, from, limit + 1);
      for (const s of rows) ctx.loaders.skill.prime(s.slug, s);
      return toConnection('skills', rows, limit, from, () => repo.skillCount(ctx.db, f));
    },
    skillCategories: (_, __, ctx) => repo.skillCategories(ctx.db),
  },
  Skill: {
    id: (s) => toGlobalId('Skill', s.slug),
    prerequisites: (s, { orderBy }, ctx) =>
      readAhead(ctx, s, 'prerequisites', { orderBy }) ??
      (orderBy === 'SOURCE' ? ctx.loaders.prerequisitesBySource : ctx.loaders.prerequisites).load(s.slug),
    requiredBy: (s, _, ctx) => readAhead(ctx, s, 'requiredBy') ?? ctx.loaders.requiredBy.load(s.slug),
    learningPath: (s, { first }, ctx) => closureSteps(ctx, ctx.loaders.learningPath, s.slug, first),
    unlocks: (s, { first }, ctx) => closureSteps(ctx, ctx.loaders.unlocks, s.slug, first),
    hiringCompanies: (s, { first, orderBy }, ctx) => {
      const ahead = readAhead(ctx, s, 'hiringCompanies', { first, orderBy });
      if (ahead) return ahead;
      const bySource = orderBy === 'SOURCE';
      if (first !== null && first !== undefined) {
        return ctx.loaders.hiringCompaniesTop.load({ slug: s.slug, options: { first: checkFirst(first, first), bySource } });
      }
      return (bySource ? ctx.loaders.hiringCompaniesBySource : ctx.loaders.hiringCompanies).load(s.slug);
    },
    resources: async (s, { kind, source, orderBy }, ctx) => {
      const options = { source: sourceArgument(source, 'source'), bySource: orderBy === 'SOURCE' };
      const plain = options.source === null && !options.bySource;
      const all =
        readAhead(ctx, s, 'resources', { source, orderBy }) ??
        (await (plain ? ctx.loaders.skillResources.load(s.slug) : ctx.loaders.skillResourcesWith.load({ slug: s.slug, options })));
      return kind ? all.filter((r) => r.kind === kind) : all;
    },
    frameworks: (s, _, ctx) => readAhead(ctx, s, 'frameworks') ?? ctx.loaders.skillFrameworks.load(s.slug),
    concepts: (s, _, ctx) => readAhead(ctx, s, 'concepts') ?? ctx.loaders.skillConcepts.load(s.slug),
    relatedSkills: async (s, { first }, ctx) =>
      (await ctx.loaders.relatedSkills.load({ slug: s.slug, first: checkFirst(first, 10, RELATED_K) })).related,
    relatedSkillsComputedAt: async (s, _, ctx) => (await ctx.loaders.relatedSkills.load({ slug: s.slug, first: 0 })).computedAt,
  },
  RelatedSkill: {
    reasons: (r) => describeShared(r.shared),
  },
};
