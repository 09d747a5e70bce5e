import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, type GraphQLSchema, isLeafType, isListType, isObjectType } from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { AppError, ErrorCode } from '../errors';

/** Arguments that bound how many items a field returns, and how deep it walks. */
const SIZE_ARGS = ['first', 'limit'];
const DEPTH_ARGS = ['depth', 'maxDepth'];

/**
 * Object types that a field with a `first` or `limit` argument returns as one object
 * (connections, graph views): the lists inside them (`nodes`, `edges`) are already
 * bounded by that argument. A field returning a list (`skills(first)`) bounds that list
 * only, not the lists inside each item.
 */
function boundedContainers(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((a) => SIZE_ARGS.includes(a.name)) && !isListType(getNullableType(field.type))) {
        names.add(getNamedType(field.type).name);
      }
    }
  }
  return names;
}

/**
 * The cost of a field: 0 for scalars; otherwise (1 + its selections' cost) times the
 * number of items it may return: its `first`/`limit` argument, the length of an `ids`
 * list, 1 for a list inside a bounded container, or `listSize` for any other list. A
 * `depth`/`maxDepth` argument multiplies too, unless a size argument already bounds the
 * result. So `skills(first: 100) { nodes { prerequisites { name } } }` costs
 * 100 * (1 + 1 * (1 + listSize)), and a nest of lists grows as listSize^levels.
 */
export function listEstimator(schema: GraphQLSchema, listSize: number): ComplexityEstimator {
  const bounded = boundedContainers(schema);
  return ({ type, field, args, childComplexity }) => {
    if (isLeafType(getNamedType(field.type))) return 0;
    const bound = SIZE_ARGS.map((a) => args[a]).find((v): v is number => typeof v === 'number');
    const depth = DEPTH_ARGS.map((a) => args[a]).find((v): v is number => typeof v === 'number');
    let items = 1;
    if (bound !== undefined) items = Math.max(0, bound);
    else if (Array.isArray(args.ids)) items = args.ids.length;
    else if (isListType(getNullableType(field.type)) && !bounded.has(type.name)) items = listSize;
    if (bound === undefined && depth !== undefined) items *= Math.max(1, depth);
    return items * (1 + childComplexity);
  };
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost` before it runs
 * (graphql-query-complexity, with the request's variables). HTTP 400, BAD_USER_INPUT.
 */
export function costLimitPlugin(schema: GraphQLSchema, options: { maxCost: number; listSize: number }): ApolloServerPlugin {
  const estimators = [listEstimator(schema, options.listSize)];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName,
              estimators,
            });
          } catch (err) {
            // Variables that do not coerce: execution refuses them with a clear 400 before any resolver runs.
            if (err instanceof GraphQLError) return;
            throw err;
          }
          if (cost > options.maxCost) {
            throw new AppError(
              ErrorCode.BAD_USER_INPUT,
              `The query is too expensive: estimated cost ${cost}, limit ${options.maxCost}. Ask for fewer items (first, limit), less depth, or split it.`,
              { reason: 'COST_LIMIT', cost, maxCost: options.maxCost, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
