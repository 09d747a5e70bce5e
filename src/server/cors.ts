import cors from 'cors';
import type { Config } from '../config';
import type { Guard } from './plain-http';

/** Headers browsers may send cross-origin (beyond the CORS-safelisted ones). */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
];

/** Response headers a cross-origin page may read (the rest are hidden by the browser). */
export const CORS_EXPOSED_HEADERS = [
  'x-graph-truncated',
  'x-graph-omitted-nodes',
  'content-disposition',
  'RateLimit',
  'RateLimit-Policy',
  'Retry-After',
  'x-request-id',
  'www-authenticate',
];

/**
 * CORS for the API (the `cors` package). Credentials are a header (bearer token or
 * x-api-key), never a cookie, so a page on another origin gains nothing that a script
 * anywhere else does not have: the default allows any origin, and Access-Control-Allow-Credentials is never sent
 * (a browser then never attaches cookies). CORS_ORIGINS narrows the list; an origin
 * outside it gets no Access-Control-Allow-Origin, and the browser refuses the answer.
 * Mounted before authentication and the rate limit so that their refusals are readable too.
 */
export function corsMiddleware(auth: Config['auth']): Guard {
  const origins = auth.corsOrigins;
  if (origins !== '*' && origins.length === 0) return (_req, _res, next) => next();
  // `cors` is plain (req, res, next) middleware: it needs no Express.
  return cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    // Browsers cache the preflight this long (Chromium caps it at 2 h).
    maxAge: 600,
  });
}
