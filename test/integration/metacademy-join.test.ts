import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Driver } from '../../src/db/driver';
import { adjacencyOf, findCycle } from '../../src/domain/find-cycle';
import { METACADEMY_JOIN_FILE, normaliseTag, skillSlugOfTag } from '../../src/import/datasets/metacademy';
import { runImport } from '../../src/import/run-import';
import { learningPathsOf } from '../../src/repositories/skill.repository';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';
import { wholeClosures } from '../support/prerequisite-chains';
import { files, readJson } from '../support/shared-data';
import { guardSharedGraph } from '../support/shared-graph';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Prunes and re-imports Metacademy: the graph is checked, and restored if need be, when the file ends.
guardSharedGraph();

/**
 * Metacademy joined to the curated skills (data/joins/metacademy-skills.yaml) and the
 * merge rule applied to its concepts, against the graph the global setup built.
 */
describe('Metacademy joined to the skills', () => {
  let driver: Driver;
  const tmp = mkdtempSync(join(tmpdir(), 'skillgraph-metacademy-'));
  const joins = (
    parseYaml(readFileSync(METACADEMY_JOIN_FILE, 'utf8')) as { requires: Array<{ skill: string; concepts: string[]; note: string }> }
  ).requires;
  beforeAll(() => (driver = testDriver()));
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await driver.close();
  });

  it('holds every curated join as a REQUIRES edge with its source and reason', async () => {
    const rows = await rawCypher<{ from: string; to: string; source: string; reason: string }>(
      driver,
      "MATCH (a:Skill)-[r:REQUIRES {dataset: 'metacademy', source: 'curated'}]->(b:Skill) RETURN a.slug AS from, b.slug AS to, r.source AS source, r.reason AS reason",
    );
    const expected = joins.flatMap((j) => j.concepts.map((c) => `${j.skill} ${skillSlugOfTag(c)}`));
    expect(rows.map((r) => `${r.from} ${r.to}`).sort()).toEqual([...new Set(expected)].sort());
    for (const r of rows)
      expect(r.reason).toBe(
        joins
          .find((j) => j.skill === r.from)!
          .note.replace(/\s+/g, ' ')
          .trim(),
      );
  });

  it('lets Model Security’s learning path descend into Metacademy, down to backpropagation', async () => {
    const paths = await wholeClosures(learningPathsOf, testRunner(driver), ['model-security']);
    const slugs = paths.get('model-security')!.map((s) => s.item.slug);
    expect(slugs).toContain('metacademy-backpropagation');
    expect(slugs).toContain('metacademy-chain-rule');
    // Foundations first: backpropagation's own prerequisites come before it.
    const at = (slug: string) => slugs.indexOf(slug);
    expect(at('metacademy-chain-rule')).toBeLessThan(at('metacademy-backpropagation'));
    expect(at('metacademy-backpropagation')).toBeLessThan(at('machine-learning-foundations'));
    const [path] = await rawCypher<{ hops: unknown }>(
      driver,
      "MATCH p = shortestPath((:Skill {slug: 'model-security'})-[:REQUIRES*..10]->(:Skill {slug: 'metacademy-backpropagation'})) RETURN length(p) AS hops",
    );
    expect(Number(path.hops)).toBeGreaterThan(0);
  });

  it('keeps the whole REQUIRES graph acyclic', async () => {
    const edges = await rawCypher<{ from: string; to: string }>(
      driver,
      'MATCH (a:Skill)-[:REQUIRES]->(b:Skill) RETURN a.slug AS from, b.slug AS to',
    );
    expect(edges.length).toBeGreaterThan(1000);
    expect(findCycle(adjacencyOf(edges.map((e) => [e.from, e.to] as const)))).toBeNull();
  });

  it('merges a concept named like a skill of another owner into it: one node, its edges moved, the merge reported', async () => {
    const doc = readJson(files.metacademy);
    // A leaf concept renamed to a curated skill's name (case and spacing differ: the rule ignores them).
    const leaf = (doc.concepts as Any[]).find((c) => c.id === 'precision_recall')!;
    expect(leaf.prerequisites).toEqual([]);
    leaf.title = '  STATISTICS ';
    const dependents = (doc.concepts as Any[]).filter((c) => c.prerequisites.some((p: Any) => normaliseTag(p.id) === 'precision_recall'));
    const path = join(tmp, 'concepts.json');
    writeFileSync(path, JSON.stringify(doc));
    const db = testRunner(driver);
    try {
      const report = await runImport(db, 'metacademy', path, { prune: true });
      expect(report.merges).toEqual(['STATISTICS → statistics (by name "Statistics")']);
      const [gone] = await rawCypher(driver, "MATCH (s:Skill {slug: 'metacademy-precision-recall'}) RETURN count(s) AS n");
      expect(Number(gone.n)).toBe(0);
      const [moved] = await rawCypher<{ from: string[] }>(
        driver,
        "MATCH (d:Skill)-[:REQUIRES {dataset: 'metacademy'}]->(:Skill {slug: 'statistics'}) RETURN collect(d.slug) AS from",
      );
      expect(moved.from.sort()).toEqual(dependents.map((c) => skillSlugOfTag(c.id)).sort());
    } finally {
      // Back to the real file, as every other test expects.
      await runImport(db, 'metacademy', files.metacademy, { prune: true });
    }
    const [back] = await rawCypher(driver, "MATCH (s:Skill {slug: 'metacademy-precision-recall'}) RETURN count(s) AS n");
    expect(Number(back.n)).toBe(1);
  });
});
