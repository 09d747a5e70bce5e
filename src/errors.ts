import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` this server sends. Clients switch on these. The first five are
 * Apollo Server's own, for requests that never ran; clients, gateways and persisted-query
 * links key on them, so they pass unchanged.
 */
export const ErrorCode = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  BAD_REQUEST: 'BAD_REQUEST',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  CYCLE_DETECTED: 'CYCLE_DETECTED',
  RATE_LIMITED: 'RATE_LIMITED',
  TIMEOUT: 'TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error the client caused or can act on; its message is safe to show. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

/** The status and headers an error asks its HTTP response for (Apollo's `extensions.http`). */
export interface HttpHead {
  status?: number;
  headers?: Map<string, string>;
}

/**
 * An error's extensions split in two: `http` is for whoever writes the response (Apollo,
 * or a route's own error handler), never for the client; the rest (with `code`) is.
 */
export function splitHttp(err: GraphQLError): { http: HttpHead | undefined; extensions: Record<string, unknown> } {
  const { http, ...extensions } = err.extensions as Record<string, unknown> & { http?: HttpHead };
  return { http, extensions };
}

/** Bad arguments: `field` names the argument (path) to fix. */
export function badInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
