import { cypher } from '../db/cypher';
import type { QueryRunner, TransactionRunner } from '../db/query-runner';
import type { RelatedChange } from './maintain-related';
import { relatedChanged } from './related-worker';

const Q = { markDue: cypher('related/mark-due') };

/**
 * Inside a write's transaction: marks the skills whose related lists the write makes due
 * (cypher/related/mark-due). The lists are updated after commit by the related-lists
 * worker, so a write takes no global lock and never waits on list maintenance.
 */
export class RelatedMarks {
  marked = false;

  constructor(private readonly tx: TransactionRunner) {}

  async mark(change: RelatedChange): Promise<void> {
    // In slug order: the mark locks each skill it has not locked yet, in the order of src/writes/lock-nodes.ts.
    const slugs = [...new Set([...(change.changed ?? []), ...(change.listers ?? [])])].sort();
    if (slugs.length === 0) return;
    await this.tx.run(Q.markDue, { slugs });
    this.marked = true;
  }
}

/**
 * One write transaction that may mark lists due; after it commits, the process's
 * related-lists worker is woken (other processes' workers find the marks by polling).
 */
export async function writeMarkingRelated<T>(
  db: QueryRunner,
  name: string,
  work: (tx: TransactionRunner, marks: RelatedMarks) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  let marked = false;
  const result = await db.transaction(
    async (tx) => {
      const marks = new RelatedMarks(tx);
      const out = await work(tx, marks);
      marked = marks.marked;
      return out;
    },
    { name, timeoutMs: options.timeoutMs },
  );
  if (marked) relatedChanged();
  return result;
}
