import { testConfig, testNeo4jConfig } from '../support/test-config';

describe("the tests' own Neo4j", () => {
  it('is not the one npm start uses: its own home and port, small', () => {
    const users = testConfig({}, {});
    const tests = testNeo4jConfig({});
    expect(tests.local).toMatchObject({ home: '.neo4j-test', boltPort: 7688, heap: '1g', pageCache: '512m' });
    expect(tests.local.home).not.toBe(users.local.home);
    expect(tests.local.boltPort).not.toBe(users.local.boltPort);
  });

  it("ignores npm start's NEO4J_HOME and NEO4J_BOLT_PORT, and takes NEO4J_TEST_* instead", () => {
    const npmStart = { NEO4J_HOME: '/srv/graph', NEO4J_BOLT_PORT: '7690', NEO4J_HEAP: '8g' };
    expect(testNeo4jConfig(npmStart).local).toMatchObject({ home: '.neo4j-test', boltPort: 7688, heap: '1g' });
    const chosen = testNeo4jConfig({ ...npmStart, NEO4J_TEST_HOME: '/tmp/t', NEO4J_TEST_BOLT_PORT: '7799', NEO4J_TEST_HEAP: '2g' });
    expect(chosen.local).toMatchObject({ home: '/tmp/t', boltPort: 7799, heap: '2g' });
  });

  it('keeps the credentials and database of the environment', () => {
    const config = testNeo4jConfig({ NEO4J_PASSWORD: 'another-password', NEO4J_DATABASE: 'tests' });
    expect(config.neo4j).toMatchObject({ password: 'another-password', database: 'tests' });
  });
});
