import type { Driver } from '../../src/db/driver';
import { adjacencyOf, findCycle } from '../../src/domain/find-cycle';
import { addPrerequisite } from '../../src/writes/skill-writes';
import { importGraph } from '../../src/writes/import-graph';
import { rawCypher, removePrefixed, testDriver, testRunner } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';

const P = uniquePrefix('race');
const ROUNDS = 25;

/**
 * Two requests that together would close a cycle, fired in parallel many times:
 * exactly one wins each round (neither edge closes a cycle alone), the other is
 * CYCLE_DETECTED, and the prerequisite graph stays acyclic. Without the lock both
 * would check "no path back", both commit, and the graph has a cycle.
 */
describe('addPrerequisite under concurrency', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
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

  /** The outcome of a round: how many writes committed, and the codes of those refused. */
  function outcome(results: Array<PromiseSettledResult<unknown>>) {
    return {
      won: results.filter((r) => r.status === 'fulfilled').length,
      refused: results.flatMap((r) =>
        r.status === 'rejected' ? [(r.reason as { extensions?: { code?: string } }).extensions?.code ?? String(r.reason)] : [],
      ),
    };
  }

  it('a -> b and b -> a in parallel: exactly one wins, the other is CYCLE_DETECTED', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const [a, b] = [`${P}${i}-a`, `${P}${i}-b`];
      const results = await Promise.allSettled([
        addPrerequisite(testRunner(driver), a, b, null),
        addPrerequisite(testRunner(driver), b, a, null),
      ]);
      expect({ round: i, ...outcome(results) }).toEqual({ round: i, won: 1, refused: ['CYCLE_DETECTED'] });
    }
    expect(await prerequisiteCycle()).toBeNull();
  });

  it('edges that close a longer cycle only together (c -> d and d -> a with a -> c in place): exactly one wins', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const [a, c, d] = [`${P}${i}-a`, `${P}${i}-c`, `${P}${i}-d`];
      await rawCypher(driver, 'MATCH (a:Skill {slug: $a}), (c:Skill {slug: $c}) MERGE (a)-[:REQUIRES {source: "curated"}]->(c)', { a, c });
      // Neither edge closes a cycle alone (a -> c -> d, or d -> a -> c), so one of them must commit.
      const results = await Promise.allSettled([
        addPrerequisite(testRunner(driver), c, d, null),
        // The same cycle closed by a bulk import racing a single mutation.
        importGraph(testRunner(driver), {
          edges: [{ from: { kind: 'SKILL', slug: d }, type: 'REQUIRES', to: { kind: 'SKILL', slug: a } }],
        }),
      ]);
      expect({ round: i, ...outcome(results) }).toEqual({ round: i, won: 1, refused: ['CYCLE_DETECTED'] });
    }
    expect(await prerequisiteCycle()).toBeNull();
  });
});
