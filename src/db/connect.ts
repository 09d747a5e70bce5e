import type { Config } from '../config';
import { localNeo4j } from '../local-neo4j/local-neo4j';
import type { Logger } from '../logger';
import { createDriver, type Driver } from './driver';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** Closes the driver, and stops the local Neo4j if this connection started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts (or reuses) the local Neo4j.
 * A local Neo4j that was already running is left running on close.
 */
export async function connectNeo4j(config: Config, log: Logger): Promise<Neo4jConnection> {
  let stopLocal: (() => Promise<unknown>) | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    const local = localNeo4j(config);
    const { started, pid } = await local.start((line) => log.info(line));
    log.info({ pid, uri: local.uri }, started ? 'local Neo4j started' : 'local Neo4j already running; reusing it');
    if (started) stopLocal = () => local.stop((line) => log.info(line));
    uri = local.uri;
  }
  const driver = createDriver({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    maxRetryMs: config.driver.maxRetryMs,
    connectionTimeoutMs: config.driver.connectionTimeoutMs,
  });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (err) {
    await driver.close();
    if (stopLocal) await stopLocal();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(err as Error).message}`);
  }
  return {
    driver,
    uri,
    close: async () => {
      await driver.close();
      if (stopLocal) await stopLocal();
    },
  };
}
