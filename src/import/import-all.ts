import { existsSync } from 'node:fs';
import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { recomputeRelated } from '../related/recompute-related';
import { DATA_DIR_FILES, type DatasetName, locateInDataDir } from './datasets';
import { type ImportOptions, type ImportReport, runImport } from './run-import';

const Q = { datasets: cypher('import/datasets') };

/** The data sets imported so far, with their versions. */
export async function importedDatasets(db: QueryRunner): Promise<Array<{ slug: string; version: string | null; importedAt: string }>> {
  return db.read(Q.datasets);
}

export interface DataDirOptions extends ImportOptions {
  /** Leave alone the data sets the graph already has (what `npm start` does: refreshing is an explicit `npm run import`). */
  onlyMissing?: boolean;
  /** Import these again even when the graph has them, pruning what no longer applies (merging data sets after the seed arrived). */
  refresh?: readonly DatasetName[];
  onStart?: (dataset: DatasetName, path: string) => void;
  onReport?: (r: ImportReport) => void;
}

/**
 * Imports every data set found in a folder laid out like shared/data, in
 * dependency order, each in its own transaction, then recomputes the related-skill
 * lists once (unless `relatedSkills: false`). Files that are absent are skipped and reported.
 */
export async function importDataDir(
  db: QueryRunner,
  dir: string,
  options: DataDirOptions = {},
): Promise<{ reports: ImportReport[]; skipped: string[] }> {
  const have = new Set(options.onlyMissing ? (await importedDatasets(db)).map((d) => d.slug) : []);
  const reports: ImportReport[] = [];
  const skipped: string[] = [];
  for (const entry of DATA_DIR_FILES) {
    const path = locateInDataDir(dir, entry);
    const refresh = have.has(entry.id) && (options.refresh ?? []).includes(entry.dataset);
    if (have.has(entry.id) && !refresh) continue;
    if (!existsSync(path)) {
      skipped.push(path);
      continue;
    }
    options.onStart?.(entry.dataset, path);
    const report = await runImport(db, entry.dataset, path, { ...options, ...(refresh ? { prune: true } : {}), relatedSkills: false });
    options.onReport?.(report);
    reports.push(report);
  }
  // Once for all the imports: each import's own recompute would redo the same work.
  if (reports.length > 0 && options.relatedSkills !== false) await recomputeRelated(db);
  return { reports, skipped };
}
