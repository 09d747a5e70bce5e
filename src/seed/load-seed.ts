import type { QueryRunner } from '../db/query-runner';
import { batchSize, type WriteCounts, writeGraphBatch } from '../writes/graph-batch';
import { planSeed } from './plan-seed';
import { readSeed, seedDir } from './read-seed';

/** Reads, checks and writes the seed data in one transaction; idempotent. */
export async function loadSeed(
  db: QueryRunner,
  options: { dir?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<WriteCounts & { rows: number }> {
  const batch = planSeed(readSeed(options.dir ?? seedDir));
  const total = batchSize(batch);
  const counts = await db.transaction((tx) => writeGraphBatch(tx, batch, (done) => options.onProgress?.(done, total)));
  return { ...counts, rows: total };
}

/** One line for logs and the CLI. */
export function describeCounts(c: WriteCounts): string {
  return `${c.nodesCreated} nodes created, ${c.nodesUpdated} updated; ${c.relationshipsCreated} relationships created, ${c.relationshipsUpdated} updated`;
}
