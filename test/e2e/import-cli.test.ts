import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';
import { files, readJson } from '../support/shared-data';
import { testConfig } from '../support/test-config';

/** `npx skillgraph import …` as a user runs it: exit codes, one summary line, clear errors. */
describe('the import command', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'skillgraph-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const run = (...args: string[]) => {
    const env = { ...process.env, NEO4J_URI: testConfig().neo4j.uri, LOG_LEVEL: 'warn' };
    const result = spawnSync(process.execPath, [join(projectRoot, 'bin/skillgraph.js'), 'import', ...args], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

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
