import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** How long managed transactions retry transient failures (driver default 30 s). */
  maxRetryMs?: number;
  /** TCP connect timeout (driver default 30 s). */
  connectionTimeoutMs?: number;
}

/**
 * One driver per process. Integers arrive as JS numbers (every count and rank here
 * fits in 2^53), so nothing above the repositories handles Neo4j Integer.
 */
export function createDriver({ uri, user, password, maxRetryMs, connectionTimeoutMs }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 30_000,
    userAgent: 'skillgraph',
    // Bounded so an outage answers SERVICE_UNAVAILABLE in seconds, not after 30 s of retries.
    ...(maxRetryMs ? { maxTransactionRetryTime: maxRetryMs } : {}),
    ...(connectionTimeoutMs ? { connectionTimeout: connectionTimeoutMs } : {}),
  });
}

export type { Driver };
