import type { QueryRunner } from '../db/query-runner';
import { type OptionsKey, optionsLoader } from './options-loader';

/** A list field with arguments that shape the query (a limit, an order). */
export type LimitedKey<O> = OptionsKey<O>;

/**
 * A DataLoader for list fields with arguments: keys asking with the same options
 * are answered by one query (the limit pushed into the Cypher), so 50 companies
 * each asking for their top 5 skills still cost one round trip.
 */
export function limitedListLoader<T, O>(
  db: QueryRunner,
  fetch: (db: QueryRunner, slugs: readonly string[], options: O) => Promise<Map<string, T[]>>,
) {
  return optionsLoader<T[], O>(db, fetch, []);
}
