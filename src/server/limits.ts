import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, GraphQLSchema, ValidationContext, ValidationRule } from 'graphql';
import type { Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import { costLimitPlugin } from './cost-limit';

/** Armor's rejections, reported as BAD_USER_INPUT with a `reason` naming the limit. */
function reject(reason: string) {
  return [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      ctx?.reportError(new AppError(ErrorCode.BAD_USER_INPUT, error.message, { reason }));
    },
  ];
}

/**
 * The validation-time limits (GraphQL Armor: depth, aliases, directives, field
 * suggestions masked in production), the cost limit (graphql-query-complexity) and the
 * token limit for the parser (graphql-js).
 * Each refuses a request before any resolver runs, with HTTP 400.
 */
export function queryLimits(
  schema: GraphQLSchema,
  limits: Config['limits'],
): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[]; parseOptions: { maxTokens: number } } {
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reject('DEPTH_LIMIT'),
    },
    maxAliases: { n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: reject('ALIAS_LIMIT') },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: reject('DIRECTIVE_LIMIT') },
    // graphql-js counts tokens while parsing (parseOptions in http-app.ts): a clean 400,
    // where Armor's Apollo plugin throws from a hook and Apollo answers 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false }, // weighs no arguments; graphql-query-complexity below does
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestions },
  }).protect();
  return {
    validationRules: armor.validationRules as ValidationRule[],
    plugins: [
      ...(armor.plugins as ApolloServerPlugin[]),
      costLimitPlugin(schema, { maxCost: limits.maxCost, listSize: limits.costListSize }),
    ],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
