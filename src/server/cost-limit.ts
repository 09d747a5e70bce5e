import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTNode,
  type DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isLeafType,
  isListType,
  isObjectType,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { AppError, ErrorCode } from '../errors';

/** Arguments that bound how many items a field returns, and how deep it walks. */
const SIZE_ARGS = ['first', 'limit'];
const DEPTH_ARGS = ['depth', 'maxDepth', 'maxHops'];
/** Every argument the estimator reads (top-level arguments of a field only). */
const COST_ARGS = new Set([...SIZE_ARGS, ...DEPTH_ARGS, 'ids']);

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
 * The variables that can change a document's cost: those inside an argument the
 * estimator reads, or inside a directive (`@include(if: $x)` drops fields). A skill
 * page queried with `$slug` has none, so its cost is computed once per document.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  visit(document, {
    Field(field) {
      for (const arg of field.arguments ?? []) if (COST_ARGS.has(arg.name.value)) collect(arg.value);
    },
    Directive(directive) {
      collect(directive);
    },
  });
  return [...names].sort();
}

/** Per document (Apollo hands the same parsed object to every request that sends the same text). */
interface DocumentCosts {
  variables: string[];
  byKey: Map<string, number>;
}
const MAX_KEYS_PER_DOCUMENT = 256;

/**
 * Refuses an operation whose estimated cost exceeds `maxCost` before it runs
 * (graphql-query-complexity, with the request's variables). HTTP 400, BAD_USER_INPUT.
 * Costs are remembered per document, operation and values of the cost variables:
 * walking the document was 5% of a small query's CPU time.
 */
export function costLimitPlugin(schema: GraphQLSchema, options: { maxCost: number; listSize: number }): ApolloServerPlugin {
  const estimators = [listEstimator(schema, options.listSize)];
  const costs = new WeakMap<DocumentNode, DocumentCosts>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = { variables: costVariables(document), byKey: new Map() }));
    // [] for an absent variable, so that an absent one (its default applies) differs from null.
    const key = JSON.stringify([operationName ?? null, known.variables.map((name) => (name in variables ? [variables[name]] : []))]);
    let cost = known.byKey.get(key);
    if (cost === undefined) {
      cost = getComplexity({ schema, query: document, variables, operationName, estimators });
      if (known.byKey.size >= MAX_KEYS_PER_DOCUMENT) known.byKey.clear();
      known.byKey.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = costOf(document, request.variables ?? {}, request.operationName ?? undefined);
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
