/**
 * What related skills are scored on: the one place the feature kinds and weights live.
 *
 * Every skill has a set of features; two skills are compared by the weighted cosine of
 * their sets, each feature counting its weight w (a vector component of √w):
 *
 *     score(a, b) = Σ w(f) over f shared  /  √( Σ w(f) over a's features · Σ w(f) over b's )
 *
 * The features and their weights:
 * - `skill`: the skill's closed REQUIRES neighbourhood, itself and every direct
 *   prerequisite or dependent (2 each). Two linked skills share two such features (each
 *   is in the other's neighbourhood), so a direct link weighs 4; a common neighbour 2.
 * - `company`: a company hiring for it (1).
 * - `covers`: a framework, framework item or concept it covers (1.5).
 * - `resource`: a resource teaching it (2).
 * - `occupation`: an O*NET occupation using it, weighted by that occupation's stored
 *   `relatedWeight` = ln(technologies in O*NET / technologies the occupation lists),
 *   about 3.0 for an occupation listing 425 technologies up to 9.1 for one listing a
 *   single one. An inverse document frequency: sharing a specific occupation says more
 *   than sharing one that uses everything. Hubs are kept in check by the cosine: Excel,
 *   used by 859 occupations, has a norm of about 5,000, so its score with a skill that
 *   shares a handful of them stays small. The curated weights (1-2) were kept: only 5
 *   skills have both occupations and curated features, and among the others the two
 *   scales never meet in one score.
 *
 * Weights are fixed per feature (occupation weights change only with an O*NET import,
 * which recomputes everything), so a write changes only the scores of the skills whose
 * own features it changed: what incremental maintenance (src/related/) relies on.
 */

export type FeatureKind = 'skill' | 'company' | 'covers' | 'resource' | 'occupation';

/** Weights of the features whose weight is not stored on the feature node (occupations). */
export const FEATURE_WEIGHTS: Readonly<Record<Exclude<FeatureKind, 'occupation'>, number>> = {
  skill: 2,
  company: 1,
  covers: 1.5,
  resource: 2,
};

/** Stored related lists per skill (the API's `first` is at most this). */
export const RELATED_K = 20;

/**
 * How a skill holds a `skill` feature: it is that node (`self`), requires it, or is
 * required by it. Other kinds have no role ('').
 */
export type Role = 'self' | 'requires' | 'requiredBy' | '';

/** What two skills share, as the API names it (`SharedFeatureKind` in schema/skill.graphql). */
export type SharedKind =
  | 'PREREQUISITE'
  | 'DEPENDENT'
  | 'SHARED_PREREQUISITE'
  | 'SHARED_DEPENDENT'
  | 'LINKED_THROUGH'
  | 'COMPANY'
  | 'COVERS'
  | 'RESOURCE'
  | 'OCCUPATION';

/** The kinds where the via is the other skill itself (a direct REQUIRES link). */
export const DIRECT_KINDS: ReadonlySet<SharedKind> = new Set(['PREREQUISITE', 'DEPENDENT']);

/**
 * What a shared feature means for skill `a` related to `b`, from `a`'s side. A `skill`
 * feature that is `b` itself (or `a`) is a direct link: `b` a prerequisite of `a`
 * when `a` requires it, a dependent when `b` requires `a`.
 */
export function sharedKind(kind: FeatureKind, roleA: Role, roleB: Role): SharedKind {
  switch (kind) {
    case 'company':
      return 'COMPANY';
    case 'covers':
      return 'COVERS';
    case 'resource':
      return 'RESOURCE';
    case 'occupation':
      return 'OCCUPATION';
    case 'skill':
      if (roleB === 'self') return roleA === 'requires' ? 'PREREQUISITE' : 'DEPENDENT';
      if (roleA === 'self') return roleB === 'requires' ? 'DEPENDENT' : 'PREREQUISITE';
      if (roleA === roleB) return roleA === 'requires' ? 'SHARED_PREREQUISITE' : 'SHARED_DEPENDENT';
      return 'LINKED_THROUGH';
  }
}

/** Longest label of one via (a NIST subcategory's text is a sentence). */
const MAX_LABEL = 60;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * How a covered framework item reads in a reason: code and short name
 * (`LLM01:2025 Prompt Injection`), the code alone when the name only repeats it (NIST's
 * `GOVERN`), long texts cut at a word boundary.
 */
export function itemLabel(code: string, name: string | null): string {
  if (!name || name.trim().toLowerCase() === code.toLowerCase()) return code;
  return cutAtWord(`${code} ${name.trim()}`, MAX_LABEL);
}

/** Any other via's label, cut the same way. */
export function viaLabel(name: string): string {
  return cutAtWord(name.trim(), MAX_LABEL);
}
