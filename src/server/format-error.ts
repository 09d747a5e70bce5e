import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type AppError, ErrorCode, isAppError, splitHttp } from '../errors';
import type { Logger } from '../logger';

/**
 * Apollo's own codes for requests that never ran, kept as they are: clients, gateways
 * and monitoring key on them (Apollo Client's persisted-queries link on
 * PERSISTED_QUERY_NOT_FOUND). OPERATION_RESOLUTION_FAILURE (no operation of the given
 * name) is a bad request too.
 */
const requestCodes: ReadonlyMap<string, ErrorCode> = new Map([
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED, ErrorCode.GRAPHQL_PARSE_FAILED],
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, ErrorCode.GRAPHQL_VALIDATION_FAILED],
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND, ErrorCode.PERSISTED_QUERY_NOT_FOUND],
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED],
  [ApolloServerErrorCode.BAD_REQUEST, ErrorCode.BAD_REQUEST],
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, ErrorCode.BAD_REQUEST],
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
    const original = unwrapResolverError(error);
    const appError = isAppError(original) ? original : reportedByValidationRule(error);
    if (appError) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: splitHttp(appError).extensions,
      };
    }
    const code = formatted.extensions?.code;
    if (
      code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED &&
      /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)
    ) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'TOKEN_LIMIT' } };
    }
    const requestCode = typeof code === 'string' ? requestCodes.get(code) : undefined;
    if (requestCode) return { message: formatted.message, locations: formatted.locations, extensions: { code: requestCode } };
    // Apollo's own refusals that carry only an HTTP status (an APQ hash that does not match
    // the text, an unsupported APQ version): the request never ran, the message is Apollo's.
    const status = original instanceof GraphQLError ? splitHttp(original).http?.status : undefined;
    if (
      (code === undefined || code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR) &&
      formatted.path === undefined &&
      typeof status === 'number' &&
      status >= 400 &&
      status < 500
    ) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    if (code === ApolloServerErrorCode.BAD_USER_INPUT) {
      const field = variableField(formatted.message);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field && { field }) },
      };
    }
    // Outside resolvers (context, plugin hooks) Apollo wraps what was thrown; log that, with its stack.
    const thrown = original instanceof GraphQLError ? (original.originalError ?? original) : original;
    log.error({ err: thrown, path: formatted.path }, 'unexpected error in a GraphQL request');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * An AppError a validation rule reported (the limits in src/server/limits.ts). Apollo
 * hands those over inside its ValidationError, which has no `path`, so
 * unwrapResolverError (resolver errors only) leaves them wrapped.
 */
function reportedByValidationRule(error: unknown): AppError | null {
  if (!(error instanceof GraphQLError) || error.extensions.code !== ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED) return null;
  return isAppError(error.originalError) ? error.originalError : null;
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
