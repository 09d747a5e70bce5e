import type { OccupationFilter, Resolvers } from '../../generated/graphql';
import { occupationCount, occupationPage } from '../../repositories/occupation.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';
import { checkFirst, decodeCursor, toConnection, toEdgeConnection } from '../pagination';
import { textQuery } from './text-argument';

function filterQuery(filter: OccupationFilter | null | undefined): string | null {
  return filter?.text === undefined || filter.text === null ? null : textQuery(filter.text, 'filter.text');
}

export const occupationResolvers: Resolvers<GraphQLContext> = {
  Query: {
    occupation: (_, { code }, ctx) => ctx.loaders.occupation.load(code),
    occupations: async (_, { filter, first, after }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('occupations', after);
      const query = filterQuery(filter);
      const rows = await occupationPage(ctx.db, query, { after: from, limit: limit + 1 });
      for (const o of rows) ctx.loaders.occupation.prime(o.slug, o);
      return toConnection('occupations', rows, limit, from, () => occupationCount(ctx.db, query));
    },
  },
  Occupation: {
    id: (o) => toGlobalId('Occupation', o.code),
    skills: async (o, { first, after, hot, inDemand }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('occupationSkills', after);
      const flags = { hot: hot ?? null, inDemand: inDemand ?? null };
      const rows = await ctx.loaders.occupationSkills.load({ slug: o.code, options: { after: from, limit: limit + 1, ...flags } });
      return toEdgeConnection('occupationSkills', rows, limit, from, () =>
        ctx.loaders.occupationSkillCount.load({ slug: o.code, options: flags }),
      );
    },
  },
  Skill: {
    occupations: async (s, { first, after }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('skillOccupations', after);
      const rows = await ctx.loaders.skillOccupations.load({ slug: s.slug, options: { after: from, limit: limit + 1 } });
      return toEdgeConnection(
        'skillOccupations',
        rows,
        limit,
        from,
        async () => (await ctx.loaders.skillOccupationCount.load(s.slug)) ?? 0,
      );
    },
  },
};
