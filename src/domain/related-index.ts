import { DIRECT_KINDS, type FeatureKind, type Role, type SharedKind, sharedKind } from './related-features';
import { type StoredShared, storedKeys, type Via } from './related-names';

/** One feature with every skill that has it (what cypher/related/postings-around.cypher returns). */
export interface FeatureRow {
  kind: FeatureKind;
  /** Unique within the kind: a slug, an occupation code, `Label:slug` for covered nodes. */
  ref: string;
  /** How the feature reads in a reason. */
  label: string;
  weight: number;
  members: ReadonlyArray<readonly [slug: string, role: Role]>;
}

/** One entry of a skill's related list. */
export interface RelatedEntry {
  slug: string;
  score: number;
  shared: StoredShared[];
}

const ROLES: readonly Role[] = ['', 'self', 'requires', 'requiredBy'];

/**
 * Features and skills in typed arrays for scoring: features ordered by key, each with
 * its members; skills with their features in key order. Built from every feature of the
 * graph (full recompute) or from the features of some skills only (incremental): a skill
 * is `complete` when all its features were loaded, and only complete skills can have their
 * list or candidate scores computed. Other skills' norms come from storage.
 *
 * Determinism: a pair's dot product is summed over the shared features in key order from
 * 0, whichever side computes it, and norms are summed in key order too, so a score is
 * bit-identical from either side and in full or incremental runs; `a·b` and `b·a` are
 * equal in IEEE arithmetic, so score(a, b) === score(b, a).
 */
export class FeatureIndex {
  readonly slugs: string[];
  private readonly skillOf = new Map<string, number>();
  private readonly slugRank: Int32Array;
  private readonly keys: string[];
  private readonly keyOf = new Map<string, number>();
  private readonly kinds: FeatureKind[];
  private readonly labels: string[];
  private readonly weights: Float64Array;
  private readonly mStart: Int32Array;
  private readonly mSkill: Int32Array;
  private readonly mRole: Uint8Array;
  private readonly sStart: Int32Array;
  private readonly sFeature: Int32Array;
  private readonly sRole: Uint8Array;
  private readonly norms: Float64Array;
  private readonly complete: Uint8Array;
  private readonly acc: Float64Array;
  private readonly touched: Int32Array;

  /**
   * `rows`: features (a key seen twice keeps its last row); `complete`: skills all of whose
   * features are among them; `storedNorms`: norms of the other members (null: unknown).
   */
  constructor(rows: readonly FeatureRow[], complete: Iterable<string>, storedNorms: ReadonlyMap<string, number | null>) {
    const byKey = new Map<string, FeatureRow>();
    for (const row of rows) if (row.weight > 0) byKey.set(`${row.kind}:${row.ref}`, row);
    this.keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const ordered = this.keys.map((k) => byKey.get(k)!);
    this.keys.forEach((k, i) => this.keyOf.set(k, i));
    this.kinds = ordered.map((r) => r.kind);
    this.labels = ordered.map((r) => r.label);
    this.weights = Float64Array.from(ordered.map((r) => r.weight));

    this.slugs = [];
    const skill = (slug: string) => {
      let i = this.skillOf.get(slug);
      if (i === undefined) {
        i = this.slugs.push(slug) - 1;
        this.skillOf.set(slug, i);
      }
      return i;
    };
    const completeSet = new Set(complete);
    for (const slug of completeSet) skill(slug);
    let incidences = 0;
    for (const row of ordered) {
      for (const [slug] of row.members) skill(slug);
      incidences += row.members.length;
    }
    const nS = this.slugs.length;
    const nF = ordered.length;

    // Members of each feature, sorted by skill index (binary search in sharedWith).
    this.mStart = new Int32Array(nF + 1);
    this.mSkill = new Int32Array(incidences);
    this.mRole = new Uint8Array(incidences);
    const degree = new Int32Array(nS + 1);
    let at = 0;
    ordered.forEach((row, f) => {
      this.mStart[f] = at;
      const members = row.members.map(([slug, role]) => [this.skillOf.get(slug)!, ROLES.indexOf(role)] as const);
      members.sort((a, b) => a[0] - b[0]);
      for (const [s, role] of members) {
        this.mSkill[at] = s;
        this.mRole[at++] = role;
        degree[s + 1]++;
      }
    });
    this.mStart[nF] = at;

    // Features of each skill, in key order (features are visited in key order).
    this.sStart = new Int32Array(nS + 1);
    for (let s = 0; s < nS; s++) this.sStart[s + 1] = this.sStart[s] + degree[s + 1];
    this.sFeature = new Int32Array(incidences);
    this.sRole = new Uint8Array(incidences);
    const fill = this.sStart.slice(0, nS);
    for (let f = 0; f < nF; f++) {
      for (let m = this.mStart[f]; m < this.mStart[f + 1]; m++) {
        const s = this.mSkill[m];
        this.sFeature[fill[s]] = f;
        this.sRole[fill[s]++] = this.mRole[m];
      }
    }

    this.complete = new Uint8Array(nS);
    this.norms = new Float64Array(nS).fill(Number.NaN);
    for (let s = 0; s < nS; s++) {
      const slug = this.slugs[s];
      if (completeSet.has(slug)) {
        this.complete[s] = 1;
        let norm = 0;
        for (let x = this.sStart[s]; x < this.sStart[s + 1]; x++) norm += this.weights[this.sFeature[x]];
        this.norms[s] = norm;
      } else {
        this.norms[s] = storedNorms.get(slug) ?? Number.NaN;
      }
    }
    const order = [...this.slugs.keys()].sort((a, b) => (this.slugs[a] < this.slugs[b] ? -1 : 1));
    this.slugRank = new Int32Array(nS);
    order.forEach((s, rank) => (this.slugRank[s] = rank));
    this.acc = new Float64Array(nS);
    this.touched = new Int32Array(nS);
  }

  /** True when `slug` is in the index with all of its features. */
  isComplete(slug: string): boolean {
    const s = this.skillOf.get(slug);
    return s !== undefined && this.complete[s] === 1;
  }

  /** The norm (Σ of its feature weights) of a skill: computed when complete, else as stored; NaN if unknown. */
  normOf(slug: string): number {
    const s = this.skillOf.get(slug);
    return s === undefined ? Number.NaN : this.norms[s];
  }

  /** Skills of the index whose norm is unknown (never computed): they must be loaded too. */
  unknownNorms(): string[] {
    return this.slugs.filter((_, s) => Number.isNaN(this.norms[s]));
  }

  /** The top `k` of a complete skill, best first (score, then slug), with what each shares. */
  listOf(slug: string, k: number): RelatedEntry[] {
    const s = this.completeSkill(slug);
    const top: Array<{ t: number; score: number }> = [];
    this.scan(s, (t, score) => {
      if (top.length === k && !this.ranksBefore(t, score, top[k - 1].t, top[k - 1].score)) return;
      let i = top.length;
      while (i > 0 && this.ranksBefore(t, score, top[i - 1].t, top[i - 1].score)) i--;
      top.splice(i, 0, { t, score });
      if (top.length > k) top.pop();
    });
    return top.map(({ t, score }) => ({ slug: this.slugs[t], score, shared: this.sharedOf(s, t, s) }));
  }

  /** Every skill sharing a feature with a complete skill, with its score (the same for both sides). */
  candidatesOf(slug: string): Map<string, number> {
    const out = new Map<string, number>();
    this.scan(this.completeSkill(slug), (t, score) => out.set(this.slugs[t], score));
    return out;
  }

  /**
   * The entry for complete skill `slug` in the list of `other` (one of its candidates,
   * with the `score` candidatesOf gave): what they share, as `other` sees it.
   */
  entryFor(slug: string, other: string, score: number): RelatedEntry {
    const t = this.skillOf.get(other)!;
    return { slug, score, shared: this.sharedOf(this.completeSkill(slug), t, t) };
  }

  private completeSkill(slug: string): number {
    const s = this.skillOf.get(slug);
    if (s === undefined || !this.complete[s]) throw new Error(`related: ${slug} was not loaded with all its features`);
    return s;
  }

  /** Whether (t, score) ranks before (u, other): higher score, then lower slug. */
  private ranksBefore(t: number, score: number, u: number, other: number): boolean {
    return score > other || (score === other && this.slugRank[t] < this.slugRank[u]);
  }

  /**
   * Calls `visit` once per skill sharing a feature with `s`, with the score: dot products
   * summed feature by feature in key order, then divided by √(norm·norm).
   */
  private scan(s: number, visit: (t: number, score: number) => void): void {
    const { acc, touched } = this;
    let n = 0;
    for (let x = this.sStart[s]; x < this.sStart[s + 1]; x++) {
      const f = this.sFeature[x];
      const w = this.weights[f];
      for (let m = this.mStart[f]; m < this.mStart[f + 1]; m++) {
        const t = this.mSkill[m];
        if (t === s) continue;
        if (acc[t] === 0) touched[n++] = t;
        acc[t] += w;
      }
    }
    const norm = this.norms[s];
    for (let i = 0; i < n; i++) {
      const t = touched[i];
      const dot = acc[t];
      acc[t] = 0;
      if (Number.isNaN(this.norms[t])) throw new Error(`related: no norm for ${this.slugs[t]}`);
      visit(t, dot / Math.sqrt(norm * this.norms[t]));
    }
  }

  /** The role of skill `t` in feature `f`, or -1 when `t` does not have it. */
  private roleIn(f: number, t: number): number {
    let lo = this.mStart[f];
    let hi = this.mStart[f + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.mSkill[mid];
      if (v === t) return this.mRole[mid];
      if (v < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * What complete skill `s` and `t` share, grouped by kind as `viewer` (one of them) sees
   * it, heaviest first. Visits the shared features in key order, as the score does.
   */
  private sharedOf(s: number, t: number, viewer: number): StoredShared[] {
    const groups = new Map<SharedKind, { weight: number; vias: Map<string, Via> }>();
    for (let x = this.sStart[s]; x < this.sStart[s + 1]; x++) {
      const f = this.sFeature[x];
      const roleT = this.roleIn(f, t);
      if (roleT < 0) continue;
      const roleS = this.sRole[x];
      const [mine, theirs] = viewer === s ? [roleS, roleT] : [roleT, roleS];
      const kind = sharedKind(this.kinds[f], ROLES[mine], ROLES[theirs]);
      let via = f;
      // A direct link: both skills' own features are shared; the via is the related skill.
      if (DIRECT_KINDS.has(kind)) via = this.keyOf.get(`skill:${this.slugs[viewer === s ? t : s]}`) ?? f;
      let group = groups.get(kind);
      if (!group) groups.set(kind, (group = { weight: 0, vias: new Map() }));
      group.weight += this.weights[f];
      group.vias.set(this.keys[via], { key: this.keys[via], label: this.labels[via], weight: this.weights[via] });
    }
    return [...groups.entries()]
      .map(([kind, g]) => ({ kind, weight: g.weight, count: g.vias.size, keys: storedKeys(kind, [...g.vias.values()]) }))
      .sort((a, b) => b.weight - a.weight || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  }
}
