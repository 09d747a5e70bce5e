import type { Statement } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { groupBySlug, indexBySlug } from '../db/repository-helpers';

type Row = { slug: string; node: unknown };

/**
 * A repository function for a statement of the form `UNWIND $slugs AS slug ...
 * RETURN slug, <map> AS node`: one round trip for any number of slugs.
 */
export function listBySlugs<T>(statement: Statement, map: (node: Record<string, unknown>) => T) {
  return async (db: QueryRunner, slugs: readonly string[], params: Record<string, unknown> = {}): Promise<Map<string, T[]>> => {
    db.observeBatch(statement, slugs.length);
    return groupBySlug(await db.read<Row>(statement, { ...params, slugs }), map);
  };
}

/** Like listBySlugs, for statements returning at most one node per slug. */
export function oneBySlugs<T>(statement: Statement, map: (node: Record<string, unknown>) => T) {
  return async (db: QueryRunner, slugs: readonly string[]): Promise<Map<string, T>> => {
    db.observeBatch(statement, slugs.length);
    return indexBySlug(await db.read<Row>(statement, { slugs }), map);
  };
}

/** A statement returning `node` rows with no key, e.g. a whole small list. */
export function all<T>(statement: Statement, map: (node: Record<string, unknown>) => T) {
  return async (db: QueryRunner, params: Record<string, unknown> = {}): Promise<T[]> =>
    (await db.read<{ node: Record<string, unknown> }>(statement, params)).map((r) => map(r.node));
}

/** A statement of the form `UNWIND $slugs AS slug ... RETURN slug, <count> AS total`: a count per slug. */
export function countBySlugs(statement: Statement) {
  return async (db: QueryRunner, slugs: readonly string[], params: Record<string, unknown> = {}): Promise<Map<string, number>> => {
    db.observeBatch(statement, slugs.length);
    const rows = await db.read<{ slug: string; total: number }>(statement, { ...params, slugs });
    return new Map(rows.map((r) => [r.slug, r.total]));
  };
}
