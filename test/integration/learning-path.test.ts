import type { Driver } from '../../src/db/driver';
import { learningPathsOf, unlocksOf } from '../../src/repositories/skill.repository';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';
import { wholeClosures } from '../support/prerequisite-chains';

/** The order property, checked against edges read independently from the database. */
describe('learning paths over the whole seed graph', () => {
  let driver: Driver;
  let requires: Map<string, string[]>;
  let slugs: string[];

  beforeAll(async () => {
    driver = testDriver();
    const edges = await rawCypher<{ from: string; to: string }>(
      driver,
      'MATCH (a:Skill)-[:REQUIRES]->(b:Skill) RETURN a.slug AS from, b.slug AS to',
    );
    requires = new Map();
    for (const { from, to } of edges) requires.set(from, [...(requires.get(from) ?? []), to]);
    slugs = (await rawCypher<{ slug: string }>(driver, 'MATCH (s:Skill) RETURN s.slug AS slug ORDER BY slug')).map((r) => r.slug);
  });
  afterAll(() => driver.close());

  const closure = (start: string, next: Map<string, string[]>) => {
    const seen = new Set<string>();
    const queue = [...(next.get(start) ?? [])];
    while (queue.length) {
      const s = queue.shift()!;
      if (!seen.has(s)) {
        seen.add(s);
        queue.push(...(next.get(s) ?? []));
      }
    }
    return seen;
  };

  it('lists every transitive prerequisite once, each after all it requires', async () => {
    const paths = await wholeClosures(learningPathsOf, testRunner(driver), slugs);
    let checked = 0;
    for (const slug of slugs) {
      const steps = paths.get(slug) ?? [];
      const order = steps.map((s) => s.item.slug);
      expect(new Set(order).size).toBe(order.length);
      expect(new Set(order)).toEqual(closure(slug, requires));
      const position = new Map(order.map((s, i) => [s, i]));
      for (const step of order) {
        for (const needed of requires.get(step) ?? []) {
          expect(position.get(needed)).toBeLessThan(position.get(step)!);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lists what each skill unlocks, each after the unlocked skills it builds on', async () => {
    const requiredBy = new Map<string, string[]>();
    for (const [from, tos] of requires) for (const to of tos) requiredBy.set(to, [...(requiredBy.get(to) ?? []), from]);
    const unlocks = await wholeClosures(unlocksOf, testRunner(driver), slugs);
    for (const slug of slugs) {
      const order = (unlocks.get(slug) ?? []).map((s) => s.item.slug);
      expect(new Set(order)).toEqual(closure(slug, requiredBy));
      const position = new Map(order.map((s, i) => [s, i]));
      for (const step of order)
        for (const needed of requires.get(step) ?? [])
          if (position.has(needed)) expect(position.get(needed)).toBeLessThan(position.get(step)!);
    }
  });
});
