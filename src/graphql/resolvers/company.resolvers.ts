import { badInput } from '../../errors';
import type { Resolvers } from '../../generated/graphql';
import * as repo from '../../repositories/company.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';
import { readAhead, skillProperties } from '../look-ahead';
import { checkFirst, decodeCursor, toConnection } from '../pagination';

const UNLIMITED = 2 ** 31 - 1;

export const companyResolvers: Resolvers<GraphQLContext> = {
  Query: {
    company: (_, { slug }, ctx) => ctx.loaders.company.load(slug),
    companies: async (_, { first, after }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('companies', after);
      const rows = await repo.companyPage(ctx.db, from, limit + 1);
      for (const c of rows) ctx.loaders.company.prime(c.slug, c);
      return toConnection('companies', rows, limit, from, () => repo.companyCount(ctx.db));
    },
    sharedSkills: async (_, { companies }, ctx) => {
      const slugs = [...new Set(companies)];
      if (slugs.length < 2 || slugs.length > 10) throw badInput('companies', `give 2 to 10 distinct company slugs; got ${slugs.length}`);
      const found = await ctx.loaders.company.loadMany(slugs);
      const missing = slugs.filter((_, i) => !found[i] || found[i] instanceof Error);
      if (missing.length > 0) throw badInput('companies', `unknown company slug(s): ${missing.join(', ')}`);
      return { companies: found as Exclude<(typeof found)[number], Error | null>[], skills: await repo.sharedSkills(ctx.db, slugs) };
    },
  },
  Company: {
    id: (c) => toGlobalId('Company', c.slug),
    skills: (c, { first, orderBy }, ctx, info) => {
      const ahead = readAhead(ctx, c, 'skills', { first, orderBy });
      if (ahead) return ahead;
      return (first === null || first === undefined) && orderBy !== 'DEMAND'
        ? ctx.loaders.companySkills.load(c.slug)
        : ctx.loaders.companySkillsTop.load({
            slug: c.slug,
            // No `first` with DEMAND order: every skill, so the limit is the largest a list can hold.
            options: {
              first: first === null || first === undefined ? UNLIMITED : checkFirst(first, first),
              byDemand: orderBy === 'DEMAND',
              properties: skillProperties(info),
            },
          });
    },
  },
};
