import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { namedSources, resolveSource } from '../../src/provenance/source-registry';
import type { DatasetRecord } from '../../src/records';
import { planSeed } from '../../src/seed/plan-seed';
import { readSeed, seedDir } from '../../src/seed/read-seed';

/** The seed planned from a copy of data/seed with one file edited. */
function planAfter(file: string, edit: (doc: Record<string, Array<Record<string, unknown>>>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  try {
    cpSync(seedDir, dir, { recursive: true });
    const path = join(dir, `${file}.yaml`);
    const doc = parse(readFileSync(path, 'utf8'));
    edit(doc);
    writeFileSync(path, stringify(doc));
    return planSeed(readSeed(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('an edge several sources state', () => {
  it('the shipped seed states each edge once: no row carries `sources`', () => {
    const rows = planSeed(readSeed()).links.flatMap((g) => g.rows);
    expect(rows.filter((r) => r.sources !== undefined)).toEqual([]);
  });

  it('is one row listing every source, the first named as the primary one', () => {
    const batch = planAfter('skills', (doc) => {
      const skill = doc.skills.find((s) => s.slug === 'model-security')!;
      skill.requires = [...(skill.requires as unknown[]), { slug: 'machine-learning-foundations', source: 'curated' }];
    });
    const requires = batch.links.find((g) => g.type === 'REQUIRES' && g.from === 'Skill')!;
    const rows = requires.rows.filter((r) => r.from === 'model-security' && r.to === 'machine-learning-foundations');
    expect(rows).toHaveLength(1);
    // The page's edge keeps its place in the page's list.
    expect(rows[0]).toMatchObject({ source: 'seed-page', sources: ['seed-page', 'curated'], props: { position: 1 } });
  });
});

describe('source registry', () => {
  const atlas: DatasetRecord = {
    slug: 'mitre-atlas',
    name: 'MITRE ATLAS',
    version: '5.6.0',
    released: null,
    source: 'https://github.com/mitre-atlas/atlas-data/blob/main/dist/ATLAS.yaml',
    licence: 'Apache-2.0, © MITRE',
    credit: 'credit line',
    importedAt: null,
  };

  it('seed-page is the gentic.news page, with the date it gives and no URL (its text states none)', () => {
    expect(resolveSource('seed-page', [])).toMatchObject({
      kind: 'PAGE',
      title: 'Model Security',
      publisher: 'gentic.news',
      url: null,
      date: '2026-06-18',
      dateLabel: 'Learning resources last updated',
    });
  });

  it('a data set: the ledger first, the registry filling what it lacks; not listed unless imported', () => {
    expect(resolveSource('mitre-atlas', [atlas])).toMatchObject({
      kind: 'DATASET',
      title: 'MITRE ATLAS',
      url: atlas.source,
      licence: atlas.licence,
      version: '5.6.0',
      publisher: 'MITRE',
      credit: 'credit line',
    });
    expect(resolveSource('mitre-atlas', [])).toBeNull();
    expect(namedSources([]).map((s) => s.id)).toEqual(['curated', 'internal', 'seed-page']);
  });

  it('a URL is itself; the registry entry describing URLs is not a source; anything else is null', () => {
    expect(resolveSource('https://openai.com/', [atlas])).toMatchObject({
      id: 'https://openai.com/',
      kind: 'URL',
      url: 'https://openai.com/',
      title: null,
    });
    expect(resolveSource('url', [atlas])).toBeNull();
    expect(resolveSource('not a url', [atlas])).toBeNull();
    expect(resolveSource('javascript:alert(1)', [atlas])).toBeNull();
  });
});
