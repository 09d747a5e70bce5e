import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Principal } from '../auth/roles';
import type { Config } from '../config';
import { ErrorCode } from '../errors';
import { sendError } from './http-errors';

/**
 * A per-client rate limit (express-rate-limit, fixed window, in memory): clients with
 * valid credentials are counted by credential, everyone else by IP address (IPv6 by
 * /56 subnet), so failed logins are limited too. Over the limit: HTTP 429, RATE_LIMITED,
 * with RateLimit and Retry-After headers. Behind a proxy set TRUST_PROXY so the client's
 * address is used, not the proxy's.
 */
export function rateLimiter(limits: Config['limits']): RequestHandler {
  if (limits.rateLimitMax === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: limits.rateLimitWindowMs,
    limit: limits.rateLimitMax,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const principal = res.locals.principal as Principal | undefined;
      return principal && principal.via !== 'anonymous' ? principal.id : ipKeyGenerator(req.ip ?? 'unknown');
    },
    handler: (_req, res, _next, options) => {
      const retryAfterSeconds = Math.ceil(options.windowMs / 1000);
      sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: at most ${options.limit} per ${retryAfterSeconds} s. Retry later.`, {
        retryAfterSeconds,
      });
    },
  });
}
