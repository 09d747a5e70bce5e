import { randomBytes } from 'node:crypto';

/**
 * A slug prefix of its own for one test file (or block) and one run, `t-<tag>-<8 hex>-`,
 * as neo4j/graphql's `UniqueType` gives each test a label of its own: fixtures of a file
 * that failed before its cleanup, or of an interrupted run, never collide with a rerun's
 * or another file's, and `removePrefixed` removes exactly this file's nodes. Lowercase
 * letters, digits and hyphens only, so it is a valid slug start.
 */
export function uniquePrefix(tag: string): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(tag)) throw new Error(`uniquePrefix: tag "${tag}" must be lowercase letters, digits and hyphens`);
  return `t-${tag}-${randomBytes(4).toString('hex')}-`;
}
