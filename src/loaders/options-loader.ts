import DataLoader from 'dataloader';
import type { QueryRunner } from '../db/query-runner';

/** A key of a field whose arguments shape its query: the parent's key and those arguments. */
export interface OptionsKey<O> {
  slug: string;
  options: O;
}

/**
 * A DataLoader for fields with arguments (a page's cursor and size, filters): keys with
 * equal options are answered by one query, so 20 occupations each asking for their
 * first 5 skills cost one round trip. `empty` answers a key the query returned nothing for.
 */
export function optionsLoader<V, O>(
  db: QueryRunner,
  fetch: (db: QueryRunner, slugs: readonly string[], options: O) => Promise<Map<string, V>>,
  empty: V,
) {
  return new DataLoader<OptionsKey<O>, V, string>(
    async (keys) => {
      const groups = new Map<string, { options: O; slugs: Set<string> }>();
      for (const k of keys) {
        const id = JSON.stringify(k.options);
        if (!groups.has(id)) groups.set(id, { options: k.options, slugs: new Set() });
        groups.get(id)!.slugs.add(k.slug);
      }
      const found = new Map<string, Map<string, V>>();
      await Promise.all([...groups].map(async ([id, g]) => found.set(id, await fetch(db, [...g.slugs], g.options))));
      return keys.map((k) => found.get(JSON.stringify(k.options))!.get(k.slug) ?? empty);
    },
    { cacheKeyFn: (k) => `${k.slug}\u0000${JSON.stringify(k.options)}` },
  );
}
