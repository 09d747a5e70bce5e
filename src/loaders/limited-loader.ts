import DataLoader from 'dataloader';
import type { QueryRunner } from '../db/query-runner';

/** A list field with arguments that shape the query (a limit, an order). */
export interface LimitedKey<O> {
  slug: string;
  options: O;
}

/**
 * A DataLoader for list fields with arguments: keys asking with the same options
 * are answered by one query (the limit pushed into the Cypher), so 50 companies
 * each asking for their top 5 skills still cost one round trip.
 */
export function limitedListLoader<T, O>(
  db: QueryRunner,
  fetch: (db: QueryRunner, slugs: readonly string[], options: O) => Promise<Map<string, T[]>>,
) {
  return new DataLoader<LimitedKey<O>, T[], string>(
    async (keys) => {
      const groups = new Map<string, { options: O; slugs: Set<string> }>();
      for (const k of keys) {
        const id = JSON.stringify(k.options);
        if (!groups.has(id)) groups.set(id, { options: k.options, slugs: new Set() });
        groups.get(id)!.slugs.add(k.slug);
      }
      const found = new Map<string, Map<string, T[]>>();
      await Promise.all([...groups].map(async ([id, g]) => found.set(id, await fetch(db, [...g.slugs], g.options))));
      return keys.map((k) => found.get(JSON.stringify(k.options))!.get(k.slug) ?? []);
    },
    { cacheKeyFn: (k) => `${k.slug}\u0000${JSON.stringify(k.options)}` },
  );
}
