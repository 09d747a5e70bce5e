import { allStatementNames, cypher } from './cypher';
import type { QueryRunner } from './query-runner';

/**
 * Applies every constraint and index under cypher/schema/ (each `IF NOT EXISTS`, so
 * this is idempotent) in file-name order, then waits until indexes are online.
 */
export async function applySchema(db: QueryRunner): Promise<number> {
  const names = allStatementNames('schema');
  for (const name of names) await db.write(cypher(name));
  await db.write(cypher('meta/await-indexes'));
  return names.length;
}
