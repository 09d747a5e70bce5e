import type { Driver } from '../../src/db/driver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { METACADEMY_JOIN_FILE, skillSlugOfTag } from '../../src/import/datasets/metacademy';
import { seedDir } from '../../src/seed/read-seed';
import { learningPathsOf, unlocksOf } from '../../src/repositories/skill.repository';
import { testDriver, testRunner } from '../support/neo4j';
import { closure, longestChain, wholeClosures } from '../support/prerequisite-chains';
import { files, readJson } from '../support/shared-data';

/**
 * The learning-path order over the whole Metacademy graph, checked against the
 * prerequisites as the file states them (not as the database returns them).
 */
describe('learning paths over the whole Metacademy graph', () => {
  let driver: Driver;
  const concepts = readJson(files.metacademy).concepts as Array<{ id: string; prerequisites: Array<{ id: string }> }>;
  const requires = new Map(concepts.map((c) => [skillSlugOfTag(c.id), c.prerequisites.map((p) => skillSlugOfTag(p.id))]));
  const slugs = [...requires.keys()];
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  it('lists every transitive prerequisite once, each after everything it requires', async () => {
    const paths = await wholeClosures(learningPathsOf, testRunner(driver), slugs);
    let checked = 0;
    for (const slug of slugs) {
      const order = (paths.get(slug) ?? []).map((s) => s.item.slug);
      expect(new Set(order)).toEqual(closure(slug, requires));
      expect(new Set(order).size).toBe(order.length);
      const position = new Map(order.map((s, i) => [s, i]));
      for (const step of order)
        for (const needed of requires.get(step) ?? []) {
          expect(position.get(needed)).toBeLessThan(position.get(step)!);
          checked += 1;
        }
    }
    // The longest chain in the file shows up as the deepest step.
    const deepest = Math.max(...[...paths.values()].flatMap((steps) => steps.map((s) => s.depth)));
    expect(deepest).toBe(longestChain(requires));
    expect(checked).toBeGreaterThan(1000);
  });

  it('unlocks are the reverse closure, nearest first', async () => {
    // What a concept unlocks reaches past Metacademy: the curated joins lead from seed
    // skills down into the concepts, and the seed's own prerequisites lead further up.
    const seed = parseYaml(readFileSync(join(seedDir, 'skills.yaml'), 'utf8')) as {
      skills: Array<{ slug: string; requires?: Array<string | { slug: string }> }>;
    };
    const joins = parseYaml(readFileSync(METACADEMY_JOIN_FILE, 'utf8')) as { requires: Array<{ skill: string; concepts: string[] }> };
    const edges: Array<[string, string]> = [
      ...[...requires].flatMap(([from, tos]) => tos.map((to) => [from, to] as [string, string])),
      ...joins.requires.flatMap((j) => j.concepts.map((c) => [j.skill, skillSlugOfTag(c)] as [string, string])),
      ...seed.skills.flatMap((k) => (k.requires ?? []).map((r) => [k.slug, typeof r === 'string' ? r : r.slug] as [string, string])),
    ];
    const requiredBy = new Map<string, string[]>();
    for (const [from, to] of edges) requiredBy.set(to, [...(requiredBy.get(to) ?? []), from]);
    const unlocks = await wholeClosures(unlocksOf, testRunner(driver), slugs);
    for (const slug of slugs) {
      const steps = unlocks.get(slug) ?? [];
      expect(new Set(steps.map((s) => s.item.slug))).toEqual(closure(slug, requiredBy));
      for (let i = 1; i < steps.length; i++) expect(steps[i - 1].depth).toBeLessThanOrEqual(steps[i].depth);
    }
  });
});
