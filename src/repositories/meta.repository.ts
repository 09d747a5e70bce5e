import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { SEED_DATASET } from '../seed/load-seed';

const Q = { seedLoaded: cypher('meta/seed-loaded') };

/** True once the curated seed has been loaded (boot loads it only while this is false). */
export async function seedLoaded(db: QueryRunner): Promise<boolean> {
  const [row] = await db.read<{ loaded: boolean }>(Q.seedLoaded, { seed: SEED_DATASET });
  return row.loaded;
}
