import type { Driver } from '../../src/db/driver';
import type { Statement } from '../../src/db/cypher';
import { createContext } from '../../src/graphql/context';
import { createLogger } from '../../src/logger';
import { testDriver } from '../support/neo4j';
import { testConfig } from '../support/test-config';

/** Seconds of pure CPU in Neo4j: a stand-in for a runaway query (test-only Cypher). */
const slow: Statement = { name: 'test/slow', text: 'UNWIND range(1, 200000000) AS x RETURN sum(x) AS total' };

describe('every Cypher transaction has a timeout (CYPHER_TIMEOUT_MS)', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  it('a request runner stops a runaway read with TIMEOUT', async () => {
    const ctx = createContext({ driver, config: testConfig({ CYPHER_TIMEOUT_MS: '200' }), log: createLogger('silent') }, 'timeout-test');
    const started = Date.now();
    await expect(ctx.db.read(slow)).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('and a runaway write transaction too', async () => {
    const ctx = createContext({ driver, config: testConfig({ CYPHER_TIMEOUT_MS: '200' }), log: createLogger('silent') }, 'timeout-test');
    await expect(ctx.db.transaction((tx) => tx.run(slow))).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
  });
});
