import type { Resolvers } from '../../generated/graphql';
import { allDatasets } from '../../repositories/dataset.repository';
import type { GraphQLContext } from '../context';

export const datasetResolvers: Resolvers<GraphQLContext> = {
  Query: {
    datasets: (_, __, ctx) => allDatasets(ctx.db),
  },
};
