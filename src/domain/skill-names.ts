/**
 * The merge rule of the importers (O*NET, Metacademy): a record that names a skill the
 * graph already holds joins that skill instead of becoming a second node. Two names are
 * the same skill when their normalised forms are equal. Normalising:
 *
 * 1. Unicode compatibility form, accents dropped (`Café` → `cafe`), lower case;
 * 2. `+` becomes ` plus `, `#` ` sharp `, `&` ` and `, so C, C++ and C# stay three skills;
 * 3. every other run of characters outside a–z and 0–9 becomes one space, trimmed.
 *
 * So `Python`, `python` and ` PYTHON ` are one skill, `Node.js` and `node js` too, while
 * `Amazon Web Services AWS software` and `AWS` are not: such cases go in a sourced alias
 * file (data/joins/), never in this rule.
 */
export function normaliseSkillName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A skill the graph holds, as the merge rule sees it. */
export interface KnownSkill {
  slug: string;
  name: string;
  aliases: readonly string[];
  /** The data set that owns it; null for the curated seed and editors' skills. */
  dataset: string | null;
}

/** How an incoming name met a known skill. */
export interface SkillMatch {
  slug: string;
  /** `name` when it equals the skill's name, `alias` when one of its aliases. */
  by: 'name' | 'alias';
  /** The incoming name that matched (the record's own or one from an alias file). */
  matched: string;
  /** The skill's name or alias it matched. */
  as: string;
}

/**
 * Finds the skills that incoming records merge into. Curated skills win over imported
 * ones, a match on a skill's name over one on an alias, and then the lower slug, so the
 * outcome never depends on the order skills were read in.
 */
export class SkillNameIndex {
  private readonly byName = new Map<string, SkillMatch & { rank: number }>();
  private readonly slugs = new Set<string>();

  constructor(skills: Iterable<KnownSkill>) {
    for (const s of skills) {
      this.slugs.add(s.slug);
      const curated = s.dataset === null ? 0 : 2;
      this.offer(s, s.name, 'name', curated);
      for (const alias of s.aliases) this.offer(s, alias, 'alias', curated + 1);
    }
  }

  private offer(s: KnownSkill, as: string, by: 'name' | 'alias', rank: number): void {
    const key = normaliseSkillName(as);
    if (!key) return;
    const held = this.byName.get(key);
    if (held && (held.rank < rank || (held.rank === rank && held.slug <= s.slug))) return;
    this.byName.set(key, { slug: s.slug, by, matched: '', as, rank });
  }

  /**
   * The skill the first of `names` that matches anything merges into: a record's own
   * name comes first, then the names an alias file gives it. Null when none matches.
   */
  match(names: readonly string[]): SkillMatch | null {
    for (const name of names) {
      const hit = this.byName.get(normaliseSkillName(name));
      if (hit) return { slug: hit.slug, by: hit.by, matched: name, as: hit.as };
    }
    return null;
  }

  /** Whether a skill of another owner already uses this slug. */
  hasSlug(slug: string): boolean {
    return this.slugs.has(slug);
  }
}

/** Longest slug the write rules accept (src/domain/write-rules.ts). */
const MAX_SLUG = 100;

/**
 * The kebab-case slug of a skill name: its normalised form with hyphens (`C++` →
 * `c-plus-plus`), cut at a word boundary to stay within 100 characters. Names with
 * equal normal forms get equal slugs, which is what the merge rule wants.
 */
export function slugOfSkillName(name: string): string {
  const slug = normaliseSkillName(name).replace(/ /g, '-');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}
