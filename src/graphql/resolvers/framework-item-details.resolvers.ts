import type { Resolvers } from '../../generated/graphql';
import type { GraphQLContext } from '../context';

/** `FrameworkItem.details` is read with the item (src/frameworks/item-details.ts); only the union's member is chosen here. */
export const frameworkItemDetailsResolvers: Resolvers<GraphQLContext> = {
  FrameworkItemDetails: {
    __resolveType: (details) => details.__typename ?? null,
  },
};
