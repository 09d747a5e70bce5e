import stem from 'wink-porter2-stemmer';

/** Limits on search text: longer texts are refused, words beyond the count ignored. */
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 12;

/** Lower case, accents dropped (NFKD), so `Café` and `cafe` are one word. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lower-cased words of letters and digits (with inner `.`, `'` or `_` kept, as in `aml.t0051`). */
export function textWords(text: string): string[] {
  return foldCase(text).match(/[\p{L}\p{N}]+(?:[._'][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The words of a search text: its first MAX_SEARCH_WORDS. */
export function searchWords(text: string): string[] {
  return textWords(text).slice(0, MAX_SEARCH_WORDS);
}

/** Letters and digits only: `AML.T0051` → `amlt0051`, `LLM01:2025` → `llm012025`, `15-2051.00` → `15205100`. */
export function compact(text: string): string {
  return foldCase(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

const stems = new Map<string, string>();

/** The English (Porter2) stem of a word: teaming → team, poisoning → poison. Codes and numbers stay. */
export function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\p{L}+$/u.test(word) ? stem(word) : word;
    // Ranking stems the same names again and again: remember them, within bounds.
    if (stems.size >= 100_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}
