import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors';
import { type GuardResponse, sendJson } from './plain-http';

/**
 * A GraphQL-shaped error body for requests refused before GraphQL runs (rate limit,
 * body too large, bad credentials, batches): clients read `errors[0].extensions.code`
 * the same way as for any other error.
 */
export function sendError(
  res: GuardResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.locals.errorCode = code; // counted by the metrics middleware
  sendJson(res, status, { errors: [{ message, extensions: { ...extensions, code } }] });
}

/**
 * Body-parser failures as JSON errors instead of Express's HTML page: a body over the
 * limit is 413, malformed JSON 400. Anything else is a 500 without details.
 */
export function sendBodyError(err: unknown, res: GuardResponse, maxBodySize: string): void {
  const type = (err as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    return sendError(res, 413, ErrorCode.BAD_USER_INPUT, `The request body is larger than ${maxBodySize}. Send less, or import in parts.`, {
      reason: 'BODY_TOO_LARGE',
    });
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
  }
  sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}

/** sendBodyError as Express's last error handler, for the routes Express serves. */
export function bodyErrorHandler(maxBodySize: (res: GuardResponse) => string): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    sendBodyError(err, res, maxBodySize(res));
  };
}
