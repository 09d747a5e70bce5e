import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { DATA_DIR_FILES } from './datasets';
import { type ImportOptions, type ImportReport, runImport } from './run-import';

const Q = { datasets: cypher('import/datasets') };

/** The data sets imported so far, with their versions. */
export async function importedDatasets(db: QueryRunner): Promise<Array<{ slug: string; version: string | null; importedAt: string }>> {
  return db.read(Q.datasets);
}

/**
 * Imports every data set found in a folder laid out like shared/data, in
 * dependency order, each in its own transaction. With `onlyMissing`, data sets the
 * graph already has are left alone (what `npm start` does: refreshing is an explicit
 * `npm run import`). Files that are absent are skipped and reported.
 */
export async function importDataDir(
  db: QueryRunner,
  dir: string,
  options: ImportOptions & { onlyMissing?: boolean; onReport?: (r: ImportReport) => void } = {},
): Promise<{ reports: ImportReport[]; skipped: string[] }> {
  const have = new Set(options.onlyMissing ? (await importedDatasets(db)).map((d) => d.slug) : []);
  const reports: ImportReport[] = [];
  const skipped: string[] = [];
  for (const entry of DATA_DIR_FILES) {
    const path = join(dir, entry.path);
    if (have.has(entry.id)) continue;
    if (!existsSync(path)) {
      skipped.push(path);
      continue;
    }
    const report = await runImport(db, entry.dataset, path, options);
    options.onReport?.(report);
    reports.push(report);
  }
  return { reports, skipped };
}
