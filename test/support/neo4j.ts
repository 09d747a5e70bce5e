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

/** Everything about the graph a write could change: counts and the newest write (equal before and after = nothing written). */
export async function graphFingerprint(driver: Driver): Promise<{ nodes: number; rels: number; nodeWrite: unknown; relWrite: unknown }> {
  const [r] = await rawCypher(
    driver,
    `CALL () { MATCH (n) RETURN count(n) AS nodes, max(n.updatedAt) AS nodeWrite }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, max(r.updatedAt) AS relWrite }
     RETURN nodes, rels, toString(nodeWrite) AS nodeWrite, toString(relWrite) AS relWrite`,
  );
  return { nodes: Number(r.nodes), rels: Number(r.rels), nodeWrite: r.nodeWrite, relWrite: r.relWrite };
}

/**
 * Removes a test's fixtures: every node whose slug or code starts with `prefix` (from
 * `uniquePrefix`, so never the seed's or another file's), with its relationships.
 */
export async function removePrefixed(driver: Driver, prefix: string): Promise<void> {
  if (!prefix.startsWith('t-')) throw new Error(`removePrefixed: "${prefix}" is not a test prefix (t-...), refusing to delete`);
  await rawCypher(driver, 'MATCH (n) WHERE n.slug STARTS WITH $prefix OR n.code STARTS WITH $prefix DETACH DELETE n', { prefix });
}
