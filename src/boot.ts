import type { Config } from './config';
import { connectNeo4j } from './db/connect';
import { QueryRunner } from './db/query-runner';
import { applySchema } from './db/schema-setup';
import type { Logger } from './logger';
import { MERGING_DATASETS } from './import/datasets';
import { importDataDir } from './import/import-all';
import { importProgress } from './import/progress-bar';
import { describeReport } from './import/run-import';
import { describeRecompute, recomputeRelated, relatedStale } from './related/recompute-related';
import { RelatedWorker } from './related/related-worker';
import { seedLoaded } from './repositories/meta.repository';
import { describeCounts, loadSeed } from './seed/load-seed';
import { createHttpApp } from './server/http-app';

export interface Running {
  url: string;
  port: number;
  /** Graceful: HTTP drained, driver closed, local Neo4j stopped if we started it. */
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does: Neo4j (given or local), schema, the seed unless the
 * graph has had it, the public data sets the graph has never had, then GraphQL over HTTP.
 */
export async function startSkillgraph(config: Config, log: Logger): Promise<Running> {
  const neo4j = await connectNeo4j(config, log);
  try {
    const db = new QueryRunner(neo4j.driver, { database: config.neo4j.database, metadata: { task: 'boot' } });
    const statements = await applySchema(db);
    log.info({ statements }, 'schema applied (constraints and indexes)');
    let seededNow = false;
    if (config.seedOnStart && !(await seedLoaded(db))) {
      const counts = await loadSeed(db, { relatedSkills: false });
      log.info(counts, `seed loaded (first start on this graph): ${describeCounts(counts)}`);
      seededNow = true;
    }
    if (config.importOnStart && config.dataDir) await importMissing(db, config.dataDir, log, seededNow);
    await recomputeRelatedOnStart(db, log);
    // Updates related lists after writes (and finishes marks a previous process left).
    const related = new RelatedWorker(
      new QueryRunner(neo4j.driver, { database: config.neo4j.database, metadata: { task: 'related' } }),
      log,
      { pauseMs: config.ops.relatedRoundPauseMs },
    ).start();
    const app = await createHttpApp({ driver: neo4j.driver, config, log });
    const port = await app.listen(config.port, config.host);
    const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${shownHost}:${port}/graphql`;
    if (config.warmUpMs > 0) {
      log.info(
        { url, warmUpMs: config.warmUpMs },
        `listening at ${url}; warming up for at most ${config.warmUpMs} ms before /ready turns 200`,
      );
      await app.warmUp(config.warmUpMs);
    }
    return {
      url,
      port,
      stop: async () => {
        await app.close();
        // A round under way commits or rolls back; marks left are finished at the next start.
        await related.stop();
        await neo4j.close();
      },
    };
  } catch (err) {
    await neo4j.close();
    throw err;
  }
}

/**
 * Imports the data sets of the data folder that the graph does not have yet. When the
 * seed arrived only now, the data sets that merge into its skills (Metacademy, O*NET)
 * are imported again, so their merges and joins take the seed's skills into account.
 * A bad file is logged and skipped: the server still starts on what the graph holds.
 * On a terminal each import shows a progress bar; logs get a line as each one starts.
 */
async function importMissing(db: QueryRunner, dir: string, log: Logger, seededNow: boolean): Promise<void> {
  let bar = importProgress();
  try {
    const { reports, skipped } = await importDataDir(db, dir, {
      onlyMissing: true,
      relatedSkills: false,
      refresh: seededNow ? MERGING_DATASETS : [],
      onStart: (dataset, path) => {
        log.info({ dataset, path }, `importing ${dataset} from ${path}`);
        bar = importProgress(`${dataset} `);
      },
      onProgress: (done, total) => bar.options.onProgress?.(done, total),
      onReport: (r) => {
        bar.stop();
        log.info({ dataset: r.datasetId, version: r.version, ms: r.ms }, `imported ${describeReport(r)}`);
      },
    });
    if (skipped.length > 0) log.warn({ skipped }, 'data files not found; those data sets were not imported');
    if (reports.length === 0 && skipped.length === 0) log.info({ dir }, 'public data sets already imported');
  } catch (err) {
    bar.stop();
    log.error({ err: (err as Error).message, dir }, 'importing the public data sets failed; serving the graph as it is');
  }
}

/**
 * Before serving, the related-skill lists are brought up to date when they are stale:
 * after the seed and imports above, after an import cut short before its recompute, or
 * on a graph whose lists were never fully computed (an older version wrote it). Otherwise
 * nothing is read: every write keeps them current, and a replica starting beside others
 * or on a large graph should not rescore it. A failure is logged and the server starts
 * on the lists as stored.
 */
async function recomputeRelatedOnStart(db: QueryRunner, log: Logger): Promise<void> {
  try {
    if (!(await relatedStale(db))) {
      log.info('related skills: lists current');
      return;
    }
    const report = await recomputeRelated(db);
    log.info(report, describeRecompute(report));
  } catch (err) {
    log.error({ err: (err as Error).message }, 'recomputing related skills failed; serving the lists as stored');
  }
}
