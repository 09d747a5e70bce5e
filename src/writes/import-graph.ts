import { cypher, cypherTemplate } from '../db/cypher';
import type { QueryRunner, TransactionRunner } from '../db/query-runner';
import { adjacencyOf, findCycle } from '../domain/find-cycle';
import { AppError, ErrorCode } from '../errors';
import type { NodeLabel } from '../graph-vocabulary';
import { type RelatedMarks, writeMarkingRelated } from '../related/related-marks';
import { skillsTouchedBy } from '../related/related-change';
import { writeGraphBatch, type WriteCounts } from './graph-batch';
import { type ImportGraphInput, type ImportPlan, planImport } from './import-plan';
import { lockNodes } from './lock-nodes';
import { mergeProps } from './node-props';
import { replaceProviders } from './resource-writes';
import { cycleDetected, lockPrerequisites } from './skill-writes';
import { storedProps } from './upsert-node';

const Q = { allPrerequisites: cypher('mutation/all-prerequisites') };

export interface ImportResult extends WriteCounts {
  dryRun: boolean;
  items: number;
  nodesUnchanged: number;
  relationshipsUnchanged: number;
}

/** Thrown inside the transaction to roll a dry run back once its counts are known. */
class DryRunDone extends Error {
  constructor(readonly counts: WriteCounts) {
    super('dry run');
  }
}

const UNKNOWN_SHOWN = 20;

/** Every slug the edges name outside the import must exist; lists those that do not. */
async function checkReferences(tx: TransactionRunner, plan: ImportPlan): Promise<void> {
  const unknown: string[] = [];
  for (const [label, slugs] of plan.references) {
    const [row] = await tx.run<{ found: string[] }>(cypherTemplate('mutation/existing-slugs', { Label: label }), { slugs: [...slugs] });
    const found = new Set(row.found);
    for (const slug of slugs) if (!found.has(slug)) unknown.push(`${label.toUpperCase()} ${slug}`);
  }
  if (unknown.length > 0) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `input.edges: ${unknown.length} reference(s) name no node in the import or the graph: ${unknown.slice(0, UNKNOWN_SHOWN).join(', ')}${unknown.length > UNKNOWN_SHOWN ? ', ...' : ''}`,
      { field: 'input.edges', unknown: unknown.slice(0, UNKNOWN_SHOWN) },
    );
  }
}

/** Under the prerequisite lock: the graph's REQUIRES edges plus the import's must stay acyclic. */
async function checkAcyclic(tx: TransactionRunner, plan: ImportPlan): Promise<void> {
  const requires = plan.links.find((l) => l.type === 'REQUIRES');
  if (!requires) return;
  await lockPrerequisites(tx);
  const existing = await tx.run<{ skill: string; requires: string }>(Q.allPrerequisites);
  const pairs = [...existing.map((e) => [e.skill, e.requires] as const), ...requires.rows.map((r) => [r.from, r.to] as const)];
  const cycle = findCycle(adjacencyOf(pairs));
  if (cycle) throw cycleDetected(cycle);
}

/**
 * Every node the plan writes or links, for lockNodes: taken before the prerequisite lock,
 * the order addPrerequisite takes them in. (A resource's old provider is not known here;
 * providers are written by resource writes alone.)
 */
function nodesWritten(plan: ImportPlan): Array<{ label: NodeLabel; slug: string }> {
  return [
    ...plan.nodes.flatMap(({ label, inputs }) => inputs.map((i) => ({ label, slug: i.slug }))),
    ...plan.links.flatMap((l) =>
      l.rows.flatMap((r) => [
        { label: l.from, slug: r.from },
        { label: l.to, slug: r.to },
      ]),
    ),
    ...plan.providers.flatMap((p) => [
      { label: 'Resource' as const, slug: p.resource },
      ...(p.provider === null ? [] : [{ label: 'Provider' as const, slug: p.provider }]),
    ]),
  ];
}

/**
 * Writes the plan. With `related` (not for a dry run) the skills whose edges the import
 * names are marked due, for the related-lists worker (renames change no list: lists
 * store keys, not names).
 */
async function write(
  tx: TransactionRunner,
  plan: ImportPlan,
  onProgress: (rows: number) => void,
  related: RelatedMarks | null,
): Promise<WriteCounts> {
  await checkReferences(tx, plan);
  await lockNodes(tx, nodesWritten(plan));
  await checkAcyclic(tx, plan);
  const nodes = [];
  for (const { label, inputs } of plan.nodes) {
    const stored = await storedProps(
      tx,
      label,
      inputs.map((i) => i.slug),
    );
    const rows = inputs.map((i) => ({ slug: i.slug, props: mergeProps(label, i, stored.get(i.slug) ?? null) }));
    nodes.push({ label, rows });
  }
  const counts = await writeGraphBatch(tx, { nodes, links: [] }, onProgress);
  const nodeRows = nodes.reduce((n, l) => n + l.rows.length, 0);
  const providers = await replaceProviders(
    tx,
    plan.providers.map((p) => ({ ...p, source: p.source ?? 'curated' })),
  );
  const links = await writeGraphBatch(tx, { nodes: [], links: plan.links }, (done) => onProgress(nodeRows + done));
  // Every skill an edge names, whether or not the edge was new: an update is exact either way.
  const changed = plan.links.flatMap((l) =>
    l.rows.flatMap((r) => skillsTouchedBy({ label: l.from, slug: r.from }, l.type, { label: l.to, slug: r.to })),
  );
  await related?.mark({ changed });
  return {
    nodesCreated: counts.nodesCreated,
    nodesUpdated: counts.nodesUpdated,
    relationshipsCreated: links.relationshipsCreated + providers.created,
    relationshipsUpdated: links.relationshipsUpdated + providers.updated,
  };
}

/**
 * A bulk import in one transaction: all or nothing. Checked in full before the first
 * write (planImport), then references and cycles against the graph inside the
 * transaction. A dry run does everything and rolls back, so its counts are exact.
 */
export async function importGraph(
  db: QueryRunner,
  input: ImportGraphInput & { dryRun?: boolean | null },
  options: { timeoutMs?: number; onProgress?: (rows: number) => void } = {},
): Promise<ImportResult> {
  const plan = planImport(input);
  const dryRun = input.dryRun === true;
  let counts: WriteCounts;
  try {
    counts = await writeMarkingRelated(
      db,
      'importGraph',
      async (tx, marks) => {
        const written = await write(tx, plan, options.onProgress ?? (() => {}), dryRun ? null : marks);
        if (dryRun) throw new DryRunDone(written);
        return written;
      },
      { timeoutMs: options.timeoutMs },
    );
  } catch (err) {
    if (!(err instanceof DryRunDone)) throw err;
    counts = err.counts;
  }
  const nodeCount = plan.nodes.reduce((n, l) => n + l.inputs.length, 0);
  const relationshipCount = plan.links.reduce((n, l) => n + l.rows.length, 0) + plan.providers.filter((p) => p.provider !== null).length;
  return {
    dryRun,
    items: plan.items,
    ...counts,
    nodesUnchanged: nodeCount - counts.nodesCreated - counts.nodesUpdated,
    relationshipsUnchanged: relationshipCount - counts.relationshipsCreated - counts.relationshipsUpdated,
  };
}
