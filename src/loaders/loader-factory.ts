import DataLoader from 'dataloader';
import type { QueryRunner } from '../db/query-runner';

/**
 * DataLoaders over repository functions that answer many slugs in one round trip.
 * Per request only: never share them across requests (they cache).
 */
export function listLoader<T>(db: QueryRunner, fetch: (db: QueryRunner, slugs: readonly string[]) => Promise<Map<string, T[]>>) {
  return new DataLoader<string, T[]>(async (slugs) => {
    const found = await fetch(db, slugs);
    return slugs.map((s) => found.get(s) ?? []);
  });
}

export function oneLoader<T>(db: QueryRunner, fetch: (db: QueryRunner, slugs: readonly string[]) => Promise<Map<string, T>>) {
  return new DataLoader<string, T | null>(async (slugs) => {
    const found = await fetch(db, slugs);
    return slugs.map((s) => found.get(s) ?? null);
  });
}
