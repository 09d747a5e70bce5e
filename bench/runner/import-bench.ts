import type { QueryRunner } from '../../src/db/query-runner';
import { writeGraphBatch, type GraphBatch, type LinkRow, type NodeRow } from '../../src/writes/graph-batch';
import { benchCypher } from '../support/bench-cypher';

/**
 * S6: bulk import of N nodes and 2N relationships, through skillgraph's writer
 * (src/writes/graph-batch.ts: content-hash upsert, merge of relationships) and through
 * plain hand-written UNWIND MERGE batches. Both run through the same QueryRunner, in
 * transactions of the same size, into the same database; the imported nodes (slugs
 * under a prefix) are deleted after each run.
 */
export interface ImportResult {
  way: 'writer' | 'plain';
  nodes: number;
  relationships: number;
  seconds: number;
  rowsPerSecond: number;
}

/** Rows per transaction, for both ways (the writer splits them into its own statements). */
const TX_ROWS = 100_000;
/** Rows per statement for the plain way. */
const PLAIN_BATCH = 10_000;

/** Half Skills, half Resources; each skill requires up to two earlier skills, each resource teaches two skills. */
function* nodeRows(prefix: string, n: number): Generator<{ label: 'Skill' | 'Resource'; row: NodeRow }> {
  const half = Math.floor(n / 2);
  for (let i = 0; i < half; i++) {
    yield {
      label: 'Skill',
      row: {
        slug: `${prefix}s-${i}`,
        props: { name: `Imported skill ${i}`, level: 'INTERMEDIATE', demandRank: i + 1, aliases: [], source: 'bench:s6' },
      },
    };
  }
  for (let i = 0; i < n - half; i++) {
    yield {
      label: 'Resource',
      row: {
        slug: `${prefix}r-${i}`,
        props: { name: `Imported resource ${i}`, title: `Imported resource ${i}`, kind: 'ARTICLE', year: 2024, source: 'bench:s6' },
      },
    };
  }
}

function* linkRows(prefix: string, n: number): Generator<{ type: 'REQUIRES' | 'TEACHES'; row: LinkRow }> {
  const half = Math.floor(n / 2);
  for (let i = 1; i < half; i++) {
    yield { type: 'REQUIRES', row: { from: `${prefix}s-${i}`, to: `${prefix}s-${i - 1}`, source: 'bench:s6' } };
    if (i > 1) yield { type: 'REQUIRES', row: { from: `${prefix}s-${i}`, to: `${prefix}s-${(i * 7919) % (i - 1)}`, source: 'bench:s6' } };
  }
  for (let i = 0; i < n - half; i++) {
    yield { type: 'TEACHES', row: { from: `${prefix}r-${i}`, to: `${prefix}s-${i % half}`, source: 'bench:s6' } };
    yield { type: 'TEACHES', row: { from: `${prefix}r-${i}`, to: `${prefix}s-${(i * 31 + 1) % half}`, source: 'bench:s6' } };
  }
}

function* inGroups<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let group: T[] = [];
  for (const r of rows) {
    group.push(r);
    if (group.length === size) {
      yield group;
      group = [];
    }
  }
  if (group.length) yield group;
}

const LINK_ENDS = { REQUIRES: ['Skill', 'Skill'], TEACHES: ['Resource', 'Skill'] } as const;

async function writeWay(
  db: QueryRunner,
  way: 'writer' | 'plain',
  nodeGroups: Iterable<Array<{ label: 'Skill' | 'Resource'; row: NodeRow }>>,
  linkGroups: Iterable<Array<{ type: 'REQUIRES' | 'TEACHES'; row: LinkRow }>>,
) {
  let nodes = 0;
  let relationships = 0;
  for (const group of nodeGroups) {
    const byLabel = (label: 'Skill' | 'Resource') => group.filter((g) => g.label === label).map((g) => g.row);
    const parts = (['Skill', 'Resource'] as const).map((label) => ({ label, rows: byLabel(label) })).filter((p) => p.rows.length);
    if (way === 'writer') {
      await db.transaction((tx) => writeGraphBatch(tx, { nodes: parts, links: [] }));
    } else {
      await db.transaction(async (tx) => {
        for (const p of parts)
          for (const rows of inGroups(p.rows, PLAIN_BATCH)) await tx.run(benchCypher('import/plain-nodes', { Label: p.label }), { rows });
      });
    }
    nodes += group.length;
  }
  for (const group of linkGroups) {
    const links: GraphBatch['links'] = (['REQUIRES', 'TEACHES'] as const)
      .map((type) => ({
        from: LINK_ENDS[type][0],
        type,
        to: LINK_ENDS[type][1],
        rows: group.filter((g) => g.type === type).map((g) => g.row),
      }))
      .filter((l) => l.rows.length);
    if (way === 'writer') {
      await db.transaction((tx) => writeGraphBatch(tx, { nodes: [], links }));
    } else {
      await db.transaction(async (tx) => {
        for (const l of links)
          for (const rows of inGroups(l.rows, PLAIN_BATCH))
            await tx.run(benchCypher('import/plain-links', { From: l.from, Type: l.type, To: l.to }), { rows });
      });
    }
    relationships += group.length;
  }
  return { nodes, relationships };
}

async function cleanUp(db: QueryRunner, prefix: string): Promise<void> {
  for (const label of ['Resource', 'Skill']) {
    for (;;) {
      const [row] = await db.write<{ deleted: number }>(benchCypher('import/delete-batch', { Label: label }), { prefix, batch: 10_000 });
      if (row.deleted === 0) break;
    }
  }
}

/** Imports `n` nodes and about 2n relationships one way, times it, then deletes them again. */
export async function importOnce(db: QueryRunner, way: 'writer' | 'plain', n: number): Promise<ImportResult> {
  const prefix = `bench-s6-${way}-`;
  await cleanUp(db, prefix);
  const started = performance.now();
  const counts = await writeWay(db, way, inGroups(nodeRows(prefix, n), TX_ROWS), inGroups(linkRows(prefix, n), TX_ROWS));
  const seconds = (performance.now() - started) / 1000;
  await cleanUp(db, prefix);
  return { way, ...counts, seconds, rowsPerSecond: (counts.nodes + counts.relationships) / seconds };
}
