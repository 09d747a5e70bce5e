import type { Config } from '../config';
import type { Driver } from './driver';
import { type QueryObserver, QueryRunner } from './query-runner';

/**
 * The QueryRunner of one HTTP request (GraphQL or export): its statements carry the
 * request's metadata, the configured Cypher timeout and read retry, and count into
 * this request's stats only.
 */
export function requestRunner(
  deps: { driver: Driver; config: Config; observer?: QueryObserver },
  metadata: Record<string, string>,
): QueryRunner {
  return new QueryRunner(deps.driver, {
    database: deps.config.neo4j.database,
    metadata,
    timeoutMs: deps.config.limits.cypherTimeoutMs,
    observer: deps.observer,
    readRetryMs: deps.config.driver.maxRetryMs,
  });
}
