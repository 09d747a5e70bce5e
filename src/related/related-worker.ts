import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import type { Logger } from '../logger';
import { RelatedMaintenance } from './maintain-related';

const Q = { due: cypher('related/due'), clearDue: cypher('related/clear-due') };

/** Skills per round: more than maintain-related's FULL_ABOVE make the round one full recompute anyway. */
const ROUND_LIMIT = 1000;

/** How often the worker looks for marks it was not told of (another replica's writes, a crash's leftovers). */
const POLL_MS = 5000;

/** The process's running workers (one in the server): woken after a write commits marks. */
const workers = new Set<RelatedWorker>();

/** Wakes this process's related-lists worker, if one runs: a write just committed marks. */
export function relatedChanged(): void {
  for (const worker of workers) worker.notify();
}

/**
 * Keeps the related lists current after writes, off the request path. Writes mark the
 * skills whose features they changed (related-marks.ts) in their own transaction; this
 * worker, one per process, takes every mark in one round: under the related-lists lock it
 * applies them all as one change (the incremental update of maintain-related.ts, which is
 * exact for any set of changed skills) and clears the marks it saw, in one transaction.
 * Writes that commit meanwhile leave marks for the next round, so concurrent writes
 * coalesce into few rounds, and the lists are exact again once no mark is left. Marks
 * live in the graph: a crash or a shutdown mid-way loses none, the next start (or another
 * replica's poll) finishes them.
 */
export class RelatedWorker {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private lastError: Error | null = null;
  /** Ends a pause between rounds early (stop). */
  private wake: (() => void) | null = null;

  constructor(
    private readonly db: QueryRunner,
    private readonly log?: Logger,
    private readonly options: { pauseMs?: number } = {},
  ) {}

  /** Starts as the process's worker: a first round for marks left from before, then on every write and every POLL_MS. */
  start(): this {
    workers.add(this);
    this.timer = setInterval(() => this.notify(), POLL_MS).unref();
    this.notify();
    return this;
  }

  notify(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when no mark is left (tests, shutdown); rethrows a failed round's error. */
  async drain(): Promise<void> {
    this.lastError = null;
    this.notify();
    while (this.running) await this.running;
    if (!this.stopped && (await this.round()) > 0) return this.drain();
    if (this.lastError) throw this.lastError;
  }

  /** Stops taking rounds and waits for the one under way; marks left stay for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.wake?.();
    workers.delete(this);
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        while (!this.stopped && (await this.round()) > 0) {
          // Writes are still marking skills: let marks gather for pauseMs, so that under a
          // steady stream of writes the rounds (each holding its skills' locks until it
          // commits) come at most once per pause, each taking more marks. A lone write
          // still gets its round at once. Soak, 70/30 mix at 50 connections: upserts over
          // 1 s 106 -> 76, new prerequisites over 1 s 23 -> 6, with a 1 s pause.
          if ((this.options.pauseMs ?? 0) > 0 && !this.stopped && (await this.anyDue())) await this.pause();
        }
      } while (this.again && !this.stopped);
    } catch (err) {
      // Marks stay: the next write or poll retries.
      this.lastError = err as Error;
      this.log?.warn({ err: (err as Error).message }, 'related lists: update failed; retrying at the next write or poll');
    }
  }

  /** Whether any skill is marked due (one index seek): a round or a pause only when so. */
  private async anyDue(): Promise<boolean> {
    return (await this.db.read<{ slug: string }>(Q.due, { limit: 1 })).length > 0;
  }

  /** Waits pauseMs, or less if the worker is stopped meanwhile. */
  private pause(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      setTimeout(resolve, this.options.pauseMs).unref();
    });
  }

  /** One round: every mark (up to ROUND_LIMIT) applied and cleared in one transaction; returns how many. */
  async round(): Promise<number> {
    if (!(await this.anyDue())) return 0;
    const started = performance.now();
    const { due, report } = await this.db.transaction(
      async (tx) => {
        const maintenance = new RelatedMaintenance(tx);
        await maintenance.lock();
        const due = await tx.run<{ slug: string; seen: number }>(Q.due, { limit: ROUND_LIMIT });
        const report = await maintenance.apply({ changed: due.map((d) => d.slug) });
        await tx.run(Q.clearDue, { rows: due });
        return { due, report };
      },
      { name: 'maintainRelated' },
    );
    this.log?.debug({ ...report, due: due.length, ms: Math.round(performance.now() - started) }, 'related lists updated');
    return due.length;
  }
}
