import type { Driver } from '../../src/db/driver';
import { loadSeed } from '../../src/seed/load-seed';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';

describe('seed data in Neo4j', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  it('loading it again changes nothing', async () => {
    const before = await rawCypher(driver, 'MATCH (n) RETURN count(n) AS n, max(n.updatedAt) AS last');
    const counts = await loadSeed(testRunner(driver));
    expect(counts).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    const after = await rawCypher(driver, 'MATCH (n) RETURN count(n) AS n, max(n.updatedAt) AS last');
    expect(String(after[0].last)).toBe(String(before[0].last));
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it('holds every fact of the Model Security page', async () => {
    const [skill] = await rawCypher(
      driver,
      `MATCH (s:Skill {slug: 'model-security'})
       RETURN s {.*} AS s,
              COLLECT { MATCH (c:Company)-[:HIRES_FOR]->(s) RETURN c.slug ORDER BY c.slug } AS companies,
              COLLECT { MATCH (s)-[:REQUIRES]->(p) RETURN p.slug } AS prerequisites,
              COLLECT { MATCH (r:Resource)-[t:TEACHES]->(s) WHERE t.source = 'seed-page' RETURN r {.*} } AS resources,
              COLLECT { MATCH (s)-[:COVERS]->(f:Framework) RETURN f.slug ORDER BY f.slug } AS frameworks,
              COLLECT { MATCH (s)-[:COVERS]->(c:Concept) RETURN c.slug } AS concepts`,
    );
    const s = skill.s as Record<string, unknown>;
    expect(s).toMatchObject({
      name: 'Model Security',
      category: 'Other',
      level: 'INTERMEDIATE',
      trend: 'NEW',
      demandRank: 56,
      source: 'seed-page',
    });
    expect(String(s.description)).toMatch(/^Model Security is the discipline of protecting machine learning/);
    expect(String(s.description)).toMatch(/not just a best practice\.$/);
    expect(skill.companies).toEqual(['anthropic', 'cohere', 'datadog', 'mistral-ai', 'openai', 'sierra-ai', 'stripe', 'xai']);
    expect(skill.prerequisites).toHaveLength(4);
    expect(skill.frameworks).toEqual(expect.arrayContaining(['eu-ai-act', 'mitre-atlas', 'nist-ai-rmf', 'owasp-llm-top-10-2025']));
    expect(skill.concepts).toEqual(
      expect.arrayContaining(['adversarial-examples', 'data-poisoning', 'model-inversion', 'model-extraction', 'prompt-injection']),
    );

    // The page's own ten; curated resources may teach the skill too.
    const resources = skill.resources as Array<Record<string, unknown>>;
    const kinds = resources.map((r) => r.kind);
    expect(resources).toHaveLength(10);
    expect(kinds.filter((k) => k === 'COURSE')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'BOOK')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'TUTORIAL' || k === 'GUIDE')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'CERTIFICATION')).toHaveLength(1);
    const book = resources.find((r) => r.kind === 'BOOK')!;
    expect(book).toMatchObject({ authors: ['John Sotiropoulos'], year: 2024 });
    expect(String(book.title)).toMatch(/^Adversarial AI Attacks, Mitigations, and Defense Strategies/);
    for (const r of resources) expect(r.summary).toEqual(expect.any(String));
  });

  it('gives every node and relationship a source', async () => {
    const [row] = await rawCypher(
      driver,
      `CALL () { MATCH (n) WHERE n.source IS NULL RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r) AS rels }
       RETURN nodes, rels`,
    );
    expect(Number(row.nodes)).toBe(0);
    expect(Number(row.rels)).toBe(0);
  });

  it('has depth: 45+ skills, prerequisite chains 4+ deep, and no REQUIRES cycle', async () => {
    const [row] = await rawCypher(
      driver,
      // Curated skills only: imported ones (Metacademy) are checked by the import tests,
      // and enumerating every path through them would take far too long.
      `MATCH (s:Skill) WHERE s.dataset IS NULL WITH count(s) AS skills
       OPTIONAL MATCH p = (a:Skill)-[:REQUIRES*4..]->(:Skill) WHERE a.dataset IS NULL
       WITH skills, max(length(p)) AS deepest
       OPTIONAL MATCH cycle = (x:Skill)-[:REQUIRES*]->(x) WHERE x.dataset IS NULL
       RETURN skills, deepest, count(cycle) AS cycles`,
    );
    expect(Number(row.skills)).toBeGreaterThanOrEqual(45);
    expect(Number(row.deepest)).toBeGreaterThanOrEqual(4);
    expect(Number(row.cycles)).toBe(0);
  });

  it('uses kebab-case slugs everywhere', async () => {
    const rows = await rawCypher<{ slug: string }>(driver, 'MATCH (n) WHERE n.slug IS NOT NULL RETURN n.slug AS slug');
    for (const { slug } of rows) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
