/**
 * `npm run import -- <dataset> <file|folder> [--prune] [--force]` (or `npx skillgraph import …`):
 * imports one public data set; `all [dir]` imports every one found in a shared/data folder.
 */
import { loadConfig } from '../config';
import { connectNeo4j } from '../db/connect';
import { QueryRunner } from '../db/query-runner';
import { applySchema } from '../db/schema-setup';
import { createLogger } from '../logger';
import { DATASETS, isDatasetName } from './datasets';
import { importDataDir } from './import-all';
import { importProgress } from './progress-bar';
import { ImportError } from './import-error';
import { describeReport, type ImportOptions, runImport } from './run-import';

const USAGE = `usage: npm run import -- <dataset> <file> [--prune] [--force]
       npm run import -- onet <folder> [--prune] [--force]
       npm run import -- all [dir] [--prune] [--force]
  datasets: ${Object.keys(DATASETS).join(', ')} (onet takes the release folder: Technology Skills, Occupation Data, UNSPSC Reference)
  --prune  remove what the data set had and the new file no longer has
  --force  import a file older than the version in the graph`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [dataset, path, ...extra] = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--prune' && f !== '--force');
  const config = loadConfig();
  const dir = dataset === 'all' ? (path ?? config.dataDir) : null;
  if (unknown.length > 0 || extra.length > 0 || !dataset || (dataset === 'all' ? !dir : !isDatasetName(dataset) || !path)) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const neo4j = await connectNeo4j(config, log);
  const bar = importProgress();
  try {
    const db = new QueryRunner(neo4j.driver, { database: config.neo4j.database, metadata: { task: 'import' } });
    await applySchema(db);
    const options: ImportOptions = { prune: flags.has('--prune'), force: flags.has('--force'), ...bar.options };
    if (dir) {
      const { skipped } = await importDataDir(db, dir, {
        ...options,
        onReport: (r) => {
          bar.stop();
          process.stdout.write(`${describeReport(r)}\n`);
        },
      });
      for (const s of skipped) process.stdout.write(`skipped (not found): ${s}\n`);
    } else {
      const report = await runImport(db, dataset as keyof typeof DATASETS, path!, options);
      bar.stop();
      process.stdout.write(`${describeReport(report)}\n`);
    }
    return 0;
  } finally {
    bar.stop();
    await neo4j.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed: ${err instanceof ImportError ? err.message : (err as Error).message}\n`);
    process.exit(1);
  },
);
