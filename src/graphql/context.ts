import type { Driver } from '../db/driver';
import { ANONYMOUS, type Principal } from '../auth/roles';
import type { Config } from '../config';
import type { QueryObserver, QueryRunner } from '../db/query-runner';
import { requestRunner } from '../db/request-runner';
import { createLoaders, type Loaders } from '../loaders';
import type { Logger } from '../logger';
import { Prefetched } from './look-ahead/prefetched';

/** What every resolver receives: a per-request runner (with its stats) and loaders. */
export interface GraphQLContext {
  requestId: string;
  log: Logger;
  db: QueryRunner;
  loaders: Loaders;
  /** Values read ahead with their parent record (src/graphql/look-ahead/), per record object. */
  prefetched: Prefetched;
  /** Who sent the request (src/auth/authenticate.ts); anonymous without credentials. */
  principal: Principal;
  config: Config;
}

export function createContext(
  deps: { driver: Driver; config: Config; log: Logger; observer?: QueryObserver },
  requestId: string,
  principal: Principal = ANONYMOUS,
): GraphQLContext {
  const db = requestRunner(deps, { requestId });
  return {
    requestId,
    log: deps.log.child({ requestId }),
    db,
    loaders: createLoaders(db),
    prefetched: new Prefetched(),
    principal,
    config: deps.config,
  };
}
