import { ErrorCode } from '../errors';
import { sendError } from './http-errors';
import type { Guard } from './plain-http';

/** Content types an HTML form or a no-cors fetch can send without a preflight. */
const SIMPLE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
/** Any of these headers forces a preflight, so a cross-site page cannot send it unasked. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * CSRF prevention for POSTs, in place of Apollo's (which refuses GETs too). A POST must be
 * one a browser would preflight: JSON, or carrying a preflight-forcing header; a form post
 * or a text/plain beacon from another site is refused before it runs.
 *
 * GETs pass: over GET the server runs queries only (a mutation is a 405), which change
 * nothing, and reading a response cross-site needs CORS. No credential rides along on its
 * own either, since auth is a bearer header, not a cookie. So urql's default GET queries
 * and APQ hashes over GET work without extra headers.
 */
export const csrfPrevention: Guard = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type && !SIMPLE_TYPES.has(type)) return next();
  if (PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined)) return next();
  sendError(
    res,
    400,
    ErrorCode.BAD_REQUEST,
    `This POST could be a cross-site form post (content-type: ${type || 'none'}), so it is refused. ` +
      'Send the operation as JSON with content-type: application/json, or add the header apollo-require-preflight: true.',
    { reason: 'CSRF_PREVENTION' },
  );
};
