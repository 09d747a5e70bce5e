import { cypherTemplate } from '../db/cypher';
import type { QueryRunner, TransactionRunner } from '../db/query-runner';
import { contentHash, writeGraphBatch } from './graph-batch';
import { mergeProps, type WritableLabel } from './node-props';
import { statusOf, type WriteStatus } from './write-status';

type PropsRow = { slug: string; props: Record<string, unknown> };

/** Stored properties of existing nodes by slug (absent slugs are missing from the map). */
export async function storedProps(
  tx: TransactionRunner,
  label: WritableLabel,
  slugs: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const rows = await tx.run<PropsRow>(cypherTemplate('mutation/node-props', { Label: label }), { slugs });
  return new Map(rows.map((r) => [r.slug, r.props]));
}

/**
 * Creates or updates one node by slug inside `tx`, keeping the fields the input leaves
 * out. Through graph-batch, so unchanged content is not rewritten and `createdAt` /
 * `updatedAt` behave as for the seed; an upsert that changes nothing writes nothing.
 * Returns the node's properties after the write.
 * Related lists store what skills share by key, not by name, so no write here touches them.
 */
export async function upsertNode(
  tx: TransactionRunner,
  label: WritableLabel,
  input: { slug: string } & Record<string, unknown>,
): Promise<{ status: WriteStatus; props: Record<string, unknown> }> {
  const stored = (await storedProps(tx, label, [input.slug])).get(input.slug) ?? null;
  const props = mergeProps(label, input, stored);
  // Nothing to change: no write, so no lock on the node and two statements fewer.
  if (stored && stored.contentHash === contentHash(props)) return { status: 'UNCHANGED', props: stored };
  const counts = await writeGraphBatch(tx, { nodes: [{ label, rows: [{ slug: input.slug, props }] }], links: [] });
  const after = (await storedProps(tx, label, [input.slug])).get(input.slug)!;
  return { status: statusOf(counts, 'node'), props: after };
}

/**
 * upsertNode for a write that changes one node and nothing else (a skill, a company): the
 * stored properties are read and compared outside any transaction, a change is one
 * auto-commit statement (QueryRunner.writeNow), and the node is read back after it. The
 * node's lock is then held for that statement alone; in a managed transaction it was held
 * across the read-back and until the client's COMMIT arrived, and under the soak's load
 * each of those round trips waited about 70-100 ms, with other writes to the node queued
 * behind. Concurrent upserts of one node behave as before: each merges the properties it
 * read, and the last write wins.
 */
export async function upsertNodeNow(
  db: QueryRunner,
  label: WritableLabel,
  input: { slug: string } & Record<string, unknown>,
  name: string,
): Promise<{ status: WriteStatus; props: Record<string, unknown> }> {
  const reader: TransactionRunner = { run: (statement, params) => db.read(statement, params) };
  const stored = (await storedProps(reader, label, [input.slug])).get(input.slug) ?? null;
  const props = mergeProps(label, input, stored);
  if (stored && stored.contentHash === contentHash(props)) return { status: 'UNCHANGED', props: stored };
  const writer: TransactionRunner = { run: (statement, params) => db.writeNow(statement, params, { name }) };
  const counts = await writeGraphBatch(writer, { nodes: [{ label, rows: [{ slug: input.slug, props }] }], links: [] });
  // Deleted again by another request in between: answer with what this write stored.
  const after = (await storedProps(reader, label, [input.slug])).get(input.slug) ?? { ...props, slug: input.slug };
  return { status: statusOf(counts, 'node'), props: after };
}
