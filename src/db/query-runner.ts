import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Statement } from './cypher';
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
}

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
    return this.execute<T>(statement, params, neo4j.routing.READ);
  }

  /** A single-statement write transaction. */
  write<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.execute<T>(statement, params, neo4j.routing.WRITE);
  }

  /** Several statements in one write transaction: all or nothing. */
  async transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) => work({ run: (statement, params = {}) => this.runIn(tx, statement, params) }),
        this.txConfig('transaction'),
      );
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  private async runIn<T>(tx: ManagedTransaction, statement: Statement, params: Params): Promise<T[]> {
    const started = performance.now();
    this.stats.roundTrips += 1;
    try {
      const result = await tx.run(statement.text, toParams(params) as Params);
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } finally {
      this.stats.dbTimeMs += performance.now() - started;
    }
  }

  private async execute<T>(statement: Statement, params: Params, routing: 'READ' | 'WRITE'): Promise<T[]> {
    const started = performance.now();
    this.stats.roundTrips += 1;
    try {
      const result = await this.driver.executeQuery(statement.text, toParams(params) as Params, {
        routing,
        database: this.options.database,
        transactionConfig: this.txConfig(statement.name),
      });
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      this.stats.dbTimeMs += performance.now() - started;
    }
  }

  private txConfig(statement: string) {
    return {
      timeout: this.options.timeoutMs,
      metadata: { app: 'skillgraph', statement, ...this.options.metadata },
    };
  }
}
