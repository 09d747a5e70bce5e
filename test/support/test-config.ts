import { parseConfig, type Config } from '../../src/config';

/** The configuration tests run with: the environment, quiet logs, test mode. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ LOG_LEVEL: 'silent', ...process.env, NODE_ENV: 'test', ...overrides });
}
