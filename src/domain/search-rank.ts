import { sortKeyOf } from '../frameworks/item-codes';
import { normaliseSkillName } from './skill-names';
import { compact, foldCase, searchWords, stemOf, textWords } from './search-words';

/**
 * The order of search hits. The full-text index finds candidates and scores them
 * (BM25 over weighted fields); this decides, in tiers, so that what a person typed
 * exactly always wins over what merely resembles it:
 *   exact identifier (code, slug, occupation code) > exact name or alias >
 *   the name word for word, stems aside ("data poison" for Data poisoning) >
 *   a code that begins with the text (a parent's children, in publisher order) >
 *   every word in the name, aliases or code (as typed, stemmed or as a prefix), or as
 *   typed in a resource's provider name >
 *   the same in those fields or the authors or framework > the same with a typo >
 *   anything else the index found (descriptions).
 * Within a tier: better word matches, then the index's score, then the shorter name.
 */

export type ExactHow = 'code' | 'child' | 'prefix' | 'slug' | 'occupation';

export interface SearchCandidate {
  /** Neo4j element id, for fetching the page's nodes. */
  id: string;
  label: string;
  key: string;
  /** The full-text score; 0 when only an exact lookup found it. */
  score: number;
  how: ReadonlySet<ExactHow>;
  name: string | null;
  code: string | null;
  aliases: readonly string[];
  /** Resource authors, framework slug, provider names: words that may match but weigh less than names. */
  extra: readonly string[];
  /** A resource's provider names (also in `extra`). */
  providers?: readonly string[];
}

export interface RankedCandidate extends SearchCandidate {
  tier: number;
  quality: number;
  /** Share of the name's words that the text matched: `Kubernetes` before `Kubernetes Documentation`. */
  coverage: number;
  /** One number that follows the order: tier, then word quality, then the index's score (squashed below one quality step). */
  rankScore: number;
}

/** How well query word `w` matches token `t`: as typed 3, same stem 2.5, prefix 2, stem prefix 1.8, one typo 1, else 0. */
export function wordMatch(w: string, t: string): number {
  if (t === w) return 3;
  const ws = stemOf(w);
  const ts = stemOf(t);
  if (ts === ws) return 2.5;
  if (t.startsWith(w)) return 2;
  if (ws.length >= 3 && ts.startsWith(ws)) return 1.8;
  if (w.length >= 5 && withinOneEdit(w, t)) return 1;
  return 0;
}

/** Levenshtein distance at most 1 (one insertion, deletion or substitution). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Best match of each query word among a text's words; 0 for a word found nowhere. */
export function wordQualities(words: readonly string[], texts: ReadonlyArray<string | null>): number[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    // `red-teaming` and `aml.t0051.001` count as words and as their parts.
    for (const t of textWords(text)) {
      tokens.add(t);
      if (/[._'-]/.test(t)) for (const part of t.split(/[._'-]/)) if (part) tokens.add(part);
    }
    if (text.includes('-')) for (const t of textWords(text.replace(/-/g, ' '))) tokens.add(t);
  }
  return words.map((w) => {
    let best = 0;
    for (const t of tokens) if (best < 3) best = Math.max(best, wordMatch(w, t));
    return best;
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A name as the merge rule compares names: C++ is "c plus plus", C# "c sharp", not "c". */
const nameKey = (name: string) => normaliseSkillName(name).replace(/ /g, '');

/** What ranking needs of the search text, worked out once per search. */
interface QueryText {
  text: string;
  words: string[];
  compact: string;
  key: string;
}
const queryText = (text: string): QueryText => ({ text, words: searchWords(text), compact: compact(text), key: nameKey(text) });

/** The tier and word-match quality of one candidate for the search text. */
function tierOf(qt: QueryText, c: SearchCandidate): { tier: number; quality: number } {
  const { text, words, compact: q, key } = qt;
  const names = [c.name, ...c.aliases, c.code];
  const quality = wordQualities(words, names);
  const everywhere = wordQualities(words, [...names, ...c.extra]);
  const total = sum(quality);
  // A slug typed as a slug (`ai-red-teaming`) is an identifier; a one-word text that happens
  // to be a slug (`docker`) is as good as an exact name, no better.
  const slugTyped = c.how.has('slug') && text.trim().toLowerCase() === c.key && c.key.includes('-');
  if (c.how.has('code') || slugTyped || c.how.has('occupation') || (c.code !== null && compact(c.code) === q)) {
    return { tier: 100, quality: total };
  }
  // A concept's aliases are loose vocabulary ("red team" for red teaming): only its name is exact.
  const aliasExact = c.label !== 'Concept' && c.aliases.some((a) => nameKey(a) === key);
  if (c.how.has('slug') || (c.name && nameKey(c.name) === key) || aliasExact) return { tier: 90, quality: total };
  if (c.name && quality.every((x) => x >= 2) && coverageOf(words, c.name) === 1) return { tier: 85, quality: total };
  if (c.how.has('child') || c.how.has('prefix') || (c.code !== null && /\d/.test(q) && q.length >= 3 && compact(c.code).startsWith(q))) {
    return { tier: 80, quality: total };
  }
  if (quality.every((x) => x >= 1.8)) return { tier: 60, quality: total };
  // Every word as typed (or by stem) in a resource's provider name ("manning", "wiley"): as
  // good as the words of its own name, so it comes before a name that only shares a stem.
  const byProvider = c.providers?.length ? wordQualities(words, c.providers) : null;
  if (byProvider?.every((x) => x >= 2.5)) return { tier: 60, quality: sum(byProvider) };
  // A word as typed in the authors or framework beats a typo in a name.
  if (everywhere.every((x) => x >= 1.8)) return { tier: 55, quality: sum(everywhere) };
  if (quality.every((x) => x >= 1)) return { tier: 50, quality: total };
  if (everywhere.every((x) => x >= 1)) return { tier: 40, quality: sum(everywhere) };
  return { tier: 20, quality: sum(everywhere) };
}

/**
 * Concepts (the seed's vocabulary of attacks and ideas, which skills and items COVER) are
 * context for skills: unless named exactly, a concept comes right after the best skill
 * whose name holds all the words. "red team" finds the AI Red Teaming skill, then the
 * concept Red teaming; "data poison", with no such skill, the concept first.
 */
const SKILL_WORDS_TIER = 60;

/** Candidates in the order the API answers them. */
export function rankCandidates(text: string, candidates: readonly SearchCandidate[]): RankedCandidate[] {
  const qt = queryText(text);
  const tiers = candidates.map((c) => tierOf(qt, c));
  const bestSkill = Math.max(0, ...tiers.filter((t, i) => candidates[i].label === 'Skill' && t.tier < 100).map((t) => t.tier));
  const ranked = candidates.map((c, i) => {
    const found = tiers[i];
    const quality = found.quality;
    const tier =
      c.label === 'Concept' && found.tier < 90 && bestSkill >= SKILL_WORDS_TIER ? Math.min(found.tier, bestSkill - 1) : found.tier;
    const coverage = Math.max(coverageOf(qt.words, c.name), ...c.aliases.map((a) => coverageOf(qt.words, a)));
    // Each term below is worth less than one step of the term before it (quality moves in
    // steps of at least 0.2, coverage of 1/12), so the number follows the order.
    const rankScore = tier * 100_000 + quality * 1000 + coverage * 100 + kindPriority(c.label) + (0.99 * c.score) / (1 + c.score);
    return { ...c, tier, quality, coverage, rankScore: Math.round(rankScore * 1000) / 1000 };
  });
  const codeKey = (c: RankedCandidate) => (c.code ? sortKeyOf(c.code) : '');
  return ranked.sort(
    (a, b) =>
      b.tier - a.tier ||
      // A parent's children in their publisher's order (AML.T0051.000, .001, ...).
      (a.tier === 80 && b.tier === 80 ? codeKey(a).localeCompare(codeKey(b)) : 0) ||
      b.quality - a.quality ||
      b.coverage - a.coverage ||
      kindPriority(b.label) - kindPriority(a.label) ||
      b.score - a.score ||
      (a.name ?? '').length - (b.name ?? '').length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The share of a name's words that some word of the text `words` matches (0 without a name). */
function coverageOf(words: readonly string[], name: string | null): number {
  if (!name) return 0;
  const nameWords = textWords(name);
  if (nameWords.length === 0) return 0;
  const matched = nameWords.filter((n) => words.some((w) => wordMatch(w, n) >= 1)).length;
  return matched / nameWords.length;
}

/**
 * Between equally good matches, the graph's main entities first: a skill before the
 * provider or resource of the same name ("docker": the skill, then Docker Inc.'s docs).
 */
const KIND_ORDER = [
  'Concept',
  'TechnologyCategory',
  'Provider',
  'Resource',
  'Framework',
  'Company',
  'Occupation',
  'FrameworkItem',
  'Skill',
];
const kindPriority = (label: string) => Math.max(0, KIND_ORDER.indexOf(label));

/** Fields a hit may have matched in, most telling first. */
const HIGHLIGHT_FIELDS = ['code', 'name', 'title', 'aliases', 'authors', 'provider', 'framework', 'description', 'summary'] as const;
const SNIPPET = 160;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Which field of a hit's properties matched `text`, and a snippet of it: HTML-escaped,
 * the matched words in <mark>…</mark>, cut to about 160 characters around the first one.
 * Falls back to `fallback` (slug or code for an exact lookup) when no word is in the text.
 */
export function highlightHit(
  text: string,
  props: Record<string, unknown>,
  fallback: { field: string; value: string },
): { matchedField: string; highlight: string } {
  const words = searchWords(text);
  let best: { field: string; value: string; quality: number } | null = null;
  for (const field of HIGHLIGHT_FIELDS) {
    const raw = props[field];
    const values = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
    for (const value of values) {
      const quality = sum(wordQualities(words, [value]));
      if (quality > 0 && (!best || quality > best.quality)) best = { field, value, quality };
    }
  }
  const chosen = best ?? { ...fallback, quality: 0 };
  return { matchedField: chosen.field, highlight: markWords(words, chosen.value) };
}

/** The value with every word that matches a query word marked, around the first mark. */
export function markWords(words: readonly string[], value: string): string {
  const token = /[\p{L}\p{N}]+(?:[._'][\p{L}\p{N}]+)*/gu;
  const marks: Array<[number, number]> = [];
  for (const m of value.matchAll(token)) {
    const t = foldCase(m[0]);
    if (words.some((w) => wordMatch(w, t) > 0 || t.split(/[._']/).some((part) => wordMatch(w, part) >= 1.8))) {
      marks.push([m.index, m.index + m[0].length]);
    }
  }
  const first = marks[0]?.[0] ?? 0;
  const start = value.length <= SNIPPET || first < SNIPPET / 3 ? 0 : Math.max(0, value.lastIndexOf(' ', first - SNIPPET / 4) + 1);
  const end = Math.min(value.length, start + SNIPPET);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of marks) {
    if (a < start || b > end) continue;
    out += `${escapeHtml(value.slice(at, a))}<mark>${escapeHtml(value.slice(a, b))}</mark>`;
    at = b;
  }
  out += escapeHtml(value.slice(at, end));
  return end < value.length ? `${out}…` : out;
}
