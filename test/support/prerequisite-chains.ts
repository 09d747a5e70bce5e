/**
 * Prerequisite chains computed straight from a file's edges (`requires`: each concept to
 * what it requires), by memoised recursion: written apart from src/domain/learning-order
 * so the tests check it rather than repeat it.
 */
import type { QueryRunner } from '../../src/db/query-runner';
import type { ClosureOptions } from '../../src/repositories/skill.repository';

type Requires = ReadonlyMap<string, readonly string[]>;

/** Everything reachable from `start` through `next`: what it needs (given `requires`) or what it unlocks (given the reverse). */
export function closure(start: string, next: Requires): Set<string> {
  const seen = new Set<string>();
  const stack = [...(next.get(start) ?? [])];
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (!seen.has(s)) {
      seen.add(s);
      stack.push(...(next.get(s) ?? []));
    }
  }
  return seen;
}

/** The longest chain (in edges) anywhere in the graph. */
export function longestChain(requires: Requires): number {
  const height = new Map<string, number>();
  const heightOf = (s: string): number => {
    if (!height.has(s)) height.set(s, Math.max(0, ...(requires.get(s) ?? []).map((p) => heightOf(p) + 1)));
    return height.get(s)!;
  };
  return Math.max(0, ...[...requires.keys()].map(heightOf));
}

/** For each concept `start` needs, the longest chain (in edges) from `start` down to it. */
export function chainLengthsFrom(start: string, requires: Requires): Map<string, number> {
  const needed = closure(start, requires);
  const requiredBy = new Map<string, string[]>();
  for (const from of [start, ...needed])
    for (const to of requires.get(from) ?? []) requiredBy.set(to, [...(requiredBy.get(to) ?? []), from]);
  const length = new Map<string, number>([[start, 0]]);
  const lengthOf = (s: string): number => {
    if (!length.has(s)) length.set(s, Math.max(...requiredBy.get(s)!.map((u) => lengthOf(u) + 1)));
    return length.get(s)!;
  };
  return new Map([...needed].map((s) => [s, lengthOf(s)]));
}

/**
 * Whole closures through a repository function (learningPathsOf, unlocksOf), with no `first`
 * and a bound no test graph reaches; a refused closure fails the test.
 */
export async function wholeClosures<T>(
  fetch: (db: QueryRunner, slugs: readonly string[], options: ClosureOptions) => Promise<Map<string, T[] | Error>>,
  db: QueryRunner,
  slugs: readonly string[],
): Promise<Map<string, T[]>> {
  const found = await fetch(db, slugs, { first: null, maxSteps: 100_000 });
  const whole = new Map<string, T[]>();
  for (const [slug, steps] of found) {
    if (steps instanceof Error) throw steps;
    whole.set(slug, steps);
  }
  return whole;
}
