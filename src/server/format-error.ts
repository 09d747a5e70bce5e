import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isAppError } from '../errors';
import type { Logger } from '../logger';

/** Apollo's own codes for requests that never ran: the client sent something wrong. */
const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Every error leaves with a code from ErrorCode. Our own AppErrors pass as they are;
 * request errors from Apollo become BAD_USER_INPUT (keeping Apollo's code as
 * `reason`); anything else is logged in full and masked, so no stack trace or driver
 * message ever reaches a client.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (isAppError(original)) {
      // `http` (status and headers for the response) is Apollo's to read, not the client's.
      const { http: _http, ...extensions } = original.extensions;
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && clientCodes.has(code)) {
      // graphql-js's own token limit (MAX_TOKENS) surfaces as a syntax error; name it.
      const reason = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(formatted.message) ? 'TOKEN_LIMIT' : code;
      const field = variableField(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason, ...(field && { field }) },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * The field a variable-coercion error is about, from graphql-js's message
 * (`Variable "$input" got invalid value "" at "input.name"; ...`), so scalar failures
 * name the field in `extensions.field` as domain-rule failures do.
 */
function variableField(message: string): string | null {
  const match =
    /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/s.exec(message) ?? /^Variable "\$(\w+)" got invalid value/.exec(message);
  return match ? (match[2] ?? match[1]) : null;
}
