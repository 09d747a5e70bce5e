import type { Driver } from 'neo4j-driver';
import type { Statement } from '../../../src/db/cypher';
import { type Params, QueryRunner, type Row, type TransactionOptions, type TransactionRunner } from '../../../src/db/query-runner';

/** One statement the runner was asked to send: its cypher/ name (with any splice key), text and parameters. */
export interface SentStatement {
  name: string;
  text: string;
  params: Params;
}

/** Canned rows for a statement, by name; a function sees the parameters (to answer per key, as UNWIND $slugs would). */
export type Answers = Record<string, Row[] | ((params: Params) => Row[])>;

/**
 * A driver that fails loudly: createContext wants one, and the recording runner must
 * never reach it. Any property read (session, executeQuery, ...) throws.
 */
export const noDriver = new Proxy({} as Driver, {
  get(_target, property) {
    throw new Error(`the fast tests use no Neo4j driver (driver.${String(property)} was read)`);
  },
});

/**
 * A QueryRunner that sends nothing: it records every statement and answers with rows
 * the test gives per statement name, shaped as the repositories read them (the plain
 * rows QueryRunner returns after toPlain). A statement with no answer gets no rows.
 * It counts round trips in `stats` as the real runner does, so N+1 checks hold for both.
 */
export class RecordingRunner extends QueryRunner {
  readonly sent: SentStatement[] = [];

  constructor(private readonly answers: Answers = {}) {
    super(noDriver, { database: 'fast-tests' });
  }

  /** Names of the statements sent, in order. */
  get names(): string[] {
    return this.sent.map((s) => s.name);
  }

  override read<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.answer<T>(statement, params);
  }

  override write<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.answer<T>(statement, params);
  }

  override probe<T = Row>(statement: Statement, params: Params = {}): Promise<T[]> {
    return this.answer<T>(statement, params);
  }

  override transaction<T>(work: (tx: TransactionRunner) => Promise<T>, _options: TransactionOptions = {}): Promise<T> {
    return work({ run: (statement, params = {}) => this.answer(statement, params) });
  }

  private async answer<T>(statement: Statement, params: Params): Promise<T[]> {
    this.stats.roundTrips += 1;
    // A copy: callers may reuse their parameter objects.
    this.sent.push({ name: statement.name, text: statement.text, params: structuredClone(params) });
    const canned = this.answers[statement.name];
    const rows = typeof canned === 'function' ? canned(params) : (canned ?? []);
    // Fresh objects per call, as the driver gives: resolvers may key WeakMaps by record.
    return structuredClone(rows) as T[];
  }
}
