import { isDeepStrictEqual } from 'node:util';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createHttpApp } from '../../src/server/http-app';
import { CACHED_TTL_S, type Scenario, type TargetId } from '../scenarios';
import { capturingDriver, type Captured } from '../support/capturing-driver';
import { createNeo4jGraphqlServer } from '../targets/neo4j-graphql-server';
import { createRawDriverServer } from '../targets/raw-driver-server';
import { ask, requestFor } from './requests';

/** What one request of a scenario costs a target, measured without load. */
export interface Probe {
  roundTrips: number;
  /** Sum of db hits over PROFILE of every statement the request sent. */
  dbHits: number;
  responseBytes: number;
  /** The plan operators, for spotting scans. */
  operators: string[];
  /** Whether the answers matched skillgraph's (or the raw target's) for every probed key. */
  agrees: boolean;
  disagreement?: string;
}

export interface InProcessTarget {
  port: number;
  take(): Captured[];
  close(): Promise<void>;
}

/**
 * Starts a target inside this process over a capturing driver, so the harness sees
 * every statement it sends. skillgraph runs its real HTTP app with QUERY_STATS on.
 */
export async function startInProcess(target: TargetId, driver: Driver, config: Config): Promise<InProcessTarget> {
  const cap = capturingDriver(driver);
  const database = config.neo4j.database;
  if (target === 'skillgraph' || target === 'skillgraph-cached') {
    const responseCache = { ...config.responseCache, ttlSeconds: target === 'skillgraph-cached' ? CACHED_TTL_S : 0 };
    const app = await createHttpApp({
      driver: cap.driver,
      config: { ...config, queryStats: true, responseCache },
      log: createLogger('silent'),
    });
    const port = await app.listen(0, '127.0.0.1');
    return { port, take: cap.take, close: () => app.close() };
  }
  const server: Server =
    target === 'neo4j-graphql' ? await createNeo4jGraphqlServer(cap.driver, database) : createRawDriverServer(cap.driver, database);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, take: cap.take, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type Plan = { operatorType: string; dbHits?: number; children: Plan[] };
const sumHits = (p: Plan): number => Number(p.dbHits ?? 0) + p.children.reduce((n, c) => n + sumHits(c), 0);
const ops = (p: Plan): string[] => [p.operatorType.split('@')[0], ...p.children.flatMap(ops)];

/** PROFILE of a captured statement (its query options, e.g. `CYPHER 5`, stay in front). */
export async function profile(driver: Driver, database: string, statement: Captured): Promise<{ dbHits: number; operators: string[] }> {
  const m = /^(CYPHER[^\n]*\n)?([\s\S]*)$/.exec(statement.text)!;
  const result = await driver.executeQuery(`${m[1] ?? ''}PROFILE ${m[2]}`, statement.params, { database });
  const plan = result.summary.profile as unknown as Plan;
  return { dbHits: sumHits(plan), operators: ops(plan) };
}

function dataOf(scenario: Scenario, target: TargetId, json: { data?: unknown }): unknown {
  const spec = scenario.requests[target];
  return spec?.kind === 'graphql' && spec.normalize ? spec.normalize(json.data) : json.data;
}

/** For views where targets may choose different members: the sizes of the lists only. */
function counts(value: unknown): unknown {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, counts(v)]));
  return typeof value === 'number' || typeof value === 'boolean' ? value : '*';
}

/**
 * Deep equality in which two floats count as equal within a relative 1e-9: a score summed
 * in another order (related skills computed on the fly by (b)) differs in its last bits.
 */
function sameAnswer(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameAnswer(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameAnswer((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return isDeepStrictEqual(a, b);
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (sameAnswer(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path || '.'}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

/**
 * Asks every target the scenario's question for each key (checking they agree and
 * none errs), then PROFILEs what each sent for the first key.
 */
export async function probeScenario(
  scenario: Scenario,
  targets: Map<TargetId, InProcessTarget>,
  keys: readonly string[],
  driver: Driver,
  database: string,
): Promise<Map<TargetId, Probe>> {
  const out = new Map<TargetId, Probe>();
  const reference: TargetId = targets.has('skillgraph') ? 'skillgraph' : 'raw-driver';
  const answers = new Map<TargetId, unknown[]>();
  for (const [target, t] of targets) {
    const list: unknown[] = [];
    for (const key of keys) {
      const a = await ask(t.port, requestFor(scenario, target, key));
      if (a.status !== 200 || a.json.errors)
        throw new Error(`${scenario.id} ${target} ${key}: ${a.status} ${JSON.stringify(a.json.errors)}`);
      const data = dataOf(scenario, target, a.json);
      list.push(scenario.compare === 'counts' ? counts(data) : data);
    }
    answers.set(target, list);
  }
  for (const [target, t] of targets) {
    t.take();
    const a = await ask(t.port, requestFor(scenario, target, keys[0]));
    const sent = t.take();
    const reported = a.json.extensions?.queryStats?.roundTrips;
    if (reported !== undefined && reported !== sent.length) {
      throw new Error(`${scenario.id} ${target}: QUERY_STATS says ${reported} round trips, the driver saw ${sent.length}`);
    }
    let dbHits = 0;
    const operators: string[] = [];
    for (const s of sent) {
      const p = await profile(driver, database, s);
      dbHits += p.dbHits;
      operators.push(...p.operators);
    }
    const mine = answers.get(target)!;
    const theirs = answers.get(reference)!;
    const i = mine.findIndex((m, k) => !sameAnswer(m, theirs[k]));
    out.set(target, {
      roundTrips: sent.length,
      dbHits,
      responseBytes: a.bytes,
      operators: [...new Set(operators)],
      agrees: i < 0,
      disagreement: i < 0 ? undefined : `key ${keys[i]}: ${firstDifference(mine[i], theirs[i])}`,
    });
  }
  return out;
}
