import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allStatementNames, cypher, cypherBounded, cypherDir, cypherTemplate } from '../../src/db/cypher';
import type { Driver } from '../../src/db/driver';
import { rawCypher, testDriver } from '../support/neo4j';

/** Sample bindings for template placeholders: any allow-listed value compiles the same way. */
const sample: Record<string, string> = { Label: 'Skill', From: 'Skill', To: 'Skill', Type: 'REQUIRES' };

function statementFor(name: string) {
  const placeholders = [...readFileSync(join(cypherDir, `${name}.cypher`), 'utf8').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
  if (placeholders.includes('depth')) return cypherBounded(name, 2, 2);
  return placeholders.length === 0 ? cypher(name) : cypherTemplate(name, Object.fromEntries(placeholders.map((p) => [p, sample[p]])));
}

type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
const operators = (plan: Plan): string[] => [plan.operatorType.split('@')[0], ...plan.children.flatMap(operators)];

describe('every statement under cypher/', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  // Schema statements are applied by the global setup; EXPLAIN does not take DDL.
  const names = allStatementNames().filter((n) => !n.startsWith('schema/'));

  it('there are statements to check', () => expect(names.length).toBeGreaterThan(30));

  it.each(names)('%s compiles (EXPLAIN)', async (name) => {
    const result = await driver.executeQuery(`EXPLAIN ${statementFor(name).text}`, {}, { database: 'neo4j' });
    expect(result.summary.plan).toBeTruthy();
  });

  it('looks skills up by the unique slug index, not a label scan', async () => {
    const result = await driver.executeQuery(`EXPLAIN ${cypher('skill/by-slugs').text}`, {});
    const ops = operators(result.summary.plan as unknown as Plan);
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(ops).not.toContain('NodeByLabelScan');
    expect(ops).not.toContain('AllNodesScan');
  });

  it('pages skills from the slug index in order (no sort of all skills)', async () => {
    const result = await driver.executeQuery(`EXPLAIN ${cypher('skill/page').text}`, {});
    const ops = operators(result.summary.plan as unknown as Plan);
    expect(ops.some((o) => o.startsWith('NodeIndexSeekByRange') || o.startsWith('NodeUniqueIndexSeekByRange'))).toBe(true);
    expect(ops).not.toContain('Sort');
  });

  it('the raw helper works (sanity)', async () => {
    const [row] = await rawCypher<{ one: number }>(driver, 'RETURN 1 AS one');
    expect(Number(row.one)).toBe(1);
  });
});
