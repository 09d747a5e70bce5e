import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { QueryRunner } from '../db/query-runner';
import { createLoaders, type Loaders } from '../loaders';
import type { Logger } from '../logger';

/** What every resolver receives: a per-request runner (with its stats) and loaders. */
export interface GraphQLContext {
  requestId: string;
  log: Logger;
  db: QueryRunner;
  loaders: Loaders;
}

export function createContext(deps: { driver: Driver; config: Config; log: Logger }, requestId: string): GraphQLContext {
  const db = new QueryRunner(deps.driver, { database: deps.config.neo4j.database, metadata: { requestId } });
  return { requestId, log: deps.log.child({ requestId }), db, loaders: createLoaders(db) };
}
