import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';

const Q = { hasData: cypher('meta/has-data'), counts: cypher('meta/counts') };

/** True once any skill exists (the seed is loaded only into an empty graph). */
export async function hasData(db: QueryRunner): Promise<boolean> {
  const [row] = await db.read<{ hasData: boolean }>(Q.hasData);
  return row.hasData;
}

export async function graphCounts(db: QueryRunner): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(Q.counts);
  return row;
}
