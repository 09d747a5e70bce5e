import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { RedisLink } from './redis';

/** The Redis counter every replica's mutations bump. */
const SHARED_GENERATION_KEY = 'skillgraph:response-cache:generation';

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
 * client sees its own writes on the replica that took them. With a Redis link
 * (REDIS_URL) every replica's writes count: a mutation bumps a generation counter in
 * Redis before its answer is sent, and each query first reads that counter and empties
 * this cache when it moved, so a write answered by one replica is seen by the next read
 * on any other. Without Redis (unset or down) other replicas may serve answers up to the
 * TTL old. Off, no cache hints are computed at all: Apollo's cache-control plugin wraps
 * every field resolver, a cost paid only when cached.
 */
export function responseCachePlugins<T extends BaseContext>(options: ResponseCacheOptions, redis?: RedisLink): ApolloServerPlugin<T>[] {
  if (options.ttlSeconds <= 0) return [ApolloServerPluginCacheControlDisabled()];
  const store = new InMemoryLRUCache<string>({ maxSize: options.maxMegabytes * 2 ** 20 });
  // Bumped each time the store is emptied; a request records the one it started under.
  let generation = 0;
  const startedUnder = new WeakMap<object, number>();
  const empty = () => {
    generation++;
    store.clear();
  };
  // The shared counter's value this store was last emptied for; undefined: not known, so
  // the next read empties it (writes made elsewhere while Redis was away went unsignalled).
  let sharedSeen: string | null | undefined;
  redis?.onShared(() => (sharedSeen = undefined));
  const invalidateOnWrite: ApolloServerPlugin<T> = {
    async requestDidStart({ contextValue }) {
      startedUnder.set(contextValue, generation);
      return {
        // Before the response-cache plugin looks up the answer, and before execution reads the graph.
        async didResolveOperation({ operation }) {
          if (!redis?.usable || operation?.operation !== 'query') return;
          try {
            const shared = await redis.command<string | null>(['GET', SHARED_GENERATION_KEY]);
            if (shared !== sharedSeen) {
              sharedSeen = shared;
              empty();
            }
            // Emptied or not, this request reads the graph after every write the counter has seen.
            startedUnder.set(contextValue, generation);
          } catch {
            // Redis away (the link logs it): this replica's own writes still empty the store.
          }
        },
        async willSendResponse({ operation }) {
          // Even a mutation that answered with errors may have written (one field of several).
          if (operation?.operation !== 'mutation') return;
          empty();
          // Awaited, so the client has its answer only once every replica's next read will see the write.
          if (redis?.usable) await redis.command(['INCR', SHARED_GENERATION_KEY]).catch(() => undefined);
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
