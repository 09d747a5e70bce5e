import type { QueryRunner } from '../db/query-runner';
import * as coverage from '../repositories/coverage.repository';
import { listLoader } from './loader-factory';

/** Per-request loaders for the coverage map (merged into createLoaders). */
export function coverageLoaders(db: QueryRunner) {
  return {
    frameworkItemsInOrder: listLoader(db, coverage.frameworkItemsInOrder),
    itemSkillCoverage: listLoader(db, coverage.skillCoverageOf),
    itemResourceCoverage: listLoader(db, coverage.resourceCoverageOf),
  };
}
