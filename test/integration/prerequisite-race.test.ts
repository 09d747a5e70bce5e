import type { Driver } from '../../src/db/driver';
import { adjacencyOf, findCycle } from '../../src/domain/find-cycle';
import { addPrerequisite } from '../../src/writes/skill-writes';
import { importGraph } from '../../src/writes/import-graph';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';
import { removePrefixed } from '../support/writes';

const P = 't5r-';
const ROUNDS = 25;

/**
 * Two requests that together would close a cycle, fired in parallel many times: at
 * most one may win each round, and the prerequisite graph stays acyclic. Without the
 * lock both would check "no path back", both commit, and the graph has a cycle.
 */
describe('addPrerequisite under concurrency', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await removePrefixed(driver, P);
    await rawCypher(
      driver,
      `UNWIND range(0, $n - 1) AS i UNWIND ['a', 'b', 'c', 'd'] AS x CREATE (:Skill {slug: $p + i + '-' + x, name: x, source: 'curated'})`,
      {
        n: ROUNDS,
        p: P,
      },
    );
  });
  afterAll(async () => {
    await removePrefixed(driver, P);
    await driver.close();
  });

  async function prerequisiteCycle(): Promise<string[] | null> {
    const rows = await rawCypher<{ a: string; b: string }>(
      driver,
      'MATCH (a:Skill)-[:REQUIRES]->(b:Skill) WHERE a.slug STARTS WITH $p RETURN a.slug AS a, b.slug AS b',
      { p: P },
    );
    return findCycle(adjacencyOf(rows.map((r) => [r.a, r.b] as const)));
  }

  it('a -> b and b -> a in parallel: exactly one wins, the other is CYCLE_DETECTED', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const [a, b] = [`${P}${i}-a`, `${P}${i}-b`];
      const results = await Promise.allSettled([
        addPrerequisite(testRunner(driver), a, b, null),
        addPrerequisite(testRunner(driver), b, a, null),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled').length;
      const refused = results.filter(
        (r) => r.status === 'rejected' && (r.reason as { extensions?: { code?: string } }).extensions?.code === 'CYCLE_DETECTED',
      );
      expect(won).toBe(1);
      expect(refused).toHaveLength(1);
    }
    expect(await prerequisiteCycle()).toBeNull();
  });

  it('edges that close a longer cycle only together (c -> d and d -> a with a -> c in place): at most one wins', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const [a, c, d] = [`${P}${i}-a`, `${P}${i}-c`, `${P}${i}-d`];
      await rawCypher(driver, 'MATCH (a:Skill {slug: $a}), (c:Skill {slug: $c}) MERGE (a)-[:REQUIRES {source: "curated"}]->(c)', { a, c });
      const results = await Promise.allSettled([
        addPrerequisite(testRunner(driver), c, d, null),
        // The same cycle closed by a bulk import racing a single mutation.
        importGraph(testRunner(driver), {
          edges: [{ from: { kind: 'SKILL', slug: d }, type: 'REQUIRES', to: { kind: 'SKILL', slug: a } }],
        }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled').length).toBeLessThanOrEqual(1);
      for (const r of results)
        if (r.status === 'rejected') expect((r.reason as { extensions?: { code?: string } }).extensions?.code).toBe('CYCLE_DETECTED');
    }
    expect(await prerequisiteCycle()).toBeNull();
  });
});
