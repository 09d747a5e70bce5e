import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../../src/db/query-runner';
import { applySchema } from '../../src/db/schema-setup';
import { importDataDir } from '../../src/import/import-all';
import { loadSeed } from '../../src/seed/load-seed';
import { graphTotals } from '../generate/load';
import { benchCypher } from '../support/bench-cypher';

/**
 * The real graph (S7): what `npm start` builds on an empty Neo4j, nothing generated:
 * the seed, then every public data set of `dataDir` (frameworks, crosswalks, Metacademy,
 * O*NET), then every skill's related list. The marker says `size: real` so the bench
 * knows what it measures and notices when the graph changed.
 */
export async function loadRealData(
  db: QueryRunner,
  dataDir: string,
  log: (line: string) => void,
): Promise<{ nodes: number; relationships: number }> {
  await applySchema(db);
  const seeded = await loadSeed(db, { relatedSkills: false });
  log(`  seed: ${seeded.nodesCreated} nodes, ${seeded.relationshipsCreated} relationships`);
  const { reports, skipped } = await importDataDir(db, dataDir, {
    onReport: (r) => log(`  ${r.dataset}: ${r.nodesCreated} nodes, ${r.relationshipsCreated} relationships, ${(r.ms / 1000).toFixed(1)} s`),
  });
  if (skipped.length > 0) throw new Error(`the real graph needs every data set; not found: ${skipped.join(', ')}`);
  if (!reports.some((r) => r.dataset === 'onet')) throw new Error(`no O*NET release under ${dataDir}/skills`);
  const totals = await graphTotals(db);
  await db.write(benchCypher('generate/write-marker'), {
    size: 'real',
    seed: 0,
    nodes: totals.nodes,
    relationships: totals.relationships,
    now: neo4j.types.DateTime.fromStandardDate(new Date()),
  });
  return totals;
}
