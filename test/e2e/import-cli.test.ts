import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from '../../src/db/driver';
import { projectRoot } from '../../src/project-root';
import { graphFingerprint, rawCypher, testDriver } from '../support/neo4j';
import { files, readJson } from '../support/shared-data';
import { testConfig } from '../support/test-config';
import { guardSharedGraph } from '../support/shared-graph';

/** Runs `npx skillgraph import …` against the test Neo4j. */
const run = (...args: string[]) => {
  const env = { ...process.env, NEO4J_URI: testConfig().neo4j.uri, LOG_LEVEL: 'warn' };
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin/skillgraph.js'), 'import', ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

// Prunes and force-imports the NIST files through the CLI: the graph is checked, and restored if need be, when the file ends.
guardSharedGraph();

/** `npx skillgraph import …` as a user runs it: exit codes, one summary line, clear errors. */
describe('the import command', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'skillgraph-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('re-imports a data set: one summary line, nothing changed', () => {
    const { code, out } = run('owasp-llm', files.owasp);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const risks = readJson(files.owasp).entries.length;
    expect(out).toMatch(
      new RegExp(
        `^owasp-llm 2025: ${risks} risks; nodes 0 created, 0 updated, ${risks} unchanged; relationships 0 created, 0 updated, ${risks} unchanged, 0 removed; 0 vanished; [\\d.]+ s$`,
        'm',
      ),
    );
  });

  it('refuses a bad file with the file, record and field, and exit code 1', () => {
    const path = join(tmp, 'risks.json');
    writeFileSync(path, JSON.stringify({ risks: [{ number: 1, section: '2.1', name: 'CBRN' }] }));
    const { code, err } = run('nist-genai-risks', path);
    expect(code).toBe(1);
    expect(err).toContain(`import failed: ${path} cannot be imported; nothing was written`);
    expect(err).toMatch(/risks record 0 \(1\), field definition/);
  });

  it('explains its usage on a wrong call, with exit code 2', () => {
    for (const args of [[], ['no-such-dataset', 'x'], ['atlas'], ['atlas', files.atlas, '--purge']]) {
      const { code, err } = run(...args);
      expect(code).toBe(2);
      expect(err).toMatch(/usage: npm run import -- <dataset> <file>/);
    }
  });
});

/**
 * `--prune` and `--force` (README, Public data): a data set's new file that drops an item
 * leaves it in the graph (reported as vanished) until `--prune`; a file older than the
 * version the graph holds is refused, and imported with `--force`. On the real NIST files,
 * put back as they were afterwards: GAI-01 has no edge but its framework's HAS_ITEM.
 */
describe('the import command: --prune and --force', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'skillgraph-cli-flags-'));
  let driver: Driver;
  const genAi = readJson(files.genai);
  const withoutFirst = join(tmp, 'gai-risks-without-1.json');
  const newerRmf = join(tmp, 'ai-rmf-core-1.1.json');
  const items = async (code: string) =>
    Number((await rawCypher(driver, 'MATCH (i:FrameworkItem {code: $code}) RETURN count(i) AS n', { code }))[0].n);
  const versionOf = async (dataset: string) =>
    (await rawCypher(driver, 'MATCH (d:Dataset {slug: $dataset}) RETURN d.version AS v', { dataset }))[0].v;

  beforeAll(() => {
    driver = testDriver();
    writeFileSync(withoutFirst, JSON.stringify({ ...genAi, risks: genAi.risks.filter((r: { number: number }) => r.number !== 1) }));
    const rmf = readJson(files.nist);
    writeFileSync(newerRmf, JSON.stringify({ ...rmf, framework: String(rmf.framework).replace('AI RMF 1.0', 'AI RMF 1.1') }));
  });
  afterAll(async () => {
    // Back to the publishers' files, whatever happened above.
    expect(run('nist-genai-risks', files.genai).code).toBe(0);
    expect(run('nist-ai-rmf', files.nist, '--force').code).toBe(0);
    expect(await items('GAI-01')).toBe(1);
    expect(await versionOf('nist-ai-rmf')).toBe('1.0');
    await driver.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('keeps an item the new file dropped, reported as vanished, until --prune removes it', async () => {
    const risks = genAi.risks.length;
    const before = await graphFingerprint(driver);
    const kept = run('nist-genai-risks', withoutFirst);
    expect(kept.code).toBe(0);
    expect(kept.out).toMatch(
      new RegExp(
        `^nist-genai-risks July 2024: ${risks - 1} risks; nodes 0 created, 0 updated, ${risks - 1} unchanged; ` +
          `relationships 0 created, 0 updated, ${risks - 1} unchanged, 0 removed; 1 vanished \\(kept; --prune removes them\\): GAI-01; [\\d.]+ s$`,
        'm',
      ),
    );
    expect(await items('GAI-01')).toBe(1);
    expect((await graphFingerprint(driver)).nodes).toBe(before.nodes);

    const pruned = run('nist-genai-risks', withoutFirst, '--prune');
    expect(pruned.code).toBe(0);
    expect(pruned.out).toMatch(/; 1 vanished and removed: GAI-01; [\d.]+ s$/m);
    expect(await items('GAI-01')).toBe(0);
    const after = await graphFingerprint(driver);
    // The item and its one edge (HAS_ITEM from its framework), nothing else.
    expect({ nodes: after.nodes, rels: after.rels }).toEqual({ nodes: before.nodes - 1, rels: before.rels - 1 });

    const restored = run('nist-genai-risks', files.genai);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(
      `; nodes 1 created, 0 updated, ${risks - 1} unchanged; relationships 1 created, 0 updated, ${risks - 1} unchanged, 0 removed; 0 vanished;`,
    );
    expect(await items('GAI-01')).toBe(1);
  }, 300_000);

  it("refuses a file older than the graph's version without --force, writing nothing; imports it with --force", async () => {
    const newer = run('nist-ai-rmf', newerRmf);
    expect(newer.code).toBe(0);
    expect(newer.out).toMatch(/^nist-ai-rmf 1\.1 \(was 1\.0\): .*nodes 0 created, 0 updated, \d+ unchanged/);
    expect(await versionOf('nist-ai-rmf')).toBe('1.1');

    const before = await graphFingerprint(driver);
    const older = run('nist-ai-rmf', files.nist);
    expect(older.code).toBe(1);
    expect(older.err).toContain(`import failed: ${files.nist} cannot be imported; nothing was written`);
    expect(older.err).toContain('1.0 is older than 1.1, which the graph holds; pass --force to import it anyway');
    expect(await graphFingerprint(driver)).toEqual(before);
    expect(await versionOf('nist-ai-rmf')).toBe('1.1');

    const forced = run('nist-ai-rmf', files.nist, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/^nist-ai-rmf 1\.0 \(was 1\.1\): .*nodes 0 created, 0 updated, \d+ unchanged/);
    expect(await versionOf('nist-ai-rmf')).toBe('1.0');
  }, 300_000);
});
