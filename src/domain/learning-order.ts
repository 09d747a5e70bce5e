/**
 * Orders a closure reached from one skill (its prerequisites, or its dependents).
 * `next` maps each reached slug (and the start) to the slugs one step further away.
 * Depth is the longest chain from the start, so if a step leads to another, the
 * other is strictly deeper: sorting by depth puts every step on the right side of
 * everything it depends on.
 */
export function longestDepths(start: string, next: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  // Topological order of the reachable part (the graph is acyclic: writes refuse cycles).
  const order: string[] = [];
  const visited = new Set<string>();
  const frames: Array<{ node: string; i: number }> = [{ node: start, i: 0 }];
  visited.add(start);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    const targets = next.get(frame.node) ?? [];
    if (frame.i < targets.length) {
      const target = targets[frame.i++];
      if (!visited.has(target)) {
        visited.add(target);
        frames.push({ node: target, i: 0 });
      }
    } else {
      order.push(frame.node);
      frames.pop();
    }
  }
  order.reverse(); // now every node comes before the nodes it leads to
  const depth = new Map<string, number>([[start, 0]]);
  for (const node of order) {
    const d = depth.get(node);
    if (d === undefined) continue;
    for (const target of next.get(node) ?? []) {
      if ((depth.get(target) ?? -1) < d + 1) depth.set(target, d + 1);
    }
  }
  depth.delete(start);
  return depth;
}

export interface Step<T> {
  item: T;
  depth: number;
}

type Named = { slug: string; name: string };
type Order = <T extends Named>(start: string, items: readonly T[], next: ReadonlyMap<string, readonly string[]>) => Step<T>[];

/** Steps with their depths, deepest first (`sign` -1) or nearest first (+1); ties by name. */
function byDepth(sign: 1 | -1): Order {
  return (start, items, next) => {
    const depths = longestDepths(start, next);
    return items
      .map((item) => ({ item, depth: depths.get(item.slug) ?? 1 }))
      .sort((a, b) => sign * (a.depth - b.depth) || a.item.name.localeCompare(b.item.name) || a.item.slug.localeCompare(b.item.slug));
  };
}

/** Prerequisites first: deepest (most foundational) first, so a learner can go top to bottom. */
export const learningPathOrder: Order = byDepth(-1);

/** Dependents nearest first: what a skill unlocks, in the order they open up. */
export const unlockOrder: Order = byDepth(1);
