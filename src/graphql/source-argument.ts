import { badInput } from '../errors';

/** Longer than any source key or URL the graph holds. */
export const MAX_SOURCE_LENGTH = 2048;

/** A usable `source` filter: a source key (`seed-page`, `curated`) or a URL. */
export const isSourceArgument = (source: string) => source.trim() !== '' && source.length <= MAX_SOURCE_LENGTH;

/** Checks a `source` filter argument; null when not given. A source no edge names simply matches nothing. */
export function sourceArgument(source: string | null | undefined, argument: string): string | null {
  if (source === null || source === undefined) return null;
  if (!isSourceArgument(source)) {
    throw badInput(argument, `a source key such as "seed-page" or "curated", or a URL, of 1 to ${MAX_SOURCE_LENGTH} characters`);
  }
  return source;
}
