import { cypher } from '../../src/db/cypher';
import type { Driver } from '../../src/db/driver';
import { benchCypher } from '../../bench/support/bench-cypher';
import { testDriver } from '../support/neo4j';

type Plan = { operatorType: string; children: Plan[] };
const operators = (plan: Plan): string[] => [plan.operatorType.split('@')[0], ...plan.children.flatMap(operators)];

/**
 * The statements behind the benchmark's S1-S4 (skillgraph's and the raw-driver
 * target's) start from the slug index: no label or all-nodes scan, so their cost
 * does not grow with the size of the graph.
 */
describe('S1-S4 statements seek by index', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  const statements = [
    cypher('skill/by-slugs'),
    cypher('skill/page-bundle'),
    cypher('skill/related'),
    cypher('skill/hiring-companies-top'),
    cypher('company/skills-top'),
    benchCypher('raw/s1-skill'),
    benchCypher('raw/s2-skill-page'),
    benchCypher('raw/s4-hiring-companies'),
  ];

  it.each(statements.map((s) => [s.name, s] as const))('%s', async (_name, statement) => {
    const { summary } = await driver.executeQuery(`EXPLAIN ${statement.text}`, {});
    const ops = operators(summary.plan as unknown as Plan);
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(ops).not.toContain('NodeByLabelScan');
    expect(ops).not.toContain('AllNodesScan');
  });
});
