import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../../src/db/query-runner';
import { applySchema } from '../../src/db/schema-setup';
import { describeRecompute, recomputeInChunks } from '../../src/related/recompute-related';
import { contentHash } from '../../src/writes/graph-batch';
import { benchCypher } from '../support/bench-cypher';
import { linkGroups, nodeGroups } from './shape';
import { SIZES, type SizeName } from './sizes';

/** Rows per UNWIND statement (each its own transaction). */
const BATCH = 10_000;

export interface Dataset {
  size: string;
  seed: number;
  nodes: number;
  relationships: number;
  generatedAt: string;
}

export interface GenerateReport {
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

const Q = {
  countAll: benchCypher('generate/count-all'),
  wipe: benchCypher('generate/wipe-batch'),
  slugIndexes: benchCypher('generate/slug-indexes'),
  itemIndex: benchCypher('generate/item-slug-index'),
  writeMarker: benchCypher('generate/write-marker'),
  readMarker: benchCypher('generate/read-marker'),
};

export async function graphTotals(db: QueryRunner): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(Q.countAll);
  return row;
}

/** The generated dataset the graph holds, or null (seed data, empty, or hand-made). */
export async function readDataset(db: QueryRunner): Promise<Dataset | null> {
  const [row] = await db.read<Dataset>(Q.readMarker);
  return row ?? null;
}

/** Deletes every node and relationship, in bounded transactions. */
export async function wipeGraph(db: QueryRunner): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write<{ deleted: number }>(Q.wipe, { batch: 5_000 });
    if (row.deleted === 0) return total;
    total += row.deleted;
  }
}

function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Loads the generated graph of `size` into an EMPTY graph (the caller wipes and
 * checks): schema first, then nodes and relationships in UNWIND batches, then every
 * skill's related list (src/related/).
 */
export async function generateInto(
  db: QueryRunner,
  sizeName: SizeName,
  seed: number,
  log: (line: string) => void,
): Promise<GenerateReport> {
  const spec = SIZES[sizeName];
  const source = `generated:skillgraph-bench size=${sizeName} seed=${seed}`;
  await applySchema(db);
  const indexed = new Set((await db.read<{ label: string }>(Q.slugIndexes)).map((r) => r.label));
  if (!indexed.has('FrameworkItem')) await db.write(Q.itemIndex);
  await db.write(benchCypher('generate/await-indexes'));

  const now = neo4j.types.DateTime.fromStandardDate(new Date());
  let nodes = 0;
  const nodeStart = performance.now();
  for (const group of nodeGroups(spec, seed, source)) {
    const statement = benchCypher('generate/create-nodes', { Label: group.label });
    const started = performance.now();
    const rows = (function* () {
      for (let i = 0; i < group.count; i++) {
        const row = group.row(i);
        yield { slug: row.slug, props: row.props, hash: contentHash(row.props) };
      }
    })();
    for (const batch of batches(rows, BATCH)) await db.write(statement, { rows: batch, now });
    nodes += group.count;
    log(`  ${group.label}: ${group.count} nodes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const nodeSeconds = (performance.now() - nodeStart) / 1000;

  let relationships = 0;
  const relStart = performance.now();
  for (const group of linkGroups(spec, seed, source)) {
    const statement = benchCypher('generate/create-links', { From: group.from, Type: group.type, To: group.to });
    const started = performance.now();
    let count = 0;
    for (const batch of batches(group.rows(), BATCH)) {
      const [row] = await db.write<{ created: number }>(statement, { rows: batch, now });
      if (row.created !== batch.length)
        throw new Error(`${group.from}-[:${group.type}]->${group.to}: ${batch.length - row.created} rows named a missing node`);
      count += row.created;
    }
    relationships += count;
    log(
      `  (${group.from})-[:${group.type}]->(${group.to}): ${count} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const relationshipSeconds = (performance.now() - relStart) / 1000;

  // skillgraph and the raw driver read precomputed related lists (S3), as after an import.
  const related = await recomputeInChunks(db);
  log(`  ${describeRecompute(related)}`);

  await db.write(Q.writeMarker, { size: sizeName, seed, nodes, relationships, now });
  return {
    nodes,
    relationships,
    nodeSeconds,
    relationshipSeconds,
    nodesPerSecond: nodes / nodeSeconds,
    relationshipsPerSecond: relationships / relationshipSeconds,
  };
}
