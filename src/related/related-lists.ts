import { RELATED_K } from '../domain/related-features';
import { type FeatureRow, FeatureIndex, type RelatedEntry } from '../domain/related-index';
import { type ListRow, listHash } from './list-writes';
import { type MemberState, postingsAround, type Run, type StoredList } from './related-store';

export const K = RELATED_K;

/**
 * The features loaded so far for an incremental update, and the index over them: the
 * skills loaded with all their features (`complete`), and the stored norm and last score
 * of every skill met. Loading is closed under unknown norms: a member whose norm was
 * never stored (no computation has seen it yet) is loaded too, so it can be scored.
 */
export class LoadedFeatures {
  private readonly rows: FeatureRow[] = [];
  private readonly loaded = new Set<string>();
  readonly members = new Map<string, MemberState>();
  private built: FeatureIndex | null = null;

  constructor(private readonly run: Run) {}

  /** Loads every feature of `slugs` (and of members with unknown norms) with their members. */
  async load(slugs: Iterable<string>): Promise<void> {
    let pending = [...new Set(slugs)].filter((s) => !this.loaded.has(s));
    while (pending.length > 0) {
      const { rows, members } = await postingsAround(this.run, pending);
      for (const s of pending) this.loaded.add(s);
      this.rows.push(...rows);
      for (const [slug, state] of members) this.members.set(slug, state);
      pending = [...members].filter(([slug, state]) => state.norm === null && !this.loaded.has(slug)).map(([slug]) => slug);
      this.built = null;
    }
  }

  /** The skills loaded with all their features (every existing skill is a member of its own feature). */
  complete(): string[] {
    return [...this.loaded].filter((s) => this.members.has(s));
  }

  get index(): FeatureIndex {
    if (!this.built) {
      const norms = new Map([...this.members].map(([slug, state]) => [slug, state.norm]));
      this.built = new FeatureIndex(this.rows, this.complete(), norms);
    }
    return this.built;
  }
}

/** A computed list to write when it differs from the stored one (by hash), else null. */
export function listRow(
  slug: string,
  norm: number,
  entries: RelatedEntry[],
  stored: { hash: string | null; computed: boolean } | StoredList | undefined,
): ListRow | null {
  if (stored?.computed && stored.hash === listHash(entries)) return null;
  const read = stored && 'entries' in stored ? stored : undefined;
  return { slug, norm, entries, fresh: !stored?.hash && !read?.entries.length, stored: read };
}
