import { cypher, cypherBounded } from '../../src/db/cypher';
import type { Driver } from '../../src/db/driver';
import { MAX_PATH_DEPTH } from '../../src/graph-view/graph-view-args';
import { GRAPH_LABELS } from '../../src/graph-vocabulary';
import { benchCypher } from '../../bench/support/bench-cypher';
import { testDriver } from '../support/neo4j';

type Plan = { operatorType: string; arguments: { Details?: string }; children: Plan[] };
const operators = (plan: Plan): string[] => [plan.operatorType.split('@')[0], ...plan.children.flatMap(operators)];
const details = (plan: Plan): string[] => [plan.arguments.Details ?? '', ...plan.children.flatMap(details)];

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

/**
 * shortestPath: one statement per maxDepth (1-10, spliced into one file by cypherBounded),
 * so the search itself stops at maxDepth; both ends come from the key indexes, and of the
 * equally short paths one is kept by a Top-1, not a sort of them all.
 */
describe('shortest-path statements: bounded by maxDepth, seek by index', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  const depths = Array.from({ length: MAX_PATH_DEPTH }, (_, i) => i + 1);

  it.each(depths)('depth %i', async (d) => {
    const { summary } = await driver.executeQuery(`EXPLAIN ${cypherBounded('graph/shortest-path', d, MAX_PATH_DEPTH).text}`, {});
    const plan = summary.plan as unknown as Plan;
    const ops = operators(plan);
    expect(ops.filter((o) => o.startsWith('NodeUniqueIndexSeek'))).toHaveLength(2 * GRAPH_LABELS.length); // every label, both ends
    expect(ops).not.toContain('NodeByLabelScan');
    expect(ops).not.toContain('AllNodesScan');
    expect(ops).toContain('Top');
    expect(ops).not.toContain('Sort');
    const search = details(plan).filter((t) => t.includes('SHORTEST'));
    expect(search).toHaveLength(1);
    expect(search[0]).toContain(`{0, ${d}} (b)`);
  });
});

/**
 * O*NET's hubs (Microsoft Excel: 859 occupations; the UNSPSC segment: every O*NET skill):
 * lists start from a key index, pages keep their LIMIT inside the per-key subquery (a Top,
 * not a sort of every row), and unfiltered counts read the node's degree, not its edges.
 */
describe('O*NET statements: keyed, bounded pages, counts from the degree', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  const plan = async (name: string) => (await driver.executeQuery(`EXPLAIN ${cypher(name).text}`, {})).summary.plan as unknown as Plan;

  it.each([
    'occupation/by-codes',
    'occupation/skills',
    'occupation/skill-count',
    'skill/occupations',
    'skill/occupation-count',
    'skill/technology-categories',
    'skill/demand-signals',
    'technology-category/by-codes',
    'technology-category/skills',
  ])('%s seeks by a unique index', async (name) => {
    const ops = operators(await plan(name));
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(ops).not.toContain('NodeByLabelScan');
    expect(ops).not.toContain('AllNodesScan');
  });

  it.each(['occupation/skills', 'skill/occupations', 'technology-category/skills'])('%s keeps the page with a Top', async (name) => {
    expect(operators(await plan(name))).toContain('Top');
  });

  it.each(['skill/occupation-count', 'occupation/skill-count'])('%s counts from the degree', async (name) => {
    const p = await plan(name);
    expect(details(p).some((d) => d.includes('getDegree'))).toBe(true);
  });

  it('skill/occupation-count expands nothing', async () => {
    expect(operators(await plan('skill/occupation-count')).filter((o) => o.includes('Expand'))).toEqual([]);
  });
});
