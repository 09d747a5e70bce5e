import { RELATED_K } from '../../domain/related-features';
import { describeShared } from '../../domain/related-reasons';
import type { Resolvers, SkillFilter as SkillFilterInput } from '../../generated/graphql';
import { loadSkillLookingAhead } from '../../loaders/skill-look-ahead';
import * as repo from '../../repositories/skill.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';
import { checkFirst, decodeCursor, toConnection } from '../pagination';
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
    prerequisites: (s, _, ctx) => ctx.prefetched.skillLists(s)?.prerequisites ?? ctx.loaders.prerequisites.load(s.slug),
    requiredBy: (s, _, ctx) => ctx.prefetched.skillLists(s)?.requiredBy ?? ctx.loaders.requiredBy.load(s.slug),
    learningPath: async (s, _, ctx) => (await ctx.loaders.learningPath.load(s.slug)).map((x) => ({ skill: x.item, depth: x.depth })),
    unlocks: async (s, _, ctx) => (await ctx.loaders.unlocks.load(s.slug)).map((x) => ({ skill: x.item, depth: x.depth })),
    hiringCompanies: (s, { first }, ctx) => {
      const ahead = ctx.prefetched.skillLists(s)?.hiringCompanies;
      if (ahead && ahead.first === (first ?? null)) return ahead.list;
      return first === null || first === undefined
        ? ctx.loaders.hiringCompanies.load(s.slug)
        : ctx.loaders.hiringCompaniesTop.load({ slug: s.slug, options: { first: checkFirst(first, first) } });
    },
    resources: async (s, { kind }, ctx) => {
      const all = ctx.prefetched.skillLists(s)?.resources ?? (await ctx.loaders.skillResources.load(s.slug));
      return kind ? all.filter((r) => r.kind === kind) : all;
    },
    frameworks: (s, _, ctx) => ctx.prefetched.skillLists(s)?.frameworks ?? ctx.loaders.skillFrameworks.load(s.slug),
    concepts: (s, _, ctx) => ctx.prefetched.skillLists(s)?.concepts ?? ctx.loaders.skillConcepts.load(s.slug),
    relatedSkills: async (s, { first }, ctx) =>
      (await ctx.loaders.relatedSkills.load({ slug: s.slug, first: checkFirst(first, 10, RELATED_K) })).related,
    relatedSkillsComputedAt: async (s, _, ctx) => (await ctx.loaders.relatedSkills.load({ slug: s.slug, first: 0 })).computedAt,
  },
  RelatedSkill: {
    reasons: (r) => describeShared(r.shared),
  },
};
