import type { RelatedEntry } from './related-index';

/** Related-list order: higher score first, ties by slug (stable across renames). */
export function byRank(a: RelatedEntry, b: RelatedEntry): number {
  return b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * A skill's stored top-`k` list after the scores of some skills with it (`changed`)
 * changed and nothing else did: the stored entries of the others, whose scores are as
 * stored, plus `fresh` (the changed skills' new entries; those sharing nothing any more
 * are absent). Null when that cannot be known without the owner's other candidates: the
 * stored list was full and the merged one ends below where it ended, so a skill that
 * was just outside it might now belong in it. The caller then recomputes the list.
 */
export function mergeList(
  stored: readonly RelatedEntry[],
  changed: ReadonlySet<string>,
  fresh: readonly RelatedEntry[],
  k: number,
): RelatedEntry[] | null {
  const merged = [...stored.filter((e) => !changed.has(e.slug)), ...fresh].sort(byRank).slice(0, k);
  // A list shorter than k held every skill sharing anything with its owner.
  if (stored.length < k) return merged;
  const end = merged[k - 1];
  return end && byRank(end, stored[k - 1]) <= 0 ? merged : null;
}
