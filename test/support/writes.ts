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

/* eslint-disable @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes */
export interface Reply<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }>;
  extensions?: Record<string, unknown>;
}

/** POSTs one GraphQL operation with extra headers (credentials); parses whatever JSON comes back. */
export async function post<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: object;
  try {
    body = JSON.parse(text) as object;
  } catch {
    throw new Error(`not JSON (HTTP ${res.status}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, headers: res.headers, ...body };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Total nodes and relationships: what a refused write must leave unchanged. */
export async function graphTotals(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [row] = await rawCypher<{ nodes: unknown; relationships: unknown }>(
    driver,
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

/** Removes every node whose slug starts with `prefix` (a test file's own), with its relationships. */
export async function removePrefixed(driver: Driver, prefix: string): Promise<void> {
  await rawCypher(driver, 'MATCH (n) WHERE n.slug STARTS WITH $prefix DETACH DELETE n', { prefix });
}
