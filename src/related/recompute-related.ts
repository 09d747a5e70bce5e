import { dbNow } from '../db/now';
import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { FeatureIndex } from '../domain/related-index';
import { K, listRow, LoadedFeatures } from './related-lists';
import { type ListRow, writeLists, writeNorms } from './list-writes';
import { allSkillStates, lockRelated, lockSkillsInOrder, postingsAround, type Run, storedLists } from './related-store';

export interface RecomputeReport {
  skills: number;
  /** Feature incidences read (skill × feature). */
  incidences: number;
  /** Lists written because they changed (or were never computed). */
  written: number;
  readMs: number;
  computeMs: number;
  writeMs: number;
}

export interface RecomputePlan {
  lists: ListRow[];
  /** Every skill whose stored norm differs from its features' (lists changed or not). */
  norms: Array<{ slug: string; norm: number }>;
  report: Omit<RecomputeReport, 'writeMs'>;
}

/**
 * Every skill's list from every feature of the graph: read with two statements, scored in
 * memory (FeatureIndex: an inverted index in typed arrays), kept only where it differs
 * from the stored list.
 */
export async function planRecompute(run: Run): Promise<RecomputePlan> {
  const started = performance.now();
  const states = await allSkillStates(run);
  const slugs = states.map((s) => s.slug);
  const { rows } = await postingsAround(run, slugs);
  const read = performance.now();
  const index = new FeatureIndex(rows, slugs, new Map());
  const lists: ListRow[] = [];
  const norms: Array<{ slug: string; norm: number }> = [];
  for (const state of states) {
    const norm = index.normOf(state.slug);
    const row = listRow(state.slug, norm, index.listOf(state.slug, K), state);
    if (row) lists.push(row);
    if (state.norm !== norm) norms.push({ slug: state.slug, norm });
  }
  const incidences = rows.reduce((n, r) => n + r.members.length, 0);
  const report = { skills: states.length, incidences, written: lists.length, readMs: read - started, computeMs: performance.now() - read };
  return { lists, norms, report };
}

/** Lists per transaction of a recompute: about 20,000 relationships, a few MB of transaction state. */
const LISTS_PER_TRANSACTION = 1000;

/**
 * Recomputes every related list, writing only the lists that changed: a rerun on an
 * unchanged graph writes nothing. Run after the seed load and every data-set import, at
 * start before serving, and by `npm run related`.
 *
 * Not one transaction: 180k relationships at once ran Neo4j with a 512 MB heap out of
 * memory. First one transaction under the related-lists lock reads every feature, stores
 * every norm that changed and finds the lists that differ; then those lists are written
 * LISTS_PER_TRANSACTION at a time, each batch in a transaction that takes the lock and
 * computes its lists afresh from the features around them (as an incremental update
 * does). So a mutation between two batches sees current norms and either lists already
 * recomputed or ones a later batch recomputes from the graph as it is then: when the
 * recompute ends every list is current. Cut short, some lists are new and others as
 * they were; the next run (or start) finishes the job.
 */
export async function recomputeRelated(db: QueryRunner, options: { timeoutMs?: number } = {}): Promise<RecomputeReport> {
  const config = { name: 'recomputeRelated', timeoutMs: options.timeoutMs };
  const { changed, report } = await db.transaction(async (tx) => {
    const run: Run = (statement, params) => tx.run(statement, params);
    await lockRelated(run);
    const plan = await planRecompute(run);
    await lockWritten(run, [], plan.norms);
    await writeNorms(run, plan.norms);
    return { changed: plan.lists.map((l) => l.slug), report: plan.report };
  }, config);
  const started = performance.now();
  let written = 0;
  for (let i = 0; i < changed.length; i += LISTS_PER_TRANSACTION) {
    const batch = changed.slice(i, i + LISTS_PER_TRANSACTION);
    written += await db.transaction(async (tx) => {
      const run: Run = (statement, params) => tx.run(statement, params);
      await lockRelated(run);
      return writeCurrentLists(run, batch);
    }, config);
  }
  await db.transaction((tx) => markCurrent((statement, params) => tx.run(statement, params)), config);
  return { ...report, written, writeMs: performance.now() - started };
}

/**
 * The stored lists' format: 2 keeps what two skills share by key (names looked up when
 * read). A graph whose lists are in an older format is recomputed in full at start.
 */
export const RELATED_FORMAT = 2;

const STATE = { markStale: cypher('related/mark-stale'), markCurrent: cypher('related/mark-current'), state: cypher('related/state') };

/**
 * Marks every list stale until the next full recompute: the first statement of a
 * transaction that changes many skills' features at once (an import, the seed load).
 */
export async function markRelatedStale(run: Run): Promise<void> {
  await run(STATE.markStale);
}

async function markCurrent(run: Run): Promise<void> {
  await run(STATE.markCurrent, { now: dbNow(), format: RELATED_FORMAT });
}

/** Whether a full recompute is due: an import marked the lists stale, they were never fully computed here, or are in an older format. */
export async function relatedStale(db: QueryRunner): Promise<boolean> {
  const [row] = await db.read<{ stale: boolean }>(STATE.state, { format: RELATED_FORMAT });
  return row?.stale ?? true;
}

/** Computes the lists of `slugs` from the features around them and writes those that differ; returns how many. */
async function writeCurrentLists(run: Run, slugs: string[]): Promise<number> {
  const features = new LoadedFeatures(run);
  await features.load(slugs);
  const stored = await storedLists(run, slugs);
  const rows = slugs
    .filter((slug) => features.index.isComplete(slug))
    .map((slug) => listRow(slug, features.index.normOf(slug), features.index.listOf(slug, K), stored.get(slug)))
    .filter((row) => row !== null);
  await lockWritten(run, rows, []);
  await writeLists(run, rows, K, dbNow());
  return rows.length;
}

/**
 * Locks every skill the lists and norms will write (owners, entries, the entries stored now)
 * and `also`, in slug order (related/lock-skills), before writing any: as every write does
 * (src/writes/lock-nodes.ts), so a recompute beside live writes waits but never deadlocks.
 */
async function lockWritten(
  run: Run,
  lists: readonly ListRow[],
  norms: ReadonlyArray<{ slug: string }>,
  also: readonly string[] = [],
): Promise<void> {
  await lockSkillsInOrder(run, [...also, ...lists.flatMap((r) => [r.slug, ...r.entries.map((e) => e.slug)]), ...norms.map((n) => n.slug)]);
}

/**
 * The full recompute inside a transaction that holds the related-lists lock (a large
 * incremental update); `alsoLock`: skills the caller writes afterwards (the marks it clears).
 */
export async function recomputeIn(run: Run, alsoLock: readonly string[] = []): Promise<RecomputeReport> {
  const { lists, norms, report } = await planRecompute(run);
  const started = performance.now();
  await lockWritten(run, lists, norms, alsoLock);
  await writeNorms(run, norms);
  await writeLists(run, lists, K, dbNow());
  await markCurrent(run);
  return { ...report, writeMs: performance.now() - started };
}

/**
 * The full recompute for a graph nothing else writes to (the benchmark's generator):
 * read with auto-commit reads, each statement's lists written in a transaction of its
 * own, so millions of relationships never sit in one transaction's memory. No lock and
 * not all or nothing: never use it where mutations may run.
 */
export async function recomputeInChunks(db: QueryRunner): Promise<RecomputeReport> {
  const { lists, norms, report } = await planRecompute((statement, params) => db.read(statement, params));
  const started = performance.now();
  const inOwnTransaction: Run = (statement, params) => db.transaction((tx) => tx.run(statement, params), { name: 'recomputeRelated' });
  await writeLists(inOwnTransaction, lists, K, dbNow());
  await writeNorms(inOwnTransaction, norms);
  await markCurrent(inOwnTransaction);
  return { ...report, writeMs: performance.now() - started };
}

/** One line for logs and the CLI. */
export function describeRecompute(r: RecomputeReport): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return (
    `related skills: ${r.skills} skills, ${r.incidences} feature incidences; ${r.written} lists changed and written; ` +
    `read ${s(r.readMs)}, compute ${s(r.computeMs)}, write ${s(r.writeMs)}`
  );
}
