import { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, toLuceneQuery } from '../../domain/lucene-query';
import { badInput } from '../../errors';

/** Checks a free-text argument and turns it into a full-text query. */
export function textQuery(text: string, argument: string): string {
  if (text.length > MAX_SEARCH_LENGTH) throw badInput(argument, `at most ${MAX_SEARCH_LENGTH} characters; got ${text.length}`);
  const query = toLuceneQuery(text);
  if (query === null) {
    throw badInput(argument, `send at least one word of letters or digits (up to ${MAX_SEARCH_WORDS} are used), e.g. "model security"`);
  }
  return query;
}
