import { type ExecutionResult, graphql, type GraphQLSchema } from 'graphql';
import { parseConfig } from '../../../src/config';
import { QueryRunner } from '../../../src/db/query-runner';
import { createContext, type GraphQLContext } from '../../../src/graphql/context';
import { buildSchema } from '../../../src/graphql/schema';
import { createLoaders } from '../../../src/loaders';
import { createLogger } from '../../../src/logger';
import { type Answers, noDriver, RecordingRunner, type SentStatement } from './recording-runner';

let schema: GraphQLSchema | undefined;

/** The real executable schema, built once per test file. */
export function fastSchema(): GraphQLSchema {
  schema ??= buildSchema();
  return schema;
}

const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
const log = createLogger('silent');

/**
 * The request context the server builds (createContext), with its runner replaced by
 * a recording one. createContext makes its QueryRunner from a driver; the loaders are
 * rebuilt over the recording runner exactly as createContext builds them (createLoaders(db)).
 */
export function fastContext(answers: Answers = {}): { ctx: GraphQLContext; runner: RecordingRunner } {
  const runner = new RecordingRunner(answers);
  const ctx = createContext({ driver: noDriver, config, log }, 'fast-test');
  const real = ctx.db;
  ctx.db = runner;
  ctx.loaders = createLoaders(runner);
  // Should the context come to hold its runner anywhere else, the swap above must follow.
  const stale = Object.entries(ctx).filter(([, value]) => value === real || (value instanceof QueryRunner && value !== runner));
  if (stale.length > 0) throw new Error(`fastContext: context.${stale[0][0]} holds a runner this helper does not replace`);
  return { ctx, runner };
}

export interface FastResult {
  result: ExecutionResult;
  /** `result.data` as JSON (what a client sees: DateTime as a string), failing the test when the request had errors. */
  data: Record<string, unknown>;
  sent: SentStatement[];
  /** Statement names in the order sent. */
  names: string[];
  /** The parameters of the one statement of this name (fails if it was sent more or less than once). */
  params(name: string): Record<string, unknown>;
}

/** Runs one request through graphql() against the real schema; errors stay in `result.errors`. */
export async function execute(source: string, variables: Record<string, unknown> = {}, answers: Answers = {}): Promise<FastResult> {
  const { ctx, runner } = fastContext(answers);
  const result = await graphql({ schema: fastSchema(), source, variableValues: variables, contextValue: ctx });
  return {
    result,
    get data() {
      if (result.errors?.length) throw new Error(`request failed: ${result.errors.map((e) => e.message).join('; ')}`);
      return JSON.parse(JSON.stringify(result.data)) as Record<string, unknown>;
    },
    sent: runner.sent,
    names: runner.names,
    params(name) {
      const found = runner.sent.filter((s) => s.name === name);
      if (found.length !== 1) throw new Error(`${name} was sent ${found.length} times: ${runner.names.join(', ')}`);
      return found[0].params;
    },
  };
}

/** The statements as a snapshot shows them: name, then the exact text sent (TCK style). */
export function cypherOf(sent: SentStatement[]): string {
  return sent.map((s) => `// ${s.name}\n${s.text}`).join('\n\n');
}
