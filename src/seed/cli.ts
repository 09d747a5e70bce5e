/**
 * `npm run seed`: loads data/seed into Neo4j (idempotent: a second run changes nothing).
 */
import { loadConfig } from '../config';
import { connectNeo4j } from '../db/connect';
import { QueryRunner } from '../db/query-runner';
import { applySchema } from '../db/schema-setup';
import { createLogger } from '../logger';
import { describeCounts, loadSeed } from './load-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const neo4j = await connectNeo4j(config, log);
  try {
    const db = new QueryRunner(neo4j.driver, { database: config.neo4j.database, metadata: { task: 'seed' } });
    await applySchema(db);
    const counts = await loadSeed(db);
    process.stdout.write(`seed: ${counts.rows} rows checked; ${describeCounts(counts)} (${neo4j.uri})\n`);
  } finally {
    await neo4j.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`seed failed: ${(err as Error).message}\n`);
  process.exit(1);
});
