import { parseConfig, type Config } from '../../src/config';

/** The configuration tests run with: the environment, quiet logs, test mode. */
export function testConfig(overrides: Record<string, string> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  return parseConfig({ LOG_LEVEL: 'silent', ...env, NODE_ENV: 'test', ...overrides });
}

/**
 * The tests' own local Neo4j, used when NEO4J_URI is unset: a home and port apart from
 * `npm start`'s (NEO4J_HOME, NEO4J_BOLT_PORT), so tests, which import, prune and mutate,
 * never write into the user's graph. Small, as the test graph is; NEO4J_TEST_* override.
 */
export function testNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const overrides = {
    NEO4J_HOME: env.NEO4J_TEST_HOME || '.neo4j-test',
    NEO4J_BOLT_PORT: env.NEO4J_TEST_BOLT_PORT || '7688',
    NEO4J_HEAP: env.NEO4J_TEST_HEAP || '1g',
    NEO4J_PAGECACHE: env.NEO4J_TEST_PAGECACHE || '512m',
  };
  return testConfig(overrides, env);
}
