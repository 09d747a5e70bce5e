import type { Resolvers } from '../../generated/graphql';
import { neighborhoodArgs, shortestPathArgs, subgraphArgs } from '../../graph-view/graph-view-args';
import { neighborhood, shortestPath, subgraph } from '../../repositories/graph-view.repository';
import type { GraphQLContext } from '../context';

/** Graph views for drawing: one Cypher round trip each, whatever their size. */
export const graphViewResolvers: Resolvers<GraphQLContext> = {
  Query: {
    neighborhood: (_, args, ctx) => neighborhood(ctx.db, neighborhoodArgs(args)),
    shortestPath: (_, args, ctx) => shortestPath(ctx.db, shortestPathArgs(args)),
    subgraph: (_, { ids }, ctx) => subgraph(ctx.db, subgraphArgs(ids)),
  },
};
