import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isAppError } from '../errors';
import type { Logger } from '../logger';

/**
 * Apollo's own codes for requests that never ran, kept as they are: clients, gateways
 * and monitoring key on them (Apollo Client's persisted-queries link on
 * PERSISTED_QUERY_NOT_FOUND). OPERATION_RESOLUTION_FAILURE (no operation of the given
 * name) is a bad request too.
 */
const requestCodes: ReadonlyMap<string, ErrorCode> = new Map([
  ['GRAPHQL_PARSE_FAILED', ErrorCode.GRAPHQL_PARSE_FAILED],
  ['GRAPHQL_VALIDATION_FAILED', ErrorCode.GRAPHQL_VALIDATION_FAILED],
  ['PERSISTED_QUERY_NOT_FOUND', ErrorCode.PERSISTED_QUERY_NOT_FOUND],
  ['PERSISTED_QUERY_NOT_SUPPORTED', ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED],
  ['BAD_REQUEST', ErrorCode.BAD_REQUEST],
  ['OPERATION_RESOLUTION_FAILURE', ErrorCode.BAD_REQUEST],
]);

/**
 * Every error leaves with a code from ErrorCode. Our own AppErrors pass as they are;
 * Apollo's request codes pass too, except graphql-js's token limit, which is one of our
 * limits (BAD_USER_INPUT, reason TOKEN_LIMIT); a variable of the wrong type stays
 * BAD_USER_INPUT and names the field. Anything else is logged in full and masked, so no
 * stack trace or driver message ever reaches a client.
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
    if (code === 'GRAPHQL_PARSE_FAILED' && /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'TOKEN_LIMIT' } };
    }
    const requestCode = typeof code === 'string' ? requestCodes.get(code) : undefined;
    if (requestCode) return { message: formatted.message, locations: formatted.locations, extensions: { code: requestCode } };
    // Apollo's own refusals that carry only an HTTP status (an APQ hash that does not match
    // the text, an unsupported APQ version): the request never ran, the message is Apollo's.
    const status = (original as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status;
    if (
      (code === undefined || code === 'INTERNAL_SERVER_ERROR') &&
      formatted.path === undefined &&
      typeof status === 'number' &&
      status >= 400 &&
      status < 500
    ) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    if (code === 'BAD_USER_INPUT') {
      const field = variableField(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field && { field }) },
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
