import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive } from '../../src/local-neo4j/local-neo4j';
import { dataDir, readAtlas } from '../support/shared-data';
import { freePort, spawnTs } from '../support/spawn';

/**
 * What a newcomer does: `npm start` with no NEO4J_URI on a machine with no Neo4j.
 * A fresh Neo4j home in a temp folder: fetched, started, seeded, served, then on
 * SIGTERM everything stops, including the Neo4j it started.
 */
describe('npm start on a fresh machine', () => {
  const home = mkdtempSync(join(tmpdir(), 'skillgraph-neo4j-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('starts its own Neo4j, seeds it, serves Model Security, and stops cleanly', async () => {
    const boltPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      // Where the public data sets are (../shared/data beside the clone, or what CI set).
      SKILLGRAPH_DATA_DIR: dataDir,
      HOME: process.env.HOME,
      PORT: '0',
      NEO4J_HOME: home,
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '128m',
      LOG_LEVEL: 'info',
    };
    const app = spawnTs('src/main.ts', [], env);
    try {
      const ready = await app.waitFor(/skillgraph ready at/, 240_000);
      const url = /ready at (http:\/\/\S+?\/graphql)/.exec(ready)![1];
      expect(app.output()).toMatch(/seed loaded/);
      expect(app.output()).toMatch(/local Neo4j started/);
      // The public data sets of ../shared/data are imported on a first start.
      expect(app.output()).toMatch(new RegExp(`imported atlas 5\\.6\\.0: ${readAtlas().matrices[0].tactics.length} tactics`));
      expect(app.output()).toMatch(/imported metacademy/);

      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ skill(slug: "model-security") { name demandRank hiringCompanies { slug } covers { code mitigations { code } } } }',
        }),
      });
      const body = (await res.json()) as {
        data: {
          skill: { name: string; demandRank: number; hiringCompanies: unknown[]; covers: Array<{ code: string; mitigations: unknown[] }> };
        };
      };
      expect(body.data.skill).toMatchObject({ name: 'Model Security', demandRank: 56 });
      expect(body.data.skill.covers.find((c) => c.code === 'AML.T0020')?.mitigations.length).toBeGreaterThan(0);
      expect(body.data.skill.hiringCompanies).toHaveLength(8);

      const pid = Number(readFileSync(join(home, 'run', 'neo4j.pid'), 'utf8'));
      app.child.kill('SIGTERM');
      expect(await app.exited(60_000)).toBe(0);
      expect(app.output()).toMatch(/stopped cleanly/);
      expect(isProcessAlive(pid)).toBe(false);
      expect(existsSync(join(home, 'run', 'neo4j.pid'))).toBe(false);
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
      const pidFile = join(home, 'run', 'neo4j.pid');
      if (existsSync(pidFile)) {
        try {
          process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
  }, 300_000);
});
