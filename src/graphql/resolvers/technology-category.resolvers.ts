import type { Resolvers } from '../../generated/graphql';
import { categoriesOfLevel } from '../../repositories/technology-category.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';
import { checkFirst, decodeCursor, toConnection } from '../pagination';

export const technologyCategoryResolvers: Resolvers<GraphQLContext> = {
  Query: {
    technologyCategory: (_, { code }, ctx) => ctx.loaders.technologyCategory.load(code),
    technologyCategories: async (_, { level }, ctx) => {
      const list = await categoriesOfLevel(ctx.db, level ?? null);
      for (const c of list) ctx.loaders.technologyCategory.prime(c.slug, c);
      return list;
    },
  },
  TechnologyCategory: {
    id: (c) => toGlobalId('TechnologyCategory', c.code),
    parent: (c, _, ctx) => ctx.loaders.categoryParent.load(c.code),
    children: (c, _, ctx) => ctx.loaders.categoryChildren.load(c.code),
    skills: async (c, { first, after }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('categorySkills', after);
      const rows = await ctx.loaders.categorySkills.load({ slug: c.code, options: { after: from, limit: limit + 1 } });
      for (const s of rows) ctx.loaders.skill.prime(s.slug, s);
      return toConnection('categorySkills', rows, limit, from, async () => (await ctx.loaders.categorySkillCount.load(c.code)) ?? 0);
    },
  },
  Skill: {
    technologyCategories: (s, _, ctx) => ctx.loaders.skillTechnologyCategories.load(s.slug),
  },
};
