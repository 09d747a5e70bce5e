import { localNeo4j } from '../../src/local-neo4j/local-neo4j';
import { createDriver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import { applySchema } from '../../src/db/schema-setup';
import { importDataDir } from '../../src/import/import-all';
import { loadSeed } from '../../src/seed/load-seed';
import { testConfig } from './test-config';

/**
 * Before any test: a real Neo4j (NEO4J_URI, else the local one, started if needed
 * and stopped again by the teardown), with the schema applied, the seed loaded and
 * the public data sets of ../shared/data imported (as `npm start` does), so every
 * test runs against the graph users get.
 */
export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  if (!config.neo4j.uri) {
    const local = localNeo4j(config);
    const { started } = await local.start((line) => process.stderr.write(`${line}\n`));
    (globalThis as Record<string, unknown>).__stopLocalNeo4j = started ? () => local.stop() : null;
    process.env.NEO4J_URI = local.uri;
  }
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: config.neo4j.user, password: config.neo4j.password });
  try {
    const db = new QueryRunner(driver, { database: config.neo4j.database });
    await applySchema(db);
    await loadSeed(db);
    if (!config.dataDir) throw new Error('the public data sets (../shared/data or SKILLGRAPH_DATA_DIR) are needed by the tests');
    await importDataDir(db, config.dataDir);
  } finally {
    await driver.close();
  }
}
