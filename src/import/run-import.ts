import { dbNow } from '../db/now';
import { cypher, cypherTemplate } from '../db/cypher';
import type { QueryRunner, TransactionRunner } from '../db/query-runner';
import { adjacencyOf, findCycle } from '../domain/find-cycle';
import type { NodeLabel } from '../graph-vocabulary';
import { markRelatedStale, recomputeRelated } from '../related/recompute-related';
import { batchSize, writeGraphBatch } from '../writes/graph-batch';
import type { DatasetPlan } from './dataset-plan';
import { type KnownSkill, SkillNameIndex } from '../domain/skill-names';
import { DATASETS, type DatasetName } from './datasets';
import { ImportError } from './import-error';

export interface ImportOptions {
  /** Delete what the data set owned and the new file no longer has. */
  prune?: boolean;
  /** Import a file whose version is older than the one in the graph. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Recompute the related-skill lists after the import (default true; importDataDir does it once after all). */
  relatedSkills?: boolean;
}

export interface ImportReport {
  dataset: DatasetName;
  datasetId: string;
  file: string;
  version: string | null;
  previousVersion: string | null;
  tally: Record<string, number>;
  nodesCreated: number;
  nodesUpdated: number;
  nodesUnchanged: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsUnchanged: number;
  relationshipsRemoved: number;
  /** Records that joined an existing skill, as `record → slug (by name|alias "…")`. */
  merges: string[];
  /** Skills whose demand signals this import set, changed or removed (O*NET). */
  demandSignalsChanged: number;
  /** What the data set owned and the file no longer has (codes, slugs or `from → to`). */
  vanished: string[];
  pruned: boolean;
  ms: number;
}

const Q = {
  ownedRelationships: cypher('import/owned-relationships'),
  requiresEdges: cypher('import/requires-edges'),
  deleteRelationships: cypher('import/delete-relationships'),
  ensureFrameworks: cypher('import/ensure-frameworks'),
  dataset: cypher('import/dataset'),
  recordDataset: cypher('import/record-dataset'),
  recordFramework: cypher('import/record-framework'),
  knownSkills: cypher('import/known-skills'),
  setDemand: cypher('import/set-onet-demand'),
  clearDemand: cypher('import/clear-onet-demand'),
};
const perLabel = (name: string, label: NodeLabel) => cypherTemplate(name, { Label: label });

/**
 * Imports one data file: validates all of it (a bad file throws an ImportError and
 * writes nothing), then in one transaction checks it against the graph, writes
 * nodes and relationships in UNWIND batches, removes what went stale, and records
 * the data set's version. Running it twice changes nothing the second time.
 */
export async function runImport(db: QueryRunner, dataset: DatasetName, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const prepared = DATASETS[dataset](path);
  const file = { path: prepared.path, sha256: prepared.sha256 };
  let plan = prepared.plan(new SkillNameIndex([]));
  const report = await db.transaction(async (tx) => {
    // First, so the related-lists lock comes before any node lock; the recompute after the import clears it.
    await markRelatedStale((statement, params) => tx.run(statement, params));
    const now = dbNow();
    if (prepared.mergesSkills) {
      // Merges depend on the skills of other owners the graph holds now, read in this transaction.
      const known = await tx.run<KnownSkill>(Q.knownSkills, { dataset: plan.info.id });
      plan = prepared.plan(new SkillNameIndex(known));
    }
    const total = batchSize(plan);
    const [previous] = await tx.run<{ version: string | null; sha256: string | null; credit: string | null }>(Q.dataset, {
      dataset: plan.info.id,
    });
    checkVersion(file.path, plan, previous.version, options.force === true);
    await checkReferences(tx, file.path, plan);
    await checkOwnership(tx, file.path, plan);
    await checkAcyclic(tx, file.path, plan);
    const diff = await diffOwned(tx, plan);

    const frameworks = [plan.info.framework, ...(plan.frameworks ?? [])].filter((f) => f !== null);
    if (frameworks.length > 0) await tx.run(Q.ensureFrameworks, { frameworks, now });
    const counts = await writeGraphBatch(tx, plan, (done) => options.onProgress?.(done, total), now);
    const demandSignalsChanged = plan.demandSignals ? await writeDemandSignals(tx, plan.demandSignals) : 0;
    let removed = await deleteRelationships(tx, diff.staleRelationships);
    if (options.prune) {
      for (const [label, slugs] of diff.vanishedNodes) {
        if (slugs.length > 0) await tx.run(perLabel('import/delete-nodes', label), { slugs, dataset: plan.info.id });
      }
      removed += await deleteRelationships(
        tx,
        diff.vanishedRelationships.map((r) => r.id),
      );
    }

    const changed =
      counts.nodesCreated +
        counts.nodesUpdated +
        counts.relationshipsCreated +
        counts.relationshipsUpdated +
        removed +
        demandSignalsChanged >
        0 ||
      (options.prune === true && diff.vanished.length > 0) ||
      previous.sha256 !== file.sha256 ||
      previous.version !== plan.info.version ||
      previous.credit !== (plan.info.credit ?? null);
    if (changed) {
      const { info } = plan;
      await tx.run(Q.recordDataset, {
        dataset: info.id,
        title: info.title,
        version: info.version,
        source: info.source,
        licence: info.licence,
        credit: info.credit ?? null,
        released: info.released ?? null,
        file: file.path,
        sha256: file.sha256,
        now,
      });
      if (info.framework)
        await tx.run(Q.recordFramework, { framework: info.framework.slug, version: info.version, source: info.source, now });
    }
    const nodes = plan.nodes.reduce((n, g) => n + g.rows.length, 0);
    const relationships = plan.links.reduce((n, g) => n + g.rows.length, 0);
    return {
      ...counts,
      nodesUnchanged: nodes - counts.nodesCreated - counts.nodesUpdated,
      relationshipsUnchanged: relationships - counts.relationshipsCreated - counts.relationshipsUpdated,
      demandSignalsChanged,
      relationshipsRemoved: removed,
      vanished: diff.vanished,
      previousVersion: previous.version,
    };
  });
  if (options.relatedSkills !== false) await recomputeRelated(db);
  return {
    dataset,
    datasetId: plan.info.id,
    file: file.path,
    version: plan.info.version,
    tally: plan.tally,
    merges: (plan.merges ?? []).map(
      (m) => `${m.record} → ${m.into} (by ${m.by} "${m.as}"${m.matched === m.record ? '' : `, known as "${m.matched}"`})`,
    ),
    pruned: options.prune === true,
    ...report,
    ms: Math.round(performance.now() - started),
  };
}

/** Dotted numeric versions (5.6.0) must not go backwards unless forced. */
function checkVersion(path: string, plan: DatasetPlan, previous: string | null, force: boolean): void {
  const current = plan.info.version;
  const numeric = (v: string | null) => (v && /^\d+(\.\d+)*$/.test(v) ? v.split('.').map(Number) : null);
  const a = numeric(current);
  const b = numeric(previous);
  if (!a || !b || force) return;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d > 0) return;
    if (d < 0) {
      throw new ImportError(path, [
        `top level, field version: ${current} is older than ${previous}, which the graph holds; pass --force to import it anyway`,
      ]);
    }
  }
}

/** Everything the file links to outside itself must already be in the graph. */
async function checkReferences(tx: TransactionRunner, path: string, plan: DatasetPlan): Promise<void> {
  const problems: string[] = [];
  for (const label of new Set(plan.references.map((r) => r.label))) {
    const refs = plan.references.filter((r) => r.label === label);
    const missing = new Set(
      (await tx.run<{ slug: string }>(perLabel('import/missing-nodes', label), { slugs: refs.map((r) => r.slug) })).map((r) => r.slug),
    );
    for (const r of refs)
      if (missing.has(r.slug)) problems.push(`${r.where} is not in the graph (import the data set that defines it first)`);
  }
  if (problems.length > 0) throw new ImportError(path, problems);
}

/** An import may write only nodes it owns, new nodes, or seed stubs of framework items. */
async function checkOwnership(tx: TransactionRunner, path: string, plan: DatasetPlan): Promise<void> {
  const problems: string[] = [];
  for (const group of plan.nodes) {
    const rows = await tx.run<{ slug: string; dataset: string | null; stub: boolean }>(perLabel('import/node-owners', group.label), {
      slugs: group.rows.map((r) => r.slug),
    });
    for (const row of rows) {
      if (row.dataset === plan.info.id || row.stub) continue;
      const owner = row.dataset ? `the ${row.dataset} data set` : 'the curated seed';
      problems.push(`record ${row.slug}: a ${group.label} with this slug belongs to ${owner}; it is left as it is and this import refused`);
    }
  }
  if (problems.length > 0) throw new ImportError(path, problems);
}

/** REQUIRES must stay acyclic across the whole graph, not just within the file. */
async function checkAcyclic(tx: TransactionRunner, path: string, plan: DatasetPlan): Promise<void> {
  const incoming = plan.links.filter((g) => g.type === 'REQUIRES').flatMap((g) => g.rows);
  if (incoming.length === 0) return;
  const existing = await tx.run<{ from: string; to: string; dataset: string | null }>(Q.requiresEdges);
  const pairs = [
    ...existing.filter((e) => e.dataset !== plan.info.id).map((e) => [e.from, e.to] as const),
    ...incoming.map((r) => [r.from, r.to] as const),
  ];
  const cycle = findCycle(adjacencyOf(pairs));
  if (cycle) throw new ImportError(path, [`prerequisites: with the graph's other REQUIRES edges they form a cycle: ${cycle.join(' -> ')}`]);
}

interface OwnedDiff {
  vanishedNodes: Map<NodeLabel, string[]>;
  vanishedRelationships: Array<{ id: string; name: string }>;
  staleRelationships: string[];
  vanished: string[];
}

/**
 * Compares what the data set owns with the new file. Nodes gone from the file have
 * vanished (kept until --prune). A relationship gone from the file between two
 * nodes the file still has is stale: the item changed, so it goes now. For data
 * sets whose records are relationships (crosswalks), a missing one has vanished.
 */
async function diffOwned(tx: TransactionRunner, plan: DatasetPlan): Promise<OwnedDiff> {
  const dataset = plan.info.id;
  const vanishedNodes = new Map<NodeLabel, string[]>();
  const vanished: string[] = [];
  const present = new Set<string>([...plan.references.map((r) => r.slug)]);
  for (const f of [plan.info.framework, ...(plan.frameworks ?? [])]) if (f) present.add(f.slug);
  for (const group of plan.nodes) {
    const inFile = new Set(group.rows.map((r) => r.slug));
    inFile.forEach((s) => present.add(s));
    const owned = await tx.run<{ slug: string; name: string }>(perLabel('import/owned-nodes', group.label), { dataset });
    const gone = owned.filter((o) => !inFile.has(o.slug));
    vanishedNodes.set(
      group.label,
      gone.map((o) => o.slug),
    );
    vanished.push(...gone.map((o) => o.name).sort());
  }
  for (const g of plan.links) for (const r of g.rows) [r.from, r.to].forEach((s) => present.add(s));
  const keyOf = (type: string, from: string, to: string, key: string | null | undefined) => `${type} ${from} ${to} ${key ?? ''}`;
  const inFile = new Set(plan.links.flatMap((g) => g.rows.map((r) => keyOf(g.type, r.from, r.to, g.keyed ? r.key : null))));
  const owned = await tx.run<{ id: string; type: string; from: string; to: string; key: string | null }>(Q.ownedRelationships, { dataset });
  const staleRelationships: string[] = [];
  const vanishedRelationships: Array<{ id: string; name: string }> = [];
  for (const r of owned) {
    if (inFile.has(keyOf(r.type, r.from, r.to, r.key))) continue;
    if ((plan.recordTypes as string[]).includes(r.type))
      vanishedRelationships.push({ id: r.id, name: `${r.from} -[:${r.type}]-> ${r.to}` });
    else if (present.has(r.from) && present.has(r.to)) staleRelationships.push(r.id);
  }
  vanished.push(...vanishedRelationships.map((r) => r.name).sort());
  return { vanishedNodes, vanishedRelationships, staleRelationships, vanished };
}

/**
 * O*NET's figures go onto the skills they describe (merged curated skills included), as
 * `onet*` properties that only this import writes: set where they changed, removed from
 * skills the release no longer lists. Returns how many skills changed.
 */
async function writeDemandSignals(tx: TransactionRunner, rows: NonNullable<DatasetPlan['demandSignals']>): Promise<number> {
  const [set] = await tx.run<{ changed: number }>(Q.setDemand, { rows });
  const [cleared] = await tx.run<{ cleared: number }>(Q.clearDemand, { slugs: rows.map((r) => r.slug) });
  return set.changed + cleared.cleared;
}

async function deleteRelationships(tx: TransactionRunner, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx.run<{ removed: number }>(Q.deleteRelationships, { ids });
  return row.removed;
}

/** The one summary line the CLI prints. */
export function describeReport(r: ImportReport): string {
  const tally = Object.entries(r.tally)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const version = r.version ? ` ${r.version}` : '';
  const was = r.previousVersion && r.previousVersion !== r.version ? ` (was ${r.previousVersion})` : '';
  const merges = r.merges.length === 0 ? '' : `; ${r.merges.length} merged into existing skills: ${r.merges.join('; ')}`;
  const vanished =
    r.vanished.length === 0
      ? '0 vanished'
      : `${r.vanished.length} vanished ${r.pruned ? 'and removed' : '(kept; --prune removes them)'}: ${r.vanished.slice(0, 10).join(', ')}${r.vanished.length > 10 ? ', …' : ''}`;
  const name = r.dataset === 'crosswalk' ? `crosswalk ${r.datasetId}` : r.dataset;
  return (
    `${name}${version}${was}: ${tally}; nodes ${r.nodesCreated} created, ${r.nodesUpdated} updated, ${r.nodesUnchanged} unchanged; ` +
    `relationships ${r.relationshipsCreated} created, ${r.relationshipsUpdated} updated, ${r.relationshipsUnchanged} unchanged, ${r.relationshipsRemoved} removed; ` +
    `${vanished}${merges}; ${(r.ms / 1000).toFixed(1)} s`
  );
}
