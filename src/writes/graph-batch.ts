import { createHash } from 'node:crypto';
import { dbNow } from '../db/now';
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
  /**
   * Every source stating the relationship when several do, `source` first: stored as
   * `sources`, and removed again when only one does (readers take `[source]` then).
   */
  sources?: string[];
  /** Extra relationship properties (confidence, a procedure step, ...); rewritten only when changed. */
  props?: Record<string, unknown>;
  /** Tells parallel relationships apart; required in `keyed` groups. */
  key?: string;
}

export interface NodeGroup {
  label: NodeLabel;
  rows: NodeRow[];
  /** Create missing nodes only; never rewrite existing ones (seed stubs of imported items). */
  createOnly?: boolean;
}

export interface LinkGroup {
  from: NodeLabel;
  type: RelationshipType;
  to: NodeLabel;
  rows: LinkRow[];
  /** Merge on `key` as well, so the same two nodes can hold several of these relationships. */
  keyed?: boolean;
  /** Create missing relationships only; never rewrite existing ones. */
  createOnly?: boolean;
}

export interface GraphBatch {
  nodes: NodeGroup[];
  links: LinkGroup[];
}

export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
}

/** Rows per UNWIND (as the plain baseline of bench S6): round trips amortised, a few MB of parameters. */
const CHUNK = 10_000;

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
 * anywhere rolls back everything). `onProgress` receives rows written so far;
 * `now` stamps createdAt/updatedAt (pass the caller's when it writes more in the same transaction).
 */
export async function writeGraphBatch(
  tx: TransactionRunner,
  batch: GraphBatch,
  onProgress: (rowsDone: number) => void = () => {},
  now = dbNow(),
): Promise<WriteCounts> {
  const counts: WriteCounts = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 };
  let done = 0;
  const pipe = new Pipeline();
  for (const { label, rows, createOnly } of batch.nodes) {
    const statement = cypherTemplate(createOnly ? 'seed/create-nodes' : 'seed/upsert-nodes', { Label: label });
    for (const chunk of chunks(rows)) {
      const payload = chunk.map((r) => ({ slug: r.slug, props: r.props, hash: contentHash(r.props) }));
      await pipe.add(tx.run<{ created: number; updated: number }>(statement, { rows: payload, now }), ([row]) => {
        counts.nodesCreated += row.created;
        counts.nodesUpdated += row.updated;
        onProgress((done += chunk.length));
      });
    }
  }
  for (const { from, type, to, rows, keyed, createOnly } of batch.links) {
    const name = createOnly ? 'seed/link-if-missing' : keyed ? 'seed/link-keyed' : 'seed/link';
    const statement = cypherTemplate(name, { From: from, Type: type, To: to });
    for (const chunk of chunks(rows)) {
      const payload = chunk.map((r) => ({ ...linkPayload(r), key: keyed ? requireKey(r, type) : null }));
      await pipe.add(tx.run<{ matched: number; created: number; updated: number }>(statement, { rows: payload, now }), ([row]) => {
        if (row.matched !== chunk.length) {
          // Endpoints are validated before writing; reaching this means the graph changed underneath.
          throw new Error(`${from}-[:${type}]->${to}: ${chunk.length - row.matched} relationship(s) name a missing node`);
        }
        counts.relationshipsCreated += row.created;
        counts.relationshipsUpdated += row.updated;
        onProgress((done += chunk.length));
      });
    }
  }
  await pipe.drain();
  return counts;
}

/**
 * Keeps one statement queued behind the one Neo4j is running (Bolt pipelining in the
 * transaction): the next chunk is built and sent while the previous one executes, so
 * the database does not sit idle between chunks. Results are handled in order; the
 * first failure fails the batch (and so its transaction).
 */
class Pipeline {
  private previous: Promise<void> = Promise.resolve();

  /** Queues `result`, then waits for the statement before it, so at most two are in flight. */
  async add<T>(result: Promise<T>, handle: (value: T) => void): Promise<void> {
    const settled = result.then(handle);
    // Awaited (and its failure reported) by the next add or by drain; until then, no unhandled rejection.
    settled.catch(() => {});
    const before = this.previous;
    this.previous = settled;
    await before;
  }

  drain(): Promise<void> {
    return this.previous;
  }
}

/** Props and their hash ('' for none, so plain seed edges stay hash-free). */
function linkPayload(r: LinkRow) {
  const props = r.props ?? {};
  const sources = r.sources && r.sources.length > 1 ? r.sources : null;
  return { from: r.from, to: r.to, source: r.source, sources, props, hash: Object.keys(props).length > 0 ? contentHash(props) : '' };
}

function requireKey(r: LinkRow, type: RelationshipType): string {
  if (r.key === undefined) throw new Error(`${type} ${r.from} -> ${r.to}: a keyed relationship needs a key`);
  return r.key;
}

/** Total rows in a batch (for progress bars). */
export function batchSize(batch: GraphBatch): number {
  return batch.nodes.reduce((n, g) => n + g.rows.length, 0) + batch.links.reduce((n, g) => n + g.rows.length, 0);
}
