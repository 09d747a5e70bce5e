/**
 * `npm run search:eval [-- --category <name>] [-- --url <graphql url>]`: runs the judged
 * queries of test/search-relevance/queries.yaml through `search` and prints success@1,
 * success@3 and MRR, overall and per category, then every missed query with its top 3.
 * The metrics are defined in test/search-relevance/score.ts.
 *
 * By default it starts skillgraph in-process over the Neo4j the environment names
 * (NEO4J_URI, else the local one of NEO4J_HOME / NEO4J_BOLT_PORT, as `npm start` does)
 * and queries it over HTTP, after applying the schema as start-up does (so the search index
 * is the one the code expects); the graph must already hold the seed and the public data
 * sets (`npm start` once, or `npm run seed` and `npm run import -- all ../shared/data`).
 * With --url it queries a running server instead. It first checks that every node the set
 * expects exists, and stops naming any that does not. Exit code 0 whatever the metrics
 * (the thresholds live in test/e2e/search-relevance.test.ts).
 */
import { parseArgs } from 'node:util';
import { parseConfig } from '../src/config';
import { connectNeo4j } from '../src/db/connect';
import { QueryRunner } from '../src/db/query-runner';
import { applySchema } from '../src/db/schema-setup';
import { createLogger } from '../src/logger';
import { createHttpApp } from '../src/server/http-app';
import { loadRelevanceSet, missingNodes } from '../test/search-relevance/relevance-set';
import { postTo, runRelevanceSet } from '../test/search-relevance/run-queries';
import { formatReport } from '../test/search-relevance/score';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { category: { type: 'string' }, url: { type: 'string' } } });
  let queries = loadRelevanceSet();
  if (values.category) {
    queries = queries.filter((q) => q.category === values.category);
    if (queries.length === 0) throw new Error(`no query has category ${values.category}`);
  }

  if (values.url) {
    const started = Date.now();
    const outcomes = await runRelevanceSet(postTo(values.url), queries);
    process.stdout.write(`${queries.length} queries against ${values.url} in ${((Date.now() - started) / 1000).toFixed(1)} s\n\n`);
    process.stdout.write(`${formatReport(outcomes)}\n`);
    return 0;
  }

  // The eval's requests must not meet the rate limit; everything else as configured.
  const config = parseConfig({ LOG_LEVEL: 'warn', ...process.env, RATE_LIMIT_MAX: '1000000' });
  const log = createLogger(config.logLevel);
  const conn = await connectNeo4j(config, log);
  try {
    // As at start-up: the search index this code queries exists and is online (idempotent).
    await applySchema(new QueryRunner(conn.driver, { database: config.neo4j.database, metadata: { task: 'search-eval' } }));
    const missing = await missingNodes(conn.driver, queries, config.neo4j.database);
    if (missing.length > 0) {
      process.stderr.write(
        `The graph at ${conn.uri} lacks ${missing.length} node(s) the set expects (load the seed and the data sets, or fix the set):\n  ${missing.join('\n  ')}\n`,
      );
      return 1;
    }
    const app = await createHttpApp({ driver: conn.driver, config, log });
    try {
      const port = await app.listen(0, '127.0.0.1');
      const started = Date.now();
      const outcomes = await runRelevanceSet(postTo(`http://127.0.0.1:${port}/graphql`), queries);
      process.stdout.write(`${queries.length} queries against ${conn.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n\n`);
      process.stdout.write(`${formatReport(outcomes)}\n`);
    } finally {
      await app.close();
    }
    return 0;
  } finally {
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`search:eval failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
