import type { ApolloServerPlugin } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueryObserver } from '../db/query-runner';
import type { Guard } from './plain-http';

/** Operation names become labels: only sane ones, and only so many distinct ones. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

export interface Metrics {
  registry: Registry;
  observer: QueryObserver;
  apolloPlugin(): ApolloServerPlugin;
  httpMiddleware: Guard;
}

/**
 * Prometheus metrics (prom-client), one registry per app: HTTP requests, GraphQL
 * operations and their durations, errors by code, Cypher statements and durations,
 * DataLoader batch sizes, transactions in flight and the driver's connection pool,
 * plus Node's process metrics (memory, event loop lag, GC).
 */
export function createMetrics(driver: Driver): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const known = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (!known.has(name) && known.size >= MAX_OPERATION_NAMES) return 'other';
    known.add(name);
    return name;
  };

  const httpRequests = new Counter({
    name: 'skillgraph_http_requests_total',
    help: 'HTTP requests by route and status code.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const operations = new Counter({
    name: 'skillgraph_graphql_operations_total',
    help: 'GraphQL operations by name, type and outcome (ok, or error when the response carries errors).',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [registry],
  });
  const operationSeconds = new Histogram({
    name: 'skillgraph_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration, parse to response.',
    labelNames: ['operation', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'skillgraph_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const statements = new Counter({
    name: 'skillgraph_cypher_statements_total',
    help: 'Cypher round trips by statement file and outcome.',
    labelNames: ['statement', 'outcome'],
    registers: [registry],
  });
  const statementSeconds = new Histogram({
    name: 'skillgraph_cypher_statement_duration_seconds',
    help: 'Cypher round-trip duration by statement file.',
    labelNames: ['statement'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const batchSizes = new Histogram({
    name: 'skillgraph_dataloader_batch_size',
    help: 'Keys per DataLoader batch, by the statement that answered it.',
    labelNames: ['statement'],
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [registry],
  });
  const retries = new Counter({
    name: 'skillgraph_neo4j_transaction_retries_total',
    help: 'Write transactions run again by the driver after a transient failure (deadlock, lost connection), by name.',
    labelNames: ['transaction'],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'skillgraph_neo4j_transactions_in_flight',
    help: 'Neo4j transactions open right now (each holds one pooled connection).',
    registers: [registry],
  });
  new Gauge({
    name: 'skillgraph_neo4j_pool_connections',
    help: "The driver's pooled connections by state (read from the driver when scraped; 0 if it exposes none).",
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = poolOf(driver);
      this.set({ state: 'in_use' }, pool.inUse);
      this.set({ state: 'idle' }, pool.idle);
    },
  });

  const observer: QueryObserver = {
    statement: (name, seconds, ok) => {
      statements.inc({ statement: name, outcome: ok ? 'ok' : 'error' });
      statementSeconds.observe({ statement: name }, seconds);
    },
    batch: (statement, size) => batchSizes.observe({ statement }, size),
    inFlight: (delta) => inFlight.inc(delta),
    retry: (name) => retries.inc({ transaction: name }),
  };

  const apolloPlugin = (): ApolloServerPlugin => ({
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const labels = { operation: operationLabel(operationName), type: operation?.operation ?? 'unknown' };
          // The errors as sent, after formatError: the codes clients see.
          const sent = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const e of sent) errors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          const failed = sent.length > 0;
          operations.inc({ ...labels, outcome: failed ? 'error' : 'ok' });
          operationSeconds.observe(labels, (performance.now() - started) / 1000);
        },
      };
    },
  });

  const httpMiddleware: Guard = (req, res, next) => {
    res.on('finish', () => {
      // Express's originalUrl: a mounted router strips its prefix from req.url.
      const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
      const query = url.indexOf('?');
      const route = query < 0 ? url : url.slice(0, query);
      const known = ['/graphql', '/health', '/ready', '/metrics'].includes(route) ? route : 'other';
      httpRequests.inc({ route: known, method: req.method, status: String(res.statusCode) });
      // Requests refused before GraphQL ran (rate limit, body size, credentials).
      if (typeof res.locals.errorCode === 'string') errors.inc({ code: res.locals.errorCode });
    });
    next();
  };

  return { registry, observer, apolloPlugin, httpMiddleware };
}

/**
 * Connection counts from the driver's pool. The driver has no public API for them, so
 * this reads its internals defensively and reports zeros if they change shape.
 */
function poolOf(driver: Driver): { inUse: number; idle: number } {
  const pool = (driver as unknown as { _connectionProvider?: { _connectionPool?: Record<string, unknown> } })._connectionProvider
    ?._connectionPool;
  const sum = (values: unknown[], f: (v: unknown) => number) => values.reduce<number>((n, v) => n + f(v), 0);
  const active = pool?._activeResourceCounts;
  const idle = pool?._pools;
  return {
    inUse: active && typeof active === 'object' ? sum(Object.values(active), (v) => (typeof v === 'number' ? v : 0)) : 0,
    idle: idle && typeof idle === 'object' ? sum(Object.values(idle), (v) => Number((v as { length?: number })?.length ?? 0)) : 0,
  };
}
