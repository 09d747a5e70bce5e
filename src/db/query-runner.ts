import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from './cypher';
import { AppError } from '../errors';
import { mapNeo4jError } from './neo4j-errors';
import { toParams, toPlain } from './plain';

export interface QueryStats {
  /** Cypher statements sent to the database for this request. */
  roundTrips: number;
  /** Wall time spent waiting on them. */
  dbTimeMs: number;
}

export interface RunnerOptions {
  database: string;
  /** Attached to every transaction (visible in SHOW TRANSACTIONS and the query log). */
  metadata?: Record<string, string>;
  /** Per-transaction timeout enforced by Neo4j. */
  timeoutMs?: number;
  /** Told about every statement and transaction (metrics); optional. */
  observer?: QueryObserver;
  /** How long a read (or a writeNow) retries transient failures, as the driver does for managed transactions (default 5 s). */
  readRetryMs?: number;
}

/** Hooks for metrics: the runner reports, the observer counts (src/server/metrics.ts). */
export interface QueryObserver {
  /** One statement answered (or failed) after `seconds`. */
  statement(name: string, seconds: number, ok: boolean): void;
  /** One DataLoader batch of `size` keys, answered by `statement`. */
  batch(statement: string, size: number): void;
  /** +1 when a transaction opens, -1 when it ends. */
  inFlight(delta: 1 | -1): void;
  /** A write transaction is being run again after a transient failure (deadlock, lost connection). */
  retry(name: string): void;
}

/** Per-call options of QueryRunner.transaction. */
export interface TransactionOptions {
  /** Shown in transaction metadata (SHOW TRANSACTIONS, query log), e.g. the mutation. */
  name?: string;
  /** Overrides the runner's timeout, e.g. for bulk imports. */
  timeoutMs?: number;
}

/**
 * Thrown by a transaction's work when the locks it took no longer cover what it must write
 * (a set of nodes read before their locks were held, changed meanwhile): `transaction` rolls
 * it back and runs the work again at once, a few times at most.
 */
export class RunAgain extends Error {}

/** How often `transaction` runs its work again after a RunAgain before it gives up (throws it). */
const RUN_AGAIN_MAX = 5;

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs statements inside one write transaction (see QueryRunner.transaction). */
export interface TransactionRunner {
  run<T = Row>(statement: Statement, params?: Params): Promise<T[]>;
}

/**
 * The one place that talks to Neo4j: chooses read or write routing, tags and times
 * each transaction, counts round trips, maps errors, and returns plain rows.
 * One per request (stats are per request); cheap to create.
 */
export class QueryRunner {
  readonly stats: QueryStats = { roundTrips: 0, dbTimeMs: 0 };

  constructor(
    private readonly driver: Driver,
    private readonly options: RunnerOptions,
  ) {}

  /** A read in its own auto-retried read transaction, routed to any member. */
  read<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.execute<T>(statement, params, 'read');
  }

  /** A single-statement write transaction. */
  write<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.execute<T>(statement, params, 'write');
  }

  /**
   * One statement as its own auto-commit write transaction: Neo4j commits it as the
   * statement ends. A managed transaction (`transaction`, `write`) holds its locks until the
   * client's COMMIT arrives, a round trip that under load also waits behind everything else
   * on this process's event loop; here the last lock is followed by the commit at once. For a
   * write that many requests queue on one lock for (addPrerequisite). Transient failures are
   * retried, as for reads, for at most `readRetryMs`: a retry after a lost connection may
   * run a statement that did commit, so the statement must be safe to run twice.
   */
  writeNow<T = Row>(statement: Statement, params: Params = {}, options: TransactionOptions = {}): Promise<T[]> {
    return this.execute<T>(statement, params, 'autoWrite', options);
  }

  /** Several statements in one write transaction: all or nothing. */
  async transaction<T>(work: (tx: TransactionRunner) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      // The bookmark manager of executeQuery and of reads: later reads see this write, on a cluster too.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    this.options.observer?.inFlight(1);
    const name = options.name ?? 'transaction';
    let attempts = 0;
    try {
      for (let again = 0; ; again++) {
        try {
          return await session.executeWrite(
            (tx) => {
              if (attempts++ > 0) this.options.observer?.retry(name);
              return work({ run: (statement, params = {}) => this.runIn(tx, statement, params) });
            },
            this.txConfig(name, options.timeoutMs),
          );
        } catch (err) {
          if (!(err instanceof RunAgain) || again >= RUN_AGAIN_MAX) throw err;
        }
      }
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      this.options.observer?.inFlight(-1);
      await session.close();
    }
  }

  /**
   * One auto-commit read with no retries, for health probes: it fails at once when
   * the database is down instead of retrying for NEO4J_MAX_RETRY_MS.
   */
  async probe<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    let ok = false;
    try {
      const result = await session.run(statement.text, toParams(params) as Params, this.txConfig(statement.name));
      ok = true;
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      this.finish(statement, started, ok);
      await session.close();
    }
  }

  /** Records the size of a DataLoader batch (repositories call it; metrics only). */
  observeBatch(statement: Statement, size: number): void {
    this.options.observer?.batch(statement.name, size);
  }

  private async runIn<T>(tx: ManagedTransaction, statement: Statement, params: Params): Promise<T[]> {
    const started = performance.now();
    this.stats.roundTrips += 1;
    let ok = false;
    try {
      const result = await tx.run(statement.text, toParams(params) as Params);
      ok = true;
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } finally {
      this.finish(statement, started, ok);
    }
  }

  /**
   * One statement: a read or writeNow's write as an auto-commit transaction (`autoCommit`),
   * a write as executeQuery's managed one.
   */
  private async execute<T>(
    statement: Statement,
    params: Params,
    how: 'read' | 'write' | 'autoWrite',
    options: TransactionOptions = {},
  ): Promise<T[]> {
    const started = performance.now();
    this.stats.roundTrips += 1;
    this.options.observer?.inFlight(1);
    const name = options.name ?? statement.name;
    const config = this.txConfig(name, options.timeoutMs);
    let ok = false;
    try {
      const records =
        how === 'write'
          ? (
              await this.driver.executeQuery(statement.text, toParams(params) as Params, {
                routing: neo4j.routing.WRITE,
                database: this.options.database,
                transactionConfig: config,
              })
            ).records
          : await this.autoCommit(
              statement,
              params,
              how === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
              config,
              how === 'autoWrite' ? () => this.options.observer?.retry(name) : undefined,
            );
      ok = true;
      return records.map((r) => toPlain(r.toObject()) as T);
    } catch (err) {
      throw named(mapNeo4jError(err), statement);
    } finally {
      this.options.observer?.inFlight(-1);
      this.finish(statement, started, ok);
    }
  }

  /**
   * A read (or writeNow's write) as one auto-commit transaction: RUN and PULL leave in one socket write.
   * executeQuery's managed transaction adds BEGIN and COMMIT, two more writes and two
   * more messages for Neo4j to handle; on bench S1 dropping them saved 25-45% of both
   * the server's and Neo4j's CPU per request. Managed transactions retry transient
   * failures (leader switch, dropped connection), so this does too, with the driver's
   * backoff (1 s doubling, ±20% jitter), for at most `readRetryMs`. The sessions share
   * executeQuery's bookmark manager, so a read still sees this process's earlier writes
   * on a cluster.
   */
  private async autoCommit(
    statement: Statement,
    params: Params,
    accessMode: 'READ' | 'WRITE',
    config: ReturnType<QueryRunner['txConfig']>,
    onRetry?: () => void,
  ): Promise<Neo4jRecord[]> {
    const deadline = Date.now() + (this.options.readRetryMs ?? 5_000);
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) onRetry?.();
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: accessMode,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      let delay: number;
      try {
        return (await withoutCallerStack(() => session.run(statement.text, toParams(params) as Params, config))).records;
      } catch (err) {
        delay = 1000 * 2 ** attempt * (0.8 + 0.4 * Math.random());
        if (!neo4j.isRetryableError(err) || Date.now() + delay > deadline) throw err;
      } finally {
        await session.close();
      }
      // Wait with the session closed: its connection goes back to the pool meanwhile.
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private finish(statement: Statement, started: number, ok: boolean): void {
    const elapsed = performance.now() - started;
    this.stats.dbTimeMs += elapsed;
    this.options.observer?.statement(statement.name, elapsed / 1000, ok);
  }

  private txConfig(statement: string, timeoutMs = this.options.timeoutMs) {
    return {
      timeout: timeoutMs,
      metadata: { app: 'skillgraph', statement, ...this.options.metadata },
    };
  }
}

/**
 * neo4j-driver's Result captures and formats its caller's stack trace when it is made
 * (inside `session.run`, synchronously), to put on errors: 4-5% of a small read's CPU
 * in a profile of bench S1. Reads capture none; their errors carry the statement's
 * name instead (`named`), which says more in a log than the frames did.
 */
function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Unmapped driver errors get logged as unexpected: name the statement that failed. */
function named(err: unknown, statement: Statement): unknown {
  if (err instanceof Error && !(err instanceof AppError)) Object.assign(err, { statement: statement.name });
  return err;
}
