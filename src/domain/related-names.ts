import type { SharedFeature } from '../records';
import type { SharedKind } from './related-features';

/**
 * What two skills share of one kind, as a stored related list holds it: the vias by key
 * (`kind:ref`, as FeatureIndex keys features), never by name, so a rename changes no
 * stored list; the names are looked up when the list is read (sharedFeatures).
 */
export interface StoredShared {
  kind: SharedKind;
  /** This kind's part of the score's dot product. */
  weight: number;
  /** How many distinct vias. */
  count: number;
  /**
   * OCCUPATION: the up to 3 shown, most specific first (heaviest weight, then title; titles
   * change only with an import, which recomputes every list). Other kinds: every via (at
   * most 13 on the real graph), in key order, so the 3 shown are picked by name when read.
   */
  keys: string[];
}

/** Names shown per kind. */
export const MAX_NAMES = 3;

const collator = new Intl.Collator('en');

/** A via as the picking sees it: its key, its label as it reads in a reason, its weight. */
export interface Via {
  key: string;
  label: string;
  weight: number;
}

/** Up to 3 vias: occupations most specific first (weight, then title), others alphabetically; each label once. */
export function pickVias(kind: SharedKind, vias: readonly Via[]): Via[] {
  const sorted = [...vias].sort(
    (a, b) =>
      (kind === 'OCCUPATION' ? b.weight - a.weight : 0) ||
      collator.compare(a.label, b.label) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const picked: Via[] = [];
  const seen = new Set<string>();
  for (const via of sorted) {
    const folded = via.label.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    picked.push(via);
    if (picked.length === MAX_NAMES) break;
  }
  return picked;
}

/** The keys to store for one kind's vias (see StoredShared.keys). */
export function storedKeys(kind: SharedKind, vias: readonly Via[]): string[] {
  if (kind === 'OCCUPATION') return pickVias(kind, vias).map((v) => v.key);
  return vias.map((v) => v.key).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every via key a stored entry names, each once (stored beside it so a read can look their names up). */
export function viaKeys(shared: readonly StoredShared[]): string[] {
  return [...new Set(shared.flatMap((g) => g.keys ?? []))];
}

/**
 * The API's shared features of a stored entry, with names from `labels` (via key → label,
 * as read with the list): occupations in their stored order, the others picked by name,
 * exactly as a computation with the current names would pick them. Vias gone since the
 * list was written (a deleted node) are skipped. Lists stored before keys (with `names`)
 * are passed through.
 */
export function sharedFeatures(shared: ReadonlyArray<StoredShared | SharedFeature>, labels: ReadonlyMap<string, string>): SharedFeature[] {
  return shared.map((g) => {
    if (!('keys' in g)) return g;
    const vias = g.keys.flatMap((key) => {
      const label = labels.get(key);
      return label === undefined ? [] : [{ key, label, weight: 0 }];
    });
    const names = g.kind === 'OCCUPATION' ? vias.map((v) => v.label) : pickVias(g.kind, vias).map((v) => v.label);
    return { kind: g.kind, weight: g.weight, count: g.count, names };
  });
}
