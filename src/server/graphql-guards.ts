import express from 'express';
import type { Authenticator } from '../auth/authenticate';
import { requireRole } from '../auth/authorize';
import { ANONYMOUS, type Principal } from '../auth/roles';
import type { Config } from '../config';
import { type AppError, ErrorCode, splitHttp } from '../errors';
import { sendError } from './http-errors';
import type { Guard } from './plain-http';

/**
 * Guards in front of Apollo on /graphql (and the graph exports), in order: authenticate
 * (headers only), [rate limit], refuse bad credentials, parse the body within the
 * caller's size limit, refuse batches beyond MAX_BATCH. Plain node:http middleware, so
 * Express runs them as well as the lean /graphql handler (graphql-endpoint.ts).
 */

/** Resolves `res.locals.principal`, or keeps the credential error for `refuseBadCredentials`. */
export function authenticateRequest(authenticate: Authenticator): Guard {
  return (req, res, next) => {
    authenticate(req.headers).then(
      (principal) => {
        res.locals.principal = principal;
        next();
      },
      (err: unknown) => {
        res.locals.authError = err;
        next();
      },
    );
  };
}

/** Present-but-wrong credentials: 401 UNAUTHENTICATED before the body is even read. */
export const refuseBadCredentials: Guard = (_req, res, next) => {
  const err = res.locals.authError as AppError | Error | undefined;
  if (!err) return next();
  if ('extensions' in err && err.extensions.code === ErrorCode.UNAUTHENTICATED) {
    res.setHeader('www-authenticate', 'Bearer realm="skillgraph"');
    return sendError(res, 401, ErrorCode.UNAUTHENTICATED, err.message, splitHttp(err as AppError).extensions);
  }
  next(err);
};

/** Reads outside GraphQL (graph exports) need a reader when PUBLIC_READ=false, like queries. */
export function requireReader(auth: Config['auth']): Guard {
  return (_req, res, next) => {
    if (auth.publicRead) return next();
    try {
      requireRole((res.locals.principal as Principal | undefined) ?? ANONYMOUS, 'reader', 'Reading');
      next();
    } catch (err) {
      const { http, extensions } = splitHttp(err as AppError);
      if (http?.status === 401) res.setHeader('www-authenticate', 'Bearer realm="skillgraph"');
      sendError(res, http?.status ?? 403, extensions.code as ErrorCode, (err as Error).message, extensions);
    }
  };
}

/**
 * JSON bodies up to MAX_BODY_SIZE, or IMPORT_MAX_BODY_SIZE for admins (bulk imports):
 * body-parser's json() (what express.json is), which needs no Express around it.
 */
export function bodyParser(limits: Config['limits']): Guard {
  const normal = express.json({ limit: limits.maxBodySize }) as unknown as Guard;
  const admin = express.json({ limit: limits.importMaxBodySize }) as unknown as Guard;
  return (req, res, next) => {
    const isAdmin = (res.locals.principal as Principal | undefined)?.role === 'admin';
    res.locals.bodyLimit = isAdmin ? limits.importMaxBodySize : limits.maxBodySize;
    (isAdmin ? admin : normal)(req, res, next);
  };
}

/** Batched requests (a JSON array) are off with MAX_BATCH=0, else capped at MAX_BATCH operations. */
export function batchLimit(maxBatch: number): Guard {
  return (req, res, next) => {
    const body = (req as { body?: unknown }).body;
    if (!Array.isArray(body)) return next();
    if (maxBatch === 0) {
      return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'Batched requests are off: send one operation per request.', {
        reason: 'BATCH_LIMIT',
      });
    }
    if (body.length > maxBatch) {
      return sendError(res, 400, ErrorCode.BAD_USER_INPUT, `At most ${maxBatch} operations per batch; got ${body.length}.`, {
        reason: 'BATCH_LIMIT',
      });
    }
    next();
  };
}
