/** Groups `{ slug, node }` rows by slug, in the row order the Cypher returned. */
export function groupBySlug<T>(rows: Array<{ slug: string; node: unknown }>, map: (node: Record<string, unknown>) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.slug);
    const value = map(row.node as Record<string, unknown>);
    if (list) list.push(value);
    else groups.set(row.slug, [value]);
  }
  return groups;
}

/** Keys `{ slug, node }` rows by slug (one node per slug). */
export function indexBySlug<T>(rows: Array<{ slug: string; node: unknown }>, map: (node: Record<string, unknown>) => T): Map<string, T> {
  return new Map(rows.map((row) => [row.slug, map(row.node as Record<string, unknown>)]));
}

export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A projected row (values in `properties` order) back to a property map for the record mappers. */
export function zipProperties(properties: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < properties.length; i++) out[properties[i]] = values[i];
  return out;
}
