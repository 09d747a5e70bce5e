/**
 * `npm run generate -- --size S|M|L [--seed n] [--wipe]`: replaces the graph in the
 * configured Neo4j (NEO4J_URI, else the local one) with a deterministic synthetic
 * graph for the benchmark. A graph that holds anything is wiped only with --wipe.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config';
import { connectNeo4j } from '../../src/db/connect';
import { QueryRunner } from '../../src/db/query-runner';
import { createLogger } from '../../src/logger';
import { generateInto, graphTotals, wipeGraph } from './load';
import { isSizeName } from './sizes';

const usage = 'usage: npm run generate -- --size S|M|L [--seed 42] [--wipe]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, seed: { type: 'string', default: '42' }, wipe: { type: 'boolean', default: false } },
  });
  const size = (values.size ?? '').toUpperCase();
  const seed = Number(values.seed);
  if (!isSizeName(size) || !Number.isSafeInteger(seed)) throw new Error(usage);

  const config = loadConfig();
  const neo4j = await connectNeo4j(config, createLogger('warn'));
  try {
    const db = new QueryRunner(neo4j.driver, { database: config.neo4j.database, metadata: { task: 'generate' } });
    const before = await graphTotals(db);
    if (before.nodes > 0) {
      if (!values.wipe) {
        throw new Error(
          `${neo4j.uri} (database ${config.neo4j.database}) holds ${before.nodes} nodes and ${before.relationships} relationships.\n` +
            `Generating replaces ALL of it. Run again with --wipe to delete it first.`,
        );
      }
      process.stdout.write(`wiping ${before.nodes} nodes and ${before.relationships} relationships from ${neo4j.uri}...\n`);
      await wipeGraph(db);
    }
    process.stdout.write(`generating size ${size} (seed ${seed}) into ${neo4j.uri}\n`);
    const r = await generateInto(db, size, seed, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(
      `generated ${r.nodes} nodes in ${r.nodeSeconds.toFixed(1)} s (${Math.round(r.nodesPerSecond)} nodes/s), ` +
        `${r.relationships} relationships in ${r.relationshipSeconds.toFixed(1)} s (${Math.round(r.relationshipsPerSecond)} relationships/s)\n`,
    );
  } finally {
    await neo4j.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`generate failed: ${(err as Error).message}\n`);
  process.exit(1);
});
