import type { IncomingMessage } from 'node:http';
import { ipKeyGenerator, MemoryStore, rateLimit, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import proxyaddr from 'proxy-addr';
import { RedisStore } from 'rate-limit-redis';
import type { Principal } from '../auth/roles';
import type { Config } from '../config';
import { ErrorCode } from '../errors';
import { sendError } from './http-errors';
import type { Guard } from './plain-http';
import type { RedisLink } from './redis';

/**
 * A per-client rate limit (express-rate-limit, fixed window, in memory): clients with
 * valid credentials are counted by credential, everyone else by IP address (IPv6 by
 * /56 subnet), so failed logins are limited too. Over the limit: HTTP 429, RATE_LIMITED,
 * with RateLimit and Retry-After headers. Behind a proxy set TRUST_PROXY so the client's
 * address is used, not the proxy's. With a Redis link (REDIS_URL) the counters are shared
 * by every replica; see `FailoverStore`.
 *
 * express-rate-limit is Express middleware, and /graphql runs outside Express
 * (graphql-endpoint.ts). It needs little of Express: the client's address, which
 * `clientIp` gives both paths the same way (Express's own trust function through
 * proxy-addr, as Express computes `req.ip`), and `res.append`, which the server's
 * response class provides (plain-http.ts). That is the whole adapter.
 */
export function rateLimiter(limits: Config['limits'], clientIp: (req: IncomingMessage) => string, redis?: RedisLink): Guard {
  if (limits.rateLimitMax === 0) return (_req, _res, next) => next();
  const limiter = rateLimit({
    ...(redis ? { store: new FailoverStore(redis) } : {}),
    windowMs: limits.rateLimitWindowMs,
    limit: limits.rateLimitMax,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const principal = res.locals.principal as Principal | undefined;
      return principal && principal.via !== 'anonymous' ? principal.id : ipKeyGenerator(clientIp(req) || 'unknown');
    },
    handler: (_req, res, _next, options) => {
      const retryAfterSeconds = Math.ceil(options.windowMs / 1000);
      sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: at most ${options.limit} per ${retryAfterSeconds} s. Retry later.`, {
        retryAfterSeconds,
      });
    },
  });
  return limiter as unknown as Guard;
}

/** The client's address for `trust` (Express's compiled `trust proxy fn`), as Express's `req.ip`. */
export function clientIpFor(trust: (address: string, hop: number) => boolean): (req: IncomingMessage) => string {
  return (req) => proxyaddr(req, trust);
}

/**
 * Counts in Redis (rate-limit-redis: one Lua script per hit, so replicas share each
 * window) while Redis answers, else in this process's memory, so a Redis outage turns
 * the limit per-replica instead of failing requests. Back on Redis, the counts start
 * from what Redis holds (a restarted Redis: from zero).
 */
class FailoverStore implements Store {
  // Keys reach every replica's counters: express-rate-limit's double-count check needs to know.
  readonly localKeys = false;
  readonly prefix = 'skillgraph:rl:';
  private readonly memory = new MemoryStore();
  private readonly redis: RedisStore;
  private options: Options | undefined;
  /** The Lua scripts' loading in the Redis the link reaches now; null: to load. */
  private scripts: Promise<boolean> | null = null;

  constructor(private readonly link: RedisLink) {
    this.redis = new RedisStore({ prefix: this.prefix, sendCommand: (...args: string[]) => link.command(args) });
    // A Redis back from an outage may be a new one, without the scripts: load them again.
    link.onShared(() => (this.scripts = null));
  }

  init(options: Options): void {
    this.options = options;
    this.memory.init(options);
  }

  async increment(key: string): Promise<IncrementResponse> {
    if (await this.redisReady()) {
      try {
        return await this.redis.increment(key);
      } catch {
        // The link logged the outage; this hit counts here instead.
      }
    }
    return this.memory.increment(key);
  }

  async decrement(key: string): Promise<void> {
    await Promise.all([this.redis.decrement(key).catch(() => undefined), this.memory.decrement(key)]);
  }

  async resetKey(key: string): Promise<void> {
    await Promise.all([this.redis.resetKey(key).catch(() => undefined), this.memory.resetKey(key)]);
  }

  shutdown(): void {
    this.memory.shutdown();
  }

  private redisReady(): Promise<boolean> {
    if (!this.options || !this.link.usable) return Promise.resolve(false);
    this.scripts ??= this.redis.init(this.options).then(
      () => true,
      () => {
        this.scripts = null;
        return false;
      },
    );
    return this.scripts;
  }
}
