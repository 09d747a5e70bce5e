import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTs } from '../support/spawn';

describe('npm run neo4j:*', () => {
  const home = mkdtempSync(join(tmpdir(), 'skillgraph-cli-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('status says when it is not running', async () => {
    const cli = spawnTs('src/local-neo4j/cli.ts', ['status'], { PATH: process.env.PATH, NEO4J_HOME: home });
    expect(await cli.exited()).toBe(3);
    expect(cli.output()).toMatch(/Neo4j is not running/);
  });

  it('without Java, start names the three ways out', async () => {
    // A PATH holding only node: no java, no mvn.
    const bin = join(home, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const cli = spawnTs('src/local-neo4j/cli.ts', ['start'], { PATH: bin, NEO4J_HOME: join(home, 'neo4j') });
    expect(await cli.exited()).toBe(1);
    const out = cli.output();
    expect(out).toMatch(/No Java found/);
    expect(out).toMatch(/install a JDK 17\+ and Maven/);
    expect(out).toMatch(/set NEO4J_URI/);
    expect(out).toMatch(/docker compose up/);
    expect(out).not.toMatch(/\n\s+at /); // no stack trace
  });
});
