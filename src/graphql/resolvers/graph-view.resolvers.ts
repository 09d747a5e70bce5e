import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../generated/graphql';
import { neighborhoodArgs, shortestPathArgs, subgraphArgs } from '../../graph-view/graph-view-args';
import { neighborhood, shortestPath, subgraph } from '../../repositories/graph-view.repository';
import type { GraphQLContext } from '../context';
import { loadNode } from '../load-node';
import { selectsUnder } from '../look-ahead';

/** Properties are fetched only when the query shows them (most drawings do not). */
const wantsProperties = (info: GraphQLResolveInfo) =>
  selectsUnder(info, 'nodes', 'properties') || selectsUnder(info, 'edges', 'properties');

/** Graph views for drawing: one Cypher round trip each, whatever their size. */
export const graphViewResolvers: Resolvers<GraphQLContext> = {
  Query: {
    neighborhood: (_, args, ctx, info) => neighborhood(ctx.db, neighborhoodArgs(args), wantsProperties(info)),
    shortestPath: (_, args, ctx) => shortestPath(ctx.db, shortestPathArgs(args)),
    subgraph: (_, { ids }, ctx, info) => subgraph(ctx.db, subgraphArgs(ids), wantsProperties(info)),
  },
  GraphNode: {
    node: (node, _, ctx) => loadNode(ctx, node.nodeId, 'nodeId'),
  },
};
