/**
 * `npm run related`: recomputes every skill's related list by hand (imports and
 * `npm start` do it themselves; mutations keep the lists current). Writes only the
 * lists that changed, and says how long reading, scoring and writing took.
 */
import { loadConfig } from '../config';
import { connectNeo4j } from '../db/connect';
import { QueryRunner } from '../db/query-runner';
import { createLogger } from '../logger';
import { describeRecompute, recomputeRelated } from './recompute-related';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const neo4j = await connectNeo4j(config, log);
  try {
    const db = new QueryRunner(neo4j.driver, { database: config.neo4j.database, metadata: { task: 'related' } });
    const started = performance.now();
    const report = await recomputeRelated(db, { timeoutMs: config.limits.importTimeoutMs });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(`${describeRecompute(report)}; ${seconds} s in all, commit included (${neo4j.uri})\n`);
  } finally {
    await neo4j.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`related failed: ${(err as Error).message}\n`);
  process.exit(1);
});
