/**
 * Finds a directed cycle in a graph given as adjacency lists, or returns null.
 * The cycle is returned as the slugs along it, first repeated at the end
 * (`['a', 'b', 'c', 'a']`), which is what error messages show.
 */
export function findCycle(adjacency: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  // Iterative DFS: metacademy-sized chains would overflow a recursive one.
  for (const start of [...adjacency.keys()].sort()) {
    if (state.has(start)) continue;
    const frames: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    state.set(start, 'open');
    stack.push(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const targets = adjacency.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        const seen = state.get(target);
        if (seen === 'open') return [...stack.slice(stack.indexOf(target)), target];
        if (seen === undefined) {
          state.set(target, 'open');
          stack.push(target);
          frames.push({ node: target, next: 0 });
        }
      } else {
        state.set(frame.node, 'done');
        stack.pop();
        frames.pop();
      }
    }
  }
  return null;
}

/** Builds adjacency lists from `[from, to]` pairs. */
export function adjacencyOf(pairs: Iterable<readonly [string, string]>): Map<string, string[]> {
  const adjacency = new Map<string, string[]>();
  for (const [from, to] of pairs) {
    const list = adjacency.get(from);
    if (list) list.push(to);
    else adjacency.set(from, [to]);
  }
  return adjacency;
}
