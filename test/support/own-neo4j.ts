import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../src/config';
import { type LocalNeo4j, localNeo4j } from '../../src/local-neo4j/local-neo4j';
import { projectRoot } from '../../src/project-root';
import { freeFixedPort, spawnTs } from './spawn';
import { testConfig } from './test-config';

export interface OwnNeo4j {
  neo4j: LocalNeo4j;
  config: Config;
  /** Starts (or restarts) it through `npm run neo4j:start`'s CLI, in a child process. */
  start(): Promise<void>;
  /** Stops it and deletes its home. */
  remove(): Promise<void>;
}

/**
 * A Neo4j of a test's own: a temp NEO4J_HOME on a free port and a small heap, so a test
 * that kills, restarts or cold-starts a database never touches the shared test one. The
 * project's Neo4j jars are reused when present instead of being fetched again.
 */
export async function ownNeo4j(tag: string): Promise<OwnNeo4j> {
  const home = mkdtempSync(join(tmpdir(), `skillgraph-${tag}-`));
  const jars = join(projectRoot, testConfig().local.home, 'lib');
  if (existsSync(jars)) symlinkSync(jars, join(home, 'lib'));
  else mkdirSync(join(home, 'lib'));
  const settings = { NEO4J_HOME: home, NEO4J_BOLT_PORT: String(await freeFixedPort()), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m' };
  const config = testConfig(settings);
  const neo4j = localNeo4j(config);
  return {
    neo4j,
    config,
    // The CLI in a child process: the launcher runs synchronously, and the test process
    // must keep serving its clients (and reading the server's output) meanwhile.
    start: async () => {
      const cli = spawnTs('src/local-neo4j/cli.ts', ['start'], { PATH: process.env.PATH, HOME: process.env.HOME, ...settings });
      const code = await cli.exited(180_000);
      // The CLI's own words (and Neo4j's log tail) in the failure, not just its exit code.
      if (code !== 0) throw new Error(`neo4j:start exited with ${code}:\n${cli.output()}`);
    },
    remove: async () => {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
