import DataLoader from 'dataloader';
import type { QueryRunner } from '../db/query-runner';
import { needsLedger, resolveSource } from '../provenance/source-registry';
import { allDatasets } from '../repositories/dataset.repository';
import * as edges from '../repositories/provenance.repository';
import { listLoader } from './loader-factory';
import { optionsLoader } from './options-loader';

/** Per-request loaders for the relationship lists with their edges' properties, and for sources (merged into createLoaders). */
export function provenanceLoaders(db: QueryRunner) {
  return {
    prerequisiteEdges: listLoader(db, edges.prerequisiteEdgesOf),
    requiredByEdges: listLoader(db, edges.requiredByEdgesOf),
    coversEdges: listLoader(db, edges.coversEdgesOf),
    hiringCompanyEdges: listLoader(db, edges.hiringCompanyEdgesOf),
    hiredSkillEdges: listLoader(db, edges.hiredSkillEdgesOf),
    mitigationEdges: listLoader(db, edges.mitigationEdgesOf),
    mappingEdges: optionsLoader(db, edges.mappingEdgesOf, []),
    // Keys a registry entry answers (seed-page, curated) need no statement; the rest share one ledger read per batch.
    source: new DataLoader<string, ReturnType<typeof resolveSource>>(async (ids) => {
      const datasets = ids.some(needsLedger) ? await allDatasets(db) : [];
      return ids.map((id) => resolveSource(id, datasets));
    }),
  };
}
