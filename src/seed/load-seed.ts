import { dbNow } from '../db/now';
import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { markRelatedStale, recomputeRelated } from '../related/recompute-related';
import { batchSize, contentHash, type WriteCounts, writeGraphBatch } from '../writes/graph-batch';
import { planSeed } from './plan-seed';
import { readSeed, seedDir } from './read-seed';

/** The seed's slug in the data set ledger (import data sets have their own names). */
export const SEED_DATASET = 'seed';

const Q = { recordSeed: cypher('seed/record-seed') };

/**
 * Reads, checks and writes the seed data, and its ledger entry, in one transaction;
 * idempotent. Then recomputes the related-skill lists (unless `relatedSkills: false`,
 * for a caller that recomputes once after more imports).
 */
export async function loadSeed(
  db: QueryRunner,
  options: { dir?: string; onProgress?: (done: number, total: number) => void; relatedSkills?: boolean } = {},
): Promise<WriteCounts & { rows: number }> {
  const batch = planSeed(readSeed(options.dir ?? seedDir));
  const total = batchSize(batch);
  const now = dbNow();
  const counts = await db.transaction(async (tx) => {
    // First, so the related-lists lock comes before any node lock; the recompute after the load clears it.
    await markRelatedStale((statement, params) => tx.run(statement, params));
    const written = await writeGraphBatch(tx, batch, (done) => options.onProgress?.(done, total), now);
    await tx.run(Q.recordSeed, {
      slug: SEED_DATASET,
      name: 'skillgraph curated seed (data/seed)',
      version: contentHash({ batch }),
      source: 'data/seed',
      now,
    });
    return written;
  });
  if (options.relatedSkills !== false) await recomputeRelated(db);
  return { ...counts, rows: total };
}

/** One line for logs and the CLI. */
export function describeCounts(c: WriteCounts): string {
  return `${c.nodesCreated} nodes created, ${c.nodesUpdated} updated; ${c.relationshipsCreated} relationships created, ${c.relationshipsUpdated} updated`;
}
