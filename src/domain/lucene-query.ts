import { searchWords, stemOf } from './search-words';

export { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, searchWords } from './search-words';

/**
 * Builds a Lucene query for Neo4j's full-text index (`search_v3`) from what a user typed.
 * The user's text never reaches Lucene's parser as syntax: it is split into words, every
 * special character escaped, and recombined. Every word must match (in any order, in any
 * field); a word matches as itself, by prefix (while typing), by the prefix of its stem
 * (teaming → team*, so "teaming" finds "Red Team"), and with one typo when it is long
 * enough. Names weigh more than aliases, aliases more than authors and the framework,
 * those more than descriptions; a multi-word text also scores its phrase in the names.
 * The final order is decided in src/domain/search-rank.ts; this only has to find.
 */

/**
 * Fields of `search_v3` (cypher/schema/30-search-fulltext.cypher), their weights, and
 * whether a word may match there by prefix: in names and authors, which people type;
 * elsewhere a word matches as typed or by its stem (prefix terms expand, and cost).
 * The index keeps accents (`Géron`): a typo-tolerant term (`geron~1`) finds them.
 */
const FIELDS: ReadonlyArray<readonly [string, number, boolean]> = [
  ['name', 6, true],
  ['title', 6, true],
  ['code', 6, true],
  ['aliases', 5, true],
  ['authors', 3, true],
  ['framework', 1.5, false],
  ['description', 1, false],
  ['summary', 1, false],
];
/** Fields where a typo is forgiven (each fuzzy term expands to many: keep Lucene's clause count low). */
const FUZZY_FIELDS = new Set(['name', 'title', 'aliases', 'authors']);
const MAX_FUZZY_WORDS = 4;
const PHRASE_FIELDS: ReadonlyArray<readonly [string, number]> = [
  ['name', 10],
  ['title', 10],
  ['aliases', 8],
];

const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes one word for Lucene. */
export function escapeLucene(word: string): string {
  return word.replace(special, (c) => `\\${c}`);
}

/**
 * The ways one word may match in one field: as typed; in names also by prefix; by its
 * stem's prefix (the index holds words unstemmed, so `poison*` is what finds "poisoning");
 * with one typo where asked.
 */
function variants(word: string, prefix: boolean, fuzzy: boolean): string {
  const e = escapeLucene(word);
  // A one-character prefix (`1*`) expands to a large part of the dictionary: only longer ones.
  const out = prefix && word.length >= 2 ? [e, `${e}*`] : [e];
  const stem = stemOf(word);
  if (stem !== word && stem.length >= (prefix ? 3 : 4)) out.push(`${escapeLucene(stem)}*`);
  if (fuzzy) out.push(`${e}~1`);
  return out.join(' OR ');
}

/** The Lucene query, or null when the text holds no word to search for. */
export function toLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  let fuzzyLeft = MAX_FUZZY_WORDS;
  const perWord = words.map((w) => {
    // Typos are forgiven in words, not in codes and numbers (`llm01`), where a fuzzy term
    // costs a scan of the dictionary and a near miss is another item.
    const fuzzy = w.length >= 5 && /^\p{L}+$/u.test(w) && fuzzyLeft-- > 0;
    const clauses = FIELDS.map(([field, boost, prefix]) => `${field}:(${variants(w, prefix, fuzzy && FUZZY_FIELDS.has(field))})^${boost}`);
    return `(${clauses.join(' OR ')})`;
  });
  const all = perWord.join(' AND ');
  if (words.length === 1) return all;
  const phrase = words.map(escapeLucene).join(' ');
  const phrases = PHRASE_FIELDS.map(([field, boost]) => `${field}:"${phrase}"^${boost}`).join(' OR ');
  return `${phrases} OR (${all})`;
}
