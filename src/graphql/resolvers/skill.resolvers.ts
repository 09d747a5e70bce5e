import { RELATED_K } from '../../domain/related-features';
import { describeShared } from '../../domain/related-reasons';
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
    learningPath: async (s, _, ctx) => (await ctx.loaders.learningPath.load(s.slug)).map((x) => ({ skill: x.item, depth: x.depth })),
    unlocks: async (s, _, ctx) => (await ctx.loaders.unlocks.load(s.slug)).map((x) => ({ skill: x.item, depth: x.depth })),
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
