import { adjacencyOf, findCycle } from '../../src/domain/find-cycle';
import { learningPathOrder, longestDepths, unlockOrder } from '../../src/domain/learning-order';

const skill = (slug: string) => ({ slug, name: slug.toUpperCase() });

describe('longestDepths', () => {
  it('uses the longest chain, not the shortest', () => {
    // target -> a -> b -> c and target -> c directly: c is 3 deep, not 1.
    const next = adjacencyOf([
      ['target', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['target', 'c'],
    ]);
    expect(Object.fromEntries(longestDepths('target', next))).toEqual({ a: 1, b: 2, c: 3 });
  });
});

describe('learningPathOrder', () => {
  it('lists every step after everything it requires', () => {
    const edges: Array<[string, string]> = [
      ['t', 'a'],
      ['t', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
      ['a', 'd'],
    ];
    const steps = learningPathOrder('t', ['a', 'b', 'c', 'd'].map(skill), adjacencyOf(edges));
    const position = new Map(steps.map((s, i) => [s.item.slug, i]));
    for (const [from, to] of edges) if (from !== 't') expect(position.get(to)!).toBeLessThan(position.get(from)!);
    expect(steps.map((s) => [s.item.slug, s.depth])).toEqual([
      ['d', 3],
      ['c', 2],
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('unlockOrder', () => {
  it('lists the nearest dependents first', () => {
    const steps = unlockOrder(
      'base',
      ['x', 'y'].map(skill),
      adjacencyOf([
        ['base', 'x'],
        ['x', 'y'],
        ['base', 'y'],
      ]),
    );
    expect(steps.map((s) => [s.item.slug, s.depth])).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });
});

describe('findCycle', () => {
  it('returns null for a DAG', () => {
    expect(
      findCycle(
        adjacencyOf([
          ['a', 'b'],
          ['b', 'c'],
          ['a', 'c'],
        ]),
      ),
    ).toBeNull();
  });

  it('names the cycle, closing it', () => {
    expect(
      findCycle(
        adjacencyOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });

  it('finds a self-loop', () => {
    expect(findCycle(adjacencyOf([['a', 'a']]))).toEqual(['a', 'a']);
  });

  it('handles long chains without recursion', () => {
    const pairs: Array<[string, string]> = Array.from({ length: 50_000 }, (_, i) => [`n${i}`, `n${i + 1}`]);
    expect(findCycle(adjacencyOf(pairs))).toBeNull();
    pairs.push(['n50000', 'n0']);
    expect(findCycle(adjacencyOf(pairs))).toHaveLength(50_002);
  });
});
