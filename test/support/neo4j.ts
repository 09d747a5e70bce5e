import { createDriver, type Driver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import { testConfig } from './test-config';

/** A driver to the test Neo4j (set up by the global setup). Close it in afterAll. */
export function testDriver(): Driver {
  const config = testConfig();
  return createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password });
}

export function testRunner(driver: Driver): QueryRunner {
  return new QueryRunner(driver, { database: testConfig().neo4j.database, metadata: { task: 'test' } });
}

/** Runs raw Cypher for test setup and assertions only (never in src/). */
export async function rawCypher<T = Record<string, unknown>>(
  driver: Driver,
  text: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await driver.executeQuery(text, params, { database: testConfig().neo4j.database });
  return result.records.map((r) => r.toObject() as T);
}
