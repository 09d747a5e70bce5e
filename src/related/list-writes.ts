import { createHash } from 'node:crypto';
import { cypher, type Statement } from '../db/cypher';
import type { RelatedEntry } from '../domain/related-index';
import { viaKeys } from '../domain/related-names';
import type { Run, StoredList } from './related-store';

const Q = {
  writeLists: cypher('related/write-lists'),
  createLists: cypher('related/create-lists'),
  writeNorms: cypher('related/write-norms'),
};

/** A list to store, with its owner's bookkeeping. */
export interface ListRow {
  slug: string;
  norm: number;
  entries: RelatedEntry[];
  /** The skill has no list stored (never computed): its edges are created, not compared. */
  fresh?: boolean;
  /** The stored list, when read: only entries that differ from it are sent. */
  stored?: Pick<StoredList, 'entries' | 'ranks'>;
}

/** A digest of a list's content: equal lists, equal hashes. */
export function listHash(entries: readonly RelatedEntry[]): string {
  const content = JSON.stringify(entries.map((e) => [e.slug, e.score, e.shared]));
  return createHash('sha256').update(content).digest('base64url').slice(0, 22);
}

/** The score of the last entry of a full list, else 0: a new score at or above it may enter. */
export function kthScore(entries: readonly RelatedEntry[], k: number): number {
  return entries.length >= k ? entries[k - 1].score : 0;
}

/** Lists per statement: about 10,000 relationships, as graph-batch's chunks. */
const LISTS_PER_STATEMENT = 500;

/**
 * Stores lists (their edges where they differ) and their owners' bookkeeping, stamped
 * `now`. Lists of skills that have none stored (`fresh`) are created without looking
 * for edges to update, as in a first computation.
 */
export async function writeLists(run: Run, rows: readonly ListRow[], k: number, now: unknown): Promise<void> {
  await writeChunks(
    run,
    Q.createLists,
    rows.filter((r) => r.fresh),
    k,
    now,
  );
  await writeChunks(
    run,
    Q.writeLists,
    rows.filter((r) => !r.fresh),
    k,
    now,
  );
}

async function writeChunks(run: Run, statement: Statement, rows: readonly ListRow[], k: number, now: unknown): Promise<void> {
  for (let i = 0; i < rows.length; i += LISTS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + LISTS_PER_STATEMENT).map((r) => ({
      slug: r.slug,
      norm: r.norm,
      kth: kthScore(r.entries, k),
      hash: listHash(r.entries),
      keep: r.entries.map((e) => e.slug),
      entries: changedEntries(r),
    }));
    await run(statement, { rows: chunk, now });
  }
}

/** The entries to write with their ranks: those that differ from the stored list when it was read, else all. */
function changedEntries(row: ListRow): Array<{ slug: string; rank: number; score: number; shared: string; vias: string[] }> {
  const stored = row.stored;
  const before = new Map(
    stored?.entries.map((e, i) => [e.slug, { rank: stored.ranks[i], score: e.score, shared: JSON.stringify(e.shared) }]),
  );
  return row.entries
    .map((e, i) => ({ slug: e.slug, rank: i + 1, score: e.score, shared: JSON.stringify(e.shared), vias: viaKeys(e.shared) }))
    .filter((e) => {
      const b = before.get(e.slug);
      return !stored || !b || b.rank !== e.rank || b.score !== e.score || b.shared !== e.shared;
    });
}

export async function writeNorms(run: Run, rows: ReadonlyArray<{ slug: string; norm: number }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) await run(Q.writeNorms, { rows: rows.slice(i, i + 10_000) });
}
