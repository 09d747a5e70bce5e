import { cypherTemplate } from '../db/cypher';
import type { TransactionRunner } from '../db/query-runner';
import { renamedNodes, willRename } from '../related/related-change';
import type { RelatedMaintenance } from '../related/maintain-related';
import { writeGraphBatch } from './graph-batch';
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
 * `updatedAt` behave as for the seed. Returns the node's properties after the write.
 * A rename of a node whose name shows in related-skill reasons updates those lists
 * through `related`, which locks before the write when the input renames.
 */
export async function upsertNode(
  tx: TransactionRunner,
  label: WritableLabel,
  input: { slug: string } & Record<string, unknown>,
  related?: RelatedMaintenance,
): Promise<{ status: WriteStatus; props: Record<string, unknown> }> {
  const stored = (await storedProps(tx, label, [input.slug])).get(input.slug) ?? null;
  if (related && willRename(label, stored, input)) await related.lock();
  const props = mergeProps(label, input, stored);
  const counts = await writeGraphBatch(tx, { nodes: [{ label, rows: [{ slug: input.slug, props }] }], links: [] });
  const after = (await storedProps(tx, label, [input.slug])).get(input.slug)!;
  const renamed = stored && stored.name !== after.name ? renamedNodes(label, [input.slug]) : null;
  if (related && renamed) await related.apply({ renamed });
  return { status: statusOf(counts, 'node'), props: after };
}
