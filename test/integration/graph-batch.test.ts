import type { Driver } from '../../src/db/driver';
import { writeGraphBatch, type GraphBatch } from '../../src/writes/graph-batch';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';

/**
 * The bulk writer over more rows than one statement takes (10,000), so that several
 * statements are in flight at once in the transaction (it pipelines them).
 */
describe('graph batch writer over many statements', () => {
  const PREFIX = uniquePrefix('gb');
  const N = 25_000;
  let driver: Driver;
  const count = async () =>
    Number((await rawCypher(driver, 'MATCH (s:Skill) WHERE s.slug STARTS WITH $p RETURN count(s) AS n', { p: PREFIX }))[0].n);
  const cleanUp = () => rawCypher(driver, 'MATCH (s:Skill) WHERE s.slug STARTS WITH $p DETACH DELETE s', { p: PREFIX });

  const batch = (missingAt?: number): GraphBatch => ({
    nodes: [
      {
        label: 'Skill',
        rows: Array.from({ length: N }, (_, i) => ({ slug: `${PREFIX}${i}`, props: { name: `Batch skill ${i}`, source: 'test' } })),
      },
    ],
    links: [
      {
        from: 'Skill',
        type: 'REQUIRES',
        to: 'Skill',
        rows: Array.from({ length: N - 1 }, (_, i) => ({
          from: `${PREFIX}${i + 1}`,
          to: i === missingAt ? `${PREFIX}missing` : `${PREFIX}${i}`,
          source: 'test',
        })),
      },
    ],
  });

  beforeAll(async () => {
    driver = testDriver();
    await cleanUp();
  });
  afterAll(async () => {
    await cleanUp();
    await driver.close();
  });

  it('counts every row across statements, in order, and writing again changes nothing', async () => {
    const progress: number[] = [];
    const first = await testRunner(driver).transaction((tx) => writeGraphBatch(tx, batch(), (done) => progress.push(done)));
    expect(first).toEqual({ nodesCreated: N, nodesUpdated: 0, relationshipsCreated: N - 1, relationshipsUpdated: 0 });
    expect(progress).toEqual([10_000, 20_000, 25_000, 35_000, 45_000, 49_999]);
    expect(await count()).toBe(N);
    const again = await testRunner(driver).transaction((tx) => writeGraphBatch(tx, batch()));
    expect(again).toEqual({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    await cleanUp();
  });

  it('a failing statement in the middle rolls back the whole batch, statements before and after it included', async () => {
    // Link 15,000 sits in the second link statement; the first is already written and the third already sent.
    await expect(testRunner(driver).transaction((tx) => writeGraphBatch(tx, batch(15_000)))).rejects.toThrow(
      /REQUIRES.*1 relationship\(s\) name a missing node/,
    );
    expect(await count()).toBe(0);
  });
});
