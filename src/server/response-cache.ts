import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

export interface ResponseCacheOptions {
  /** Seconds a query's answer may be served from memory; 0 turns the cache off. */
  ttlSeconds: number;
  maxMegabytes: number;
}

/**
 * An optional whole-response cache for queries (Apollo's response-cache plugin over an
 * in-memory LRU), off unless RESPONSE_CACHE_TTL_S > 0. Every query answer without
 * errors is cached for that many seconds, keyed by query, variables and operation;
 * reads do not depend on who asks (roles only gate mutations, checked before the
 * cache is consulted), so the cache is shared. Any mutation in this process
 * empties it, and a read that started before a mutation finished is not stored, so a
 * client sees its own writes on the replica that took them; other replicas may serve
 * answers up to the TTL old. Off, no cache hints are computed at all: Apollo's
 * cache-control plugin wraps every field resolver, a cost paid only when cached.
 */
export function responseCachePlugins<T extends BaseContext>(options: ResponseCacheOptions): ApolloServerPlugin<T>[] {
  if (options.ttlSeconds <= 0) return [ApolloServerPluginCacheControlDisabled()];
  const store = new InMemoryLRUCache<string>({ maxSize: options.maxMegabytes * 2 ** 20 });
  // Bumped by every mutation; a request records the one it started under.
  let generation = 0;
  const startedUnder = new WeakMap<object, number>();
  const invalidateOnWrite: ApolloServerPlugin<T> = {
    async requestDidStart({ contextValue }) {
      startedUnder.set(contextValue, generation);
      return {
        async willSendResponse({ operation }) {
          // Even a mutation that answered with errors may have written (one field of several).
          if (operation?.operation === 'mutation') {
            generation++;
            store.clear();
          }
        },
      };
    },
  };
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: options.ttlSeconds, calculateHttpHeaders: true }),
    invalidateOnWrite,
    responseCachePlugin({
      cache: store,
      shouldWriteToCache: async ({ contextValue }) => startedUnder.get(contextValue) === generation,
    }),
  ];
}
