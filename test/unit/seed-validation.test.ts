import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { planSeed } from '../../src/seed/plan-seed';
import { readSeed, seedDir } from '../../src/seed/read-seed';

/** Copies data/seed to a temp dir, lets the test edit one file, and returns the error. */
function errorAfter(file: string, edit: (doc: Record<string, Array<Record<string, unknown>>>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  try {
    cpSync(seedDir, dir, { recursive: true });
    const path = join(dir, `${file}.yaml`);
    const doc = parse(readFileSync(path, 'utf8'));
    edit(doc);
    writeFileSync(path, stringify(doc));
    planSeed(readSeed(dir));
    return 'no error';
  } catch (err) {
    return (err as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('seed validation', () => {
  it('accepts the shipped seed', () => {
    const batch = planSeed(readSeed());
    const skills = batch.nodes.find((n) => n.label === 'Skill')!.rows;
    expect(skills.length).toBeGreaterThanOrEqual(45);
  });

  it('names file, record and field for a bad value', () => {
    const message = errorAfter('skills', (doc) => {
      doc.skills[0].level = 'EXPERT';
    });
    expect(message).toMatch(/data\/seed\/skills\.yaml: record 0 \([a-z-]+\), field level:/);
  });

  it('refuses unknown keys (typos)', () => {
    expect(errorAfter('companies', (doc) => (doc.companies[1].webiste = 'https://x.example'))).toMatch(
      /companies\.yaml: record 1 .*webiste|Unrecognized key/,
    );
  });

  it('refuses a record without a source', () => {
    expect(errorAfter('resources', (doc) => delete doc.resources[2].source)).toMatch(/resources\.yaml: record 2 .*field source/);
  });

  it('refuses a reference to an unknown slug', () => {
    expect(errorAfter('skills', (doc) => (doc.skills[0].requires = ['no-such-skill']))).toMatch(
      /skills\.yaml: .*field requires: unknown Skill "no-such-skill"/,
    );
  });

  it('refuses a covered framework item that is not listed, and a malformed code', () => {
    expect(errorAfter('skills', (doc) => (doc.skills[0].items = ['AML.T0999']))).toMatch(
      /skills\.yaml: model-security, field items: AML\.T0999 is not listed in framework-items\.yaml/,
    );
    expect(errorAfter('skills', (doc) => (doc.skills[0].items = ['LLM1:2025']))).toMatch(/skills\.yaml: record 0 .*field items\.0/);
  });

  it('refuses a prerequisite cycle, naming it', () => {
    const message = errorAfter('skills', (doc) => {
      const ms = doc.skills.find((s) => s.slug === 'model-security')!;
      const prerequisite = (ms.requires as Array<string | { slug: string }>)[0];
      const slug = typeof prerequisite === 'string' ? prerequisite : prerequisite.slug;
      const target = doc.skills.find((s) => s.slug === slug)!;
      target.requires = [...((target.requires as unknown[]) ?? []), 'model-security'];
    });
    expect(message).toMatch(/prerequisites form a cycle: .*model-security.* -> /);
  });

  it('refuses duplicate slugs and malformed YAML', () => {
    expect(errorAfter('concepts', (doc) => doc.concepts.push({ ...doc.concepts[0] }))).toMatch(/concepts\.yaml: slug \S+ appears twice/);
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    cpSync(seedDir, dir, { recursive: true });
    writeFileSync(join(dir, 'providers.yaml'), 'providers:\n  - slug: [unclosed\n');
    expect(() => readSeed(dir)).toThrow(/data\/seed\/providers\.yaml:/);
    rmSync(dir, { recursive: true, force: true });
  });
});
