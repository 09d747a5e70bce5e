import type { Resolvers } from '../../generated/graphql';
import { searchNodes } from '../../repositories/search.repository';
import type { GraphQLContext } from '../context';
import { checkFirst } from '../pagination';
import { textQuery } from './text-argument';

export const searchResolvers: Resolvers<GraphQLContext> = {
  Query: {
    search: (_, { text, first }, ctx) => {
      const limit = checkFirst(first, 10);
      const query = textQuery(text, 'text');
      return limit === 0 ? [] : searchNodes(ctx.db, query, limit);
    },
  },
};
