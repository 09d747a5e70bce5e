import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context';

/**
 * With QUERY_STATS=true, every response carries `extensions.queryStats`:
 * the Cypher round trips this request made and the time spent waiting on them.
 */
export function queryStatsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const { roundTrips, dbTimeMs } = contextValue.db.stats;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            queryStats: { roundTrips, dbTimeMs: Math.round(dbTimeMs * 100) / 100 },
          };
        },
      };
    },
  };
}
