import { dbNow } from '../db/now';
import type { TransactionRunner } from '../db/query-runner';
import { mergeList } from '../domain/related-merge';
import type { RelatedEntry } from '../domain/related-index';
import { recomputeIn } from './recompute-related';
import { K, listRow, LoadedFeatures } from './related-lists';
import { type ListRow, writeLists, writeNorms } from './list-writes';
import { listedIn, lockRelated, lockSkillsInOrder, type Run, storedLists } from './related-store';

/**
 * Above this many lists to compute in full, one recompute of everything (about a second
 * of reading and scoring on the O*NET graph) is cheaper than loading each one's features.
 */
const FULL_ABOVE = 500;

/** What a write changed that related lists depend on. */
export interface RelatedChange {
  /** Skills whose own features changed (an edge at them added or removed); may include some that did not. */
  changed?: Iterable<string>;
  /** Skills whose lists held a skill this transaction deleted (read before deleting it). */
  listers?: Iterable<string>;
}

export interface MaintenanceReport {
  /** Lists computed in full (changed skills, lists that lost an entry). */
  recomputed: number;
  /** Lists updated by merging the changed skills' new scores into them. */
  merged: number;
  /** Lists written (the others came out as stored). */
  written: number;
}

/**
 * Brings stored related lists up to date inside one transaction of the related-lists
 * worker (related-worker.ts), the only caller: `lock()` takes the lists lock, `apply`
 * updates every list the marked skills affect. Writes no longer call it; they mark skills
 * due (related-marks.ts), and a deleted skill's listers are marked like changed skills, so
 * the worker passes every mark as `changed`. Re-runnable: no state between attempts.
 */
export class RelatedMaintenance {
  private locked = false;
  private readonly run: Run;

  constructor(tx: TransactionRunner) {
    this.run = (statement, params) => tx.run(statement, params);
  }

  async lock(): Promise<void> {
    if (this.locked) return;
    await lockRelated(this.run);
    this.locked = true;
  }

  /** Brings every list the change affects up to date (see updateLists). */
  async apply(change: RelatedChange): Promise<MaintenanceReport> {
    const changed = [...(change.changed ?? [])];
    const listers = [...(change.listers ?? [])];
    if (changed.length === 0 && listers.length === 0) return { recomputed: 0, merged: 0, written: 0 };
    await this.lock();
    const focus = [...new Set([...changed, ...listers])];
    if (focus.length > FULL_ABOVE) {
      const full = await recomputeIn(this.run, changed);
      return { recomputed: full.skills, merged: 0, written: full.written };
    }
    return updateLists(this.run, new Set(changed), focus);
  }
}

/**
 * The incremental update. Scores are fixed per pair of feature sets (weights are fixed
 * per feature), so after skills `changed` got new features only pairs involving them
 * scored differently. So:
 * 1. the lists of `focus` (the changed skills, lists that lost a deleted skill) are
 *    computed in full;
 * 2. every skill sharing a feature with a changed skill c gets c's new score (the same
 *    from both sides); a skill's list can change only if it held c, or c now reaches its
 *    last stored score (relatedKth, 0 when short): those lists are merged (mergeList), or
 *    computed in full when the merge cannot know what was just below the list.
 * Full and incremental runs share the scoring (FeatureIndex), so both give identical lists.
 */
async function updateLists(run: Run, changed: Set<string>, focus: string[]): Promise<MaintenanceReport> {
  const features = new LoadedFeatures(run);
  await features.load(focus);
  const lists = new Map<string, { norm: number; entries: RelatedEntry[] }>();
  const computeAll = () => {
    for (const slug of features.complete()) {
      if (!lists.has(slug)) lists.set(slug, { norm: features.index.normOf(slug), entries: features.index.listOf(slug, K) });
    }
  };
  computeAll();

  const sources = [...changed].filter((c) => features.index.isComplete(c));
  const scores = new Map(sources.map((c) => [c, features.index.candidatesOf(c)]));
  const affected = new Set(await listedIn(run, sources));
  for (const candidates of scores.values()) {
    for (const [o, score] of candidates) if (score >= (features.members.get(o)?.kth ?? 0)) affected.add(o);
  }
  for (const slug of lists.keys()) affected.delete(slug);

  const stored = await storedLists(run, [...affected, ...lists.keys()]);
  const recompute: string[] = [];
  let merged = 0;
  for (const o of affected) {
    const list = stored.get(o);
    if (!list) continue;
    if (!list.computed || list.norm === null) {
      recompute.push(o);
      continue;
    }
    const fresh = sources.flatMap((c) => {
      const score = scores.get(c)!.get(o);
      return score === undefined ? [] : [features.index.entryFor(c, o, score)];
    });
    const entries = mergeList(list.entries, changed, fresh, K);
    if (entries) {
      lists.set(o, { norm: list.norm, entries });
      merged++;
    } else recompute.push(o);
  }
  if (recompute.length > 0) {
    await features.load(recompute);
    computeAll();
    const unread = [...lists.keys()].filter((slug) => !stored.has(slug));
    for (const [slug, list] of await storedLists(run, unread)) stored.set(slug, list);
  }

  const rows: ListRow[] = [];
  const norms: Array<{ slug: string; norm: number }> = [];
  for (const [slug, { norm, entries }] of lists) {
    const before = stored.get(slug);
    const row = listRow(slug, norm, entries, before);
    if (row) rows.push(row);
    else if (before?.norm !== norm) norms.push({ slug, norm });
  }
  // Every node this update writes, locked first and in order (the worker clears `changed`'s
  // marks after). The statements leave together: Neo4j runs them in the order sent, and the
  // skills stay locked for fewer round trips, each of which, under load, writes to those
  // skills queue behind.
  await Promise.all([
    lockSkillsInOrder(run, [...changed, ...rows.flatMap((r) => [r.slug, ...r.entries.map((e) => e.slug)]), ...norms.map((n) => n.slug)]),
    writeLists(run, rows, K, dbNow()),
    writeNorms(run, norms),
  ]);
  return { recomputed: lists.size - merged, merged, written: rows.length };
}
