import { badInput } from '../errors';
import type { ConnectionRecord, EdgeConnectionRecord } from '../records';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

/** Checks a `first` argument; `max` is the list's own ceiling. */
export function checkFirst(first: number | null | undefined, fallback: number, max = MAX_PAGE_SIZE, argument = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(argument, `must be between 0 and ${max}; got ${value}. Page through longer lists with \`after\`.`);
  }
  return value;
}

/**
 * Cursors are base64url("<list>:<slug>"): the list's name makes a cursor from one
 * list (say companies) a clear error when replayed on another (say skills).
 */
export function encodeCursor(list: string, slug: string): string {
  return Buffer.from(`${list}:${slug}`, 'utf8').toString('base64url');
}

/** The slug after which the page starts ('' for the first page). */
export function decodeCursor(list: string, after: string | null | undefined): string {
  if (after === null || after === undefined) return '';
  const decoded = /^[A-Za-z0-9_-]{1,700}$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 1 || decoded.slice(colon + 1).length === 0) {
    throw badInput('after', `not a cursor from this API; pass \`pageInfo.endCursor\` of the previous ${list} page, or omit it`);
  }
  if (decoded.slice(0, colon) !== list) {
    throw badInput('after', `this cursor belongs to the ${decoded.slice(0, colon)} list; pass \`pageInfo.endCursor\` of a ${list} page`);
  }
  return decoded.slice(colon + 1);
}

/** A Relay connection from a page fetched with one extra row to tell whether more exist. */
export function toConnection<T extends { slug: string }>(
  list: string,
  rows: T[],
  first: number,
  after: string,
  totalCount: () => Promise<number>,
): ConnectionRecord<T> {
  return toEdgeConnection(
    list,
    rows.map((node) => ({ node })),
    first,
    after,
    totalCount,
  );
}

/**
 * Like toConnection, for edges that carry the relationship's properties: each row is
 * an edge (properties and `node`), and the cursor is its node's slug.
 */
export function toEdgeConnection<T extends { slug: string }, P>(
  list: string,
  rows: Array<P & { node: T }>,
  first: number,
  after: string,
  totalCount: () => Promise<number>,
): EdgeConnectionRecord<T, P> {
  const items = rows.slice(0, first);
  const edges = items.map((edge) => ({ ...edge, cursor: encodeCursor(list, edge.node.slug) }));
  return {
    edges,
    nodes: items.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== '',
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
