import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Driver } from '../../src/db/driver';
import { normaliseSkillName } from '../../src/domain/skill-names';
import { ONET_ALIAS_FILE, readOnetRelease } from '../../src/import/datasets/onet';
import { ImportError } from '../../src/import/import-error';
import { runImport } from '../../src/import/run-import';
import { graphFingerprint, rawCypher, testDriver, testRunner } from '../support/neo4j';
import { files, readTsv } from '../support/shared-data';
import { guardSharedGraph } from '../support/shared-graph';

// Re-imports O*NET: the graph is checked, and restored if need be, when the file ends.
guardSharedGraph();

/**
 * The O*NET import against the real Neo4j, as the global setup left it (the seed, then
 * every data set). Expected figures are computed here from the release files, without
 * the importer's code; the one thing read back from the graph is which skill each
 * technology landed on, and the test checks that against the merge rule.
 */
describe('importing O*NET 29.2', () => {
  let driver: Driver;
  const tmp = mkdtempSync(join(tmpdir(), 'skillgraph-onet-'));
  const technologyRows = readTsv(join(files.onet, 'technology-skills.tsv'));
  const occupationRows = readTsv(join(files.onet, 'occupation-data.tsv'));
  const unspsc = new Map(readTsv(join(files.onet, 'unspsc-reference.tsv')).map((r) => [r['Commodity Code'], r]));
  const technologies = new Set(technologyRows.map((r) => r.Example));
  const aliasFile = parseYaml(readFileSync(ONET_ALIAS_FILE, 'utf8')) as { aliases: Array<{ technology: string; names: string[] }> };

  beforeAll(() => (driver = testDriver()));
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await driver.close();
  });

  const count = async (cypher: string, params: Record<string, unknown> = {}) =>
    Number((await rawCypher<{ n: unknown }>(driver, cypher, params))[0].n);
  /** The skill each technology became or joined, from the USES edges' technology names. */
  const landedOn = async () =>
    new Map(
      (
        await rawCypher<{ t: string; slug: string }>(
          driver,
          'MATCH (:Occupation)-[u:USES]->(s:Skill) UNWIND u.technologies AS t RETURN DISTINCT t, s.slug AS slug',
        )
      ).map((r) => [r.t, r.slug]),
    );
  /** Distinct values of `keyOf` over the technology rows, grouped by the skill their technology landed on. */
  const perPair = (landed: Map<string, string>) => {
    const pairs = new Map<string, { occupation: string; slug: string; hot: boolean; inDemand: boolean }>();
    for (const r of technologyRows) {
      const slug = landed.get(r.Example)!;
      const key = `${r['O*NET-SOC Code']} ${slug}`;
      const p = pairs.get(key) ?? { occupation: r['O*NET-SOC Code'], slug, hot: false, inDemand: false };
      p.hot ||= r['Hot Technology'] === 'Y';
      p.inDemand ||= r['In Demand'] === 'Y';
      pairs.set(key, p);
    }
    return [...pairs.values()];
  };
  const fingerprint = () => graphFingerprint(driver);

  it('counts equal the files: technologies, occupations, USES edges after merges, hot and in-demand flags, categories', async () => {
    const landed = await landedOn();
    expect(new Set(landed.keys())).toEqual(technologies);

    // One skill per distinct technology: O*NET's own, or the skill of another owner it joined.
    const own = await rawCypher<{ slug: string }>(driver, "MATCH (s:Skill {dataset: 'onet'}) RETURN s.slug AS slug");
    const ownSlugs = new Set(own.map((r) => r.slug));
    const joined = [...technologies].filter((t) => !ownSlugs.has(landed.get(t)!));
    const normalForms = new Set([...technologies].filter((t) => ownSlugs.has(landed.get(t)!)).map(normaliseSkillName));
    expect(own.length).toBe(normalForms.size);
    expect(own.length + joined.length).toBe(technologies.size);
    expect(joined.length).toBeGreaterThan(0);

    const pairs = perPair(landed);
    expect(await count('MATCH (:Occupation)-[u:USES]->(:Skill) RETURN count(u) AS n')).toBe(pairs.length);
    expect(await count('MATCH (:Occupation)-[u:USES {hot: true}]->(:Skill) RETURN count(u) AS n')).toBe(pairs.filter((p) => p.hot).length);
    expect(await count('MATCH (:Occupation)-[u:USES {inDemand: true}]->(:Skill) RETURN count(u) AS n')).toBe(
      pairs.filter((p) => p.inDemand).length,
    );
    // Every technology row is on exactly one edge.
    expect(await count('MATCH (:Occupation)-[u:USES]->(:Skill) RETURN sum(size(u.technologies)) AS n')).toBe(technologyRows.length);

    expect(await count('MATCH (o:Occupation) RETURN count(o) AS n')).toBe(occupationRows.length);
    expect(await count('MATCH (o:Occupation) WHERE (o)-[:USES]->(:Skill) RETURN count(o) AS n')).toBe(
      new Set(technologyRows.map((r) => r['O*NET-SOC Code'])).size,
    );

    const commodities = new Set(technologyRows.map((r) => r['Commodity Code']));
    const above = (column: string) => new Set([...commodities].map((c) => unspsc.get(c)![column]));
    for (const [level, expected] of [
      ['COMMODITY', commodities],
      ['CLASS', above('Class Code')],
      ['FAMILY', above('Family Code')],
      ['SEGMENT', above('Segment Code')],
    ] as const) {
      expect(await count('MATCH (c:TechnologyCategory {level: $level}) RETURN count(c) AS n', { level })).toBe(expected.size);
    }
    const chains = await rawCypher<{ code: string; chain: string[] }>(
      driver,
      "MATCH p = (c:TechnologyCategory {level: 'COMMODITY'})-[:PART_OF*3]->(:TechnologyCategory {level: 'SEGMENT'}) RETURN c.code AS code, [n IN nodes(p) | n.code] AS chain",
    );
    expect(chains).toHaveLength(commodities.size);
    for (const { code, chain } of chains) {
      const r = unspsc.get(code)!;
      expect(chain).toEqual([code, r['Class Code'], r['Family Code'], r['Segment Code']]);
    }
  });

  it('merges by the written rule and the alias file, never duplicating a skill, and names every merge', async () => {
    const landed = await landedOn();
    const others = await rawCypher<{ slug: string; names: string[] }>(
      driver,
      "MATCH (s:Skill) WHERE s.dataset IS NULL OR s.dataset <> 'onet' RETURN s.slug AS slug, [s.name] + coalesce(s.aliases, []) AS names",
    );
    const otherByName = new Map<string, string>();
    for (const o of others) for (const n of o.names) otherByName.set(normaliseSkillName(n), o.slug);

    // A technology named like a skill of another owner, or given such a name by the alias file, lands on it.
    const extra = new Map(aliasFile.aliases.map((a) => [a.technology, a.names]));
    let byRule = 0;
    for (const t of technologies) {
      const hit = [t, ...(extra.get(t) ?? [])].map(normaliseSkillName).find((n) => otherByName.has(n));
      if (hit) {
        expect([t, landed.get(t)]).toEqual([t, otherByName.get(hit)]);
        byRule += 1;
      }
    }
    expect(landed.get('Python')).toBe('python-programming');
    expect(landed.get('Kubernetes')).toBe('kubernetes');
    expect(landed.get('Amazon Web Services AWS software')).toBe('cloud-computing');

    // No skill of O*NET's own answers to a name another skill already has.
    const own = await rawCypher<{ names: string[] }>(driver, "MATCH (s:Skill {dataset: 'onet'}) RETURN [s.name] + s.aliases AS names");
    for (const { names } of own) for (const n of names) expect(otherByName.get(normaliseSkillName(n))).toBeUndefined();

    // A rerun changes nothing and its report names exactly the technologies that joined another skill.
    const before = await fingerprint();
    const report = await runImport(testRunner(driver), 'onet', files.onet);
    expect(report).toMatchObject({
      nodesCreated: 0,
      nodesUpdated: 0,
      relationshipsCreated: 0,
      relationshipsUpdated: 0,
      relationshipsRemoved: 0,
    });
    expect(report.demandSignalsChanged).toBe(0);
    expect(report.vanished).toEqual([]);
    expect(await fingerprint()).toEqual(before);
    const named = report.merges.map((m) => m.split(' → ')[0]);
    expect(named.sort()).toEqual(
      [...technologies].filter((t) => [t, ...(extra.get(t) ?? [])].some((n) => otherByName.has(normaliseSkillName(n)))).sort(),
    );
    expect(named).toHaveLength(byRule);
  });

  it('puts demand figures and a rank that follows from them on every skill O*NET lists', async () => {
    const landed = await landedOn();
    const bySkill = new Map<string, { occupations: number; hot: number; inDemand: number }>();
    for (const p of perPair(landed)) {
      const s = bySkill.get(p.slug) ?? { occupations: 0, hot: 0, inDemand: 0 };
      s.occupations += 1;
      s.hot += Number(p.hot);
      s.inDemand += Number(p.inDemand);
      bySkill.set(p.slug, s);
    }
    const rows = await rawCypher<{ slug: string; occupations: unknown; hot: unknown; inDemand: unknown; rank: unknown }>(
      driver,
      'MATCH (s:Skill) WHERE s.onetRank IS NOT NULL RETURN s.slug AS slug, s.onetOccupations AS occupations, s.onetHot AS hot, s.onetInDemand AS inDemand, s.onetRank AS rank',
    );
    expect(rows).toHaveLength(bySkill.size);
    const key = (s: { occupations: number; hot: number; inDemand: number }) => [s.inDemand, s.hot, s.occupations];
    for (const r of rows) {
      const expected = bySkill.get(r.slug)!;
      expect({ slug: r.slug, occupations: Number(r.occupations), hot: Number(r.hot), inDemand: Number(r.inDemand) }).toEqual({
        slug: r.slug,
        ...expected,
      });
      // Competition ranking: 1 + the number of skills strictly ahead.
      const ahead = [...bySkill.values()].filter((o) => {
        const [a, b] = [key(o), key(expected)];
        return a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] > b[2])));
      }).length;
      expect([r.slug, Number(r.rank)]).toEqual([r.slug, ahead + 1]);
    }
    // The seed page's own rank stays the page's.
    const [page] = await rawCypher(driver, "MATCH (s:Skill {slug: 'model-security'}) RETURN s.demandRank AS rank, s.onetRank AS onet");
    expect(Number(page.rank)).toBe(56);
    expect(page.onet).toBeNull();
  });

  describe('bad input gets one error naming the file and line, and writes nothing', () => {
    /** A copy of the release with one file changed (or removed). */
    const brokenCopy = (name: string, edit: ((text: string) => string) | null) => {
      const dir = mkdtempSync(join(tmp, 'release-'));
      for (const f of readdirSync(files.onet)) copyFileSync(join(files.onet, f), join(dir, f));
      if (edit === null) rmSync(join(dir, name));
      else writeFileSync(join(dir, name), edit(readFileSync(join(dir, name), 'utf8')));
      return dir;
    };
    const line = (n: number, change: (fields: string[]) => string[]) => (text: string) => {
      const lines = text.split('\r\n');
      lines[n - 1] = change(lines[n - 1].split('\t')).join('\t');
      return lines.join('\r\n');
    };
    const cases: Array<[string, string, ((text: string) => string) | null, RegExp]> = [
      ['a missing file', 'occupation-data.tsv', null, /occupation-data\.tsv: missing from the folder/],
      [
        'a wrong header',
        'technology-skills.tsv',
        line(1, (f) => f.map((c) => (c === 'Example' ? 'Technology' : c))),
        /technology-skills\.tsv line 1: the header must be/,
      ],
      [
        'a row with too few columns',
        'technology-skills.tsv',
        line(101, (f) => f.slice(0, 4)),
        /technology-skills\.tsv line 101: too few columns \(4; the header has 6\)/,
      ],
      [
        'an unknown commodity code',
        'technology-skills.tsv',
        line(202, (f) => [f[0], f[1], '99999999', ...f.slice(3)]),
        /technology-skills\.tsv line 202: unknown commodity code "99999999"/,
      ],
      [
        'an unknown occupation',
        'technology-skills.tsv',
        line(303, (f) => ['99-9999.99', ...f.slice(1)]),
        /technology-skills\.tsv line 303: unknown occupation code "99-9999\.99"/,
      ],
      [
        'a flag other than Y or N',
        'technology-skills.tsv',
        line(404, (f) => [...f.slice(0, 4), 'yes', f[5]]),
        /technology-skills\.tsv line 404: Hot Technology must be Y or N/,
      ],
      [
        'a ragged UNSPSC reference',
        'unspsc-reference.tsv',
        line(11, (f) => f.slice(0, 3)),
        /unspsc-reference\.tsv line 11: too few columns/,
      ],
    ];
    it.each(cases)('%s', async (_, name, edit, message) => {
      const dir = brokenCopy(name, edit);
      const before = await fingerprint();
      const error = await runImport(testRunner(driver), 'onet', dir).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).problems).toHaveLength(1);
      expect((error as ImportError).message).toMatch(message);
      expect((error as ImportError).message).toMatch(/nothing was written/);
      expect(await fingerprint()).toEqual(before);
    });

    it('an alias for a technology the release does not have', () => {
      const aliases = join(tmp, 'aliases.yaml');
      writeFileSync(aliases, 'aliases:\n  - technology: No Such Software\n    names: [NSS]\n    source: https://example.org/\n');
      expect(() => readOnetRelease(files.onet, aliases)).toThrow(/aliases record 0 \(No Such Software\): not a technology of the release/);
    });

    it('a folder that is not there', async () => {
      const missing = join(tmp, 'nothing-here');
      mkdirSync(missing);
      await expect(runImport(testRunner(driver), 'onet', missing)).rejects.toThrow(/technology-skills\.tsv: missing from the folder/);
    });
  });

  it('records the release, its date and the credit line O*NET requires', async () => {
    const [d] = await rawCypher(
      driver,
      "MATCH (d:Dataset {slug: 'onet'}) RETURN d.version AS version, d.released AS released, d.credit AS credit, d.licence AS licence",
    );
    const readMe = readFileSync(join(files.onet, 'onet-read-me.txt'), 'utf8');
    expect(readMe).toContain(`O*NET ${d.version} Database`);
    expect(d.released).toBe('2025-02');
    expect(readMe).toMatch(/February 2025 Release/);
    expect(d.credit).toContain(
      `This includes information from the O*NET ${d.version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.`,
    );
    expect(d.credit).toMatch(/modified/);
  });
});
