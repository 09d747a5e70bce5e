import type { Driver } from '../../src/db/driver';
import type { Statement } from '../../src/db/cypher';
import type { QueryRunner } from '../../src/db/query-runner';
import { testDriver, testRunner } from '../support/neo4j';

/** Test-only Cypher that Neo4j refuses at run time (not a mapped error: a division by zero). */
const failing: Statement = { name: 'test/divide-by-zero', text: 'UNWIND [0] AS x RETURN 1 / x AS y' };
const ok: Statement = { name: 'test/one', text: 'RETURN 1 AS one' };

describe('QueryRunner reads', () => {
  let driver: Driver;
  let db: QueryRunner;
  beforeAll(() => {
    driver = testDriver();
    db = testRunner(driver);
  });
  afterAll(() => driver.close());

  it('leave Error.stackTraceLimit as they found it, whether the read succeeds or fails', async () => {
    const limit = Error.stackTraceLimit;
    await expect(db.read(ok)).resolves.toEqual([{ one: 1 }]);
    expect(Error.stackTraceLimit).toBe(limit);
    await expect(db.read(failing)).rejects.toBeDefined();
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('x').stack!.split('\n').length).toBeGreaterThan(1);
  });

  it('name the statement on an unexpected driver error, for the log', async () => {
    await expect(db.read(failing)).rejects.toMatchObject({ statement: 'test/divide-by-zero', message: expect.stringMatching(/by zero/i) });
  });
});
