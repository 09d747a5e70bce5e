import type { Resolvers } from '../../generated/graphql';
import type { GraphQLContext } from '../context';

export const demandResolvers: Resolvers<GraphQLContext> = {
  Skill: {
    // Through a loader keyed by slug, not the record: records read ahead carry only the selected properties.
    demandSignals: (s, _, ctx) => ctx.loaders.demandSignals.load(s.slug),
  },
};
