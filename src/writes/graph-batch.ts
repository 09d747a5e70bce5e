import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { cypherTemplate } from '../db/cypher';
import type { TransactionRunner } from '../db/query-runner';
import type { NodeLabel, RelationshipType } from '../graph-vocabulary';

/**
 * A set of nodes and relationships to merge into the graph in one transaction:
 * what the seed loader (and later importers) produce. Nodes are keyed by slug and
 * rewritten only when their content changed; relationships are merged.
 */
export interface NodeRow {
  slug: string;
  /** Every property the node should have; null removes a property. */
  props: Record<string, unknown>;
}

export interface LinkRow {
  from: string;
  to: string;
  source: string;
}

export interface GraphBatch {
  nodes: Array<{ label: NodeLabel; rows: NodeRow[] }>;
  links: Array<{ from: NodeLabel; type: RelationshipType; to: NodeLabel; rows: LinkRow[] }>;
}

export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
}

/** Rows per UNWIND: big enough to amortise round trips, small enough for the heap. */
const CHUNK = 2_000;

/** A stable digest of a node's properties: equal content, equal hash. */
export function contentHash(props: Record<string, unknown>): string {
  const sorted = Object.keys(props)
    .sort()
    .map((k) => [k, props[k] ?? null]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('base64url').slice(0, 22);
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/**
 * Writes the batch through `tx` (the caller owns the transaction, so a failure
 * anywhere rolls back everything). `onProgress` receives rows written so far.
 */
export async function writeGraphBatch(
  tx: TransactionRunner,
  batch: GraphBatch,
  onProgress: (rowsDone: number) => void = () => {},
): Promise<WriteCounts> {
  const now = neo4j.types.DateTime.fromStandardDate(new Date());
  const counts: WriteCounts = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 };
  let done = 0;
  for (const { label, rows } of batch.nodes) {
    const statement = cypherTemplate('seed/upsert-nodes', { Label: label });
    for (const chunk of chunks(rows)) {
      const payload = chunk.map((r) => ({ slug: r.slug, props: r.props, hash: contentHash(r.props) }));
      const [row] = await tx.run<{ created: number; updated: number }>(statement, { rows: payload, now });
      counts.nodesCreated += row.created;
      counts.nodesUpdated += row.updated;
      onProgress((done += chunk.length));
    }
  }
  for (const { from, type, to, rows } of batch.links) {
    const statement = cypherTemplate('seed/link', { From: from, Type: type, To: to });
    for (const chunk of chunks(rows)) {
      const [row] = await tx.run<{ matched: number; created: number; updated: number }>(statement, { rows: chunk, now });
      if (row.matched !== chunk.length) {
        // Endpoints are validated before writing; reaching this means the graph changed underneath.
        throw new Error(`${from}-[:${type}]->${to}: ${chunk.length - row.matched} relationship(s) name a missing node`);
      }
      counts.relationshipsCreated += row.created;
      counts.relationshipsUpdated += row.updated;
      onProgress((done += chunk.length));
    }
  }
  return counts;
}

/** Total rows in a batch (for progress bars). */
export function batchSize(batch: GraphBatch): number {
  return batch.nodes.reduce((n, g) => n + g.rows.length, 0) + batch.links.reduce((n, g) => n + g.rows.length, 0);
}
