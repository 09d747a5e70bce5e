import type { Driver } from '../../src/db/driver';
import { rawCypher } from './neo4j';

/** API keys the write tests configure (each at least 24 characters, as config requires). */
export const KEYS = {
  reader: 'reader-key-for-tests-0123456789',
  editor: 'editor-key-for-tests-0123456789',
  admin: 'admin-key-for-tests-01234567890',
};
export const API_KEYS_ENV = {
  SKILLGRAPH_API_KEYS: Object.entries(KEYS)
    .map(([role, key]) => `${role}:${key}`)
    .join(','),
};

export const as = (role: keyof typeof KEYS): Record<string, string> => ({ 'x-api-key': KEYS[role] });

/** Total nodes and relationships: what a refused write must leave unchanged. */
export async function graphTotals(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [row] = await rawCypher<{ nodes: unknown; relationships: unknown }>(
    driver,
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}
