/**
 * Builds a Lucene query for Neo4j's full-text index from what a user typed. The
 * user's text never reaches Lucene's parser as syntax: it is split into words,
 * every special character escaped, and recombined as
 *   "whole phrase"^4 OR (word1* OR word1~) AND (word2* ...)
 * so exact phrases rank first, words match by prefix, and longer words tolerate a typo.
 */

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 12;

const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes one word for Lucene. */
export function escapeLucene(word: string): string {
  return word.replace(special, (c) => `\\${c}`);
}

/** Lower-cased words of letters and digits (with inner `.`, `'` or `_` kept, as in `aml.t0051`). */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[._'][\p{L}\p{N}]+)*/gu) ?? []).slice(0, MAX_SEARCH_WORDS);
}

/** The Lucene query, or null when the text holds no word to search for. */
export function toLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const term = (w: string) => {
    const e = escapeLucene(w);
    const variants = [e, `${e}*`];
    if (w.length >= 5) variants.push(`${e}~1`);
    return `(${variants.join(' OR ')})`;
  };
  const all = words.map(term).join(' AND ');
  return words.length > 1 ? `"${words.map(escapeLucene).join(' ')}"^4 OR (${all})` : all;
}
