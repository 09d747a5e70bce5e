import type { Driver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import { applySchema } from '../../src/db/schema-setup';
import { importDataDir } from '../../src/import/import-all';
import { loadSeed } from '../../src/seed/load-seed';
import { rawCypher, testDriver } from './neo4j';
import { dataDir } from './shared-data';
import { testConfig } from './test-config';

/**
 * What every test file may assume of the shared graph: how many nodes of each label and
 * relationships of each type, and which version of each data set. Left out: RELATED_TO (the
 * related-skill lists are derived, and a recompute may store a different number of ties than
 * incremental maintenance did, for the same graph) and WriteLock (bookkeeping nodes that
 * writes create on first use).
 */
export interface GraphCensus {
  labels: Record<string, number>;
  types: Record<string, number>;
  datasets: Record<string, string | null>;
}

export async function graphCensus(driver: Driver): Promise<GraphCensus> {
  const [row] = await rawCypher<{ labels: Array<[string, unknown]>; types: Array<[string, unknown]>; datasets: Array<[string, unknown]> }>(
    driver,
    `CALL () { MATCH (n WHERE NOT n:WriteLock) UNWIND labels(n) AS label WITH label, count(*) AS n ORDER BY label RETURN collect([label, n]) AS labels }
     CALL () { MATCH ()-[r WHERE NOT r:RELATED_TO]->() WITH type(r) AS type, count(*) AS n ORDER BY type RETURN collect([type, n]) AS types }
     CALL () { MATCH (d:Dataset) WITH d ORDER BY d.slug RETURN collect([d.slug, d.version]) AS datasets }
     RETURN labels, types, datasets`,
  );
  const numbers = (pairs: Array<[string, unknown]>) => Object.fromEntries(pairs.map(([k, v]) => [k, Number(v)]));
  return {
    labels: numbers(row.labels),
    types: numbers(row.types),
    datasets: Object.fromEntries(row.datasets.map(([k, v]) => [k, v === null ? null : String(v)])),
  };
}

/**
 * Rebuilds the graph the global setup loads (test/support/global-setup.ts), in place:
 * the schema, the seed, then every public data set imported again from the publishers'
 * files (idempotent: unchanged items are left as they are) and the related-skill lists
 * recomputed. Fixtures of other files (their own prefixes) are not touched.
 */
export async function restoreSharedGraph(driver: Driver): Promise<void> {
  const db = new QueryRunner(driver, { database: testConfig().neo4j.database, metadata: { task: 'test-restore' } });
  await applySchema(db);
  await loadSeed(db);
  // force: a file older than the version a failed test left; prune: items a test's file added.
  await importDataDir(db, dataDir, { force: true, prune: true });
}

const describeChange = (before: GraphCensus, after: GraphCensus): string[] => {
  const out: string[] = [];
  for (const part of ['labels', 'types', 'datasets'] as const) {
    const keys = new Set([...Object.keys(before[part]), ...Object.keys(after[part])]);
    for (const k of keys) {
      if (before[part][k] !== after[part][k]) out.push(`${part}.${k}: ${before[part][k] ?? 'none'} -> ${after[part][k] ?? 'none'}`);
    }
  }
  return out;
};

/**
 * For a test file that wipes or rewrites the shared graph (the seed, the importers, the
 * CLI): call once at the top level of the file. Its `beforeAll` takes the census of the
 * graph the file starts from; its `afterAll`, which runs after every hook of the file's
 * describe blocks (their own put-backs included), takes it again and, if anything differs,
 * restores the shared graph (`restoreSharedGraph`) and checks once more. The file fails,
 * naming every difference, if the graph could not be put back: so a file that breaks the
 * graph is the one that fails, not the files after it.
 *
 * These files also run last in a run (test/support/sequencer.js), so that even a restore
 * that fails leaves the other files their graph.
 */
export function guardSharedGraph(): void {
  let driver: Driver;
  let before: GraphCensus;
  beforeAll(async () => {
    driver = testDriver();
    before = await graphCensus(driver);
  });
  afterAll(async () => {
    try {
      const changed = describeChange(before, await graphCensus(driver));
      if (changed.length === 0) return;
      process.stderr.write(`${expect.getState().testPath}: left the shared graph changed (${changed.join(', ')}); restoring it\n`);
      await restoreSharedGraph(driver);
      const left = describeChange(before, await graphCensus(driver));
      if (left.length > 0) throw new Error(`the shared graph could not be put back as this file found it:\n  ${left.join('\n  ')}`);
    } finally {
      await driver.close();
    }
  }, 600_000);
}
