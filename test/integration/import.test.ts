import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Driver } from '../../src/db/driver';
import type { DatasetName } from '../../src/import/datasets';
import { ImportError } from '../../src/import/import-error';
import { skillSlugOfTag } from '../../src/import/datasets/metacademy';
import { runImport } from '../../src/import/run-import';
import { recomputeRelated } from '../../src/related/recompute-related';
import { addPrerequisite } from '../../src/writes/skill-writes';
import { files, readAtlas, readCsv, readJson } from '../support/shared-data';
import { graphFingerprint, rawCypher, testDriver, testRunner } from '../support/neo4j';
import { closure } from '../support/prerequisite-chains';
import { guardSharedGraph } from '../support/shared-graph';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Re-imports and prunes the public data sets and puts them back: checked, and restored if need be, when the file ends.
guardSharedGraph();

/**
 * The importer against the real Neo4j. The global setup imported every data set into
 * the shared database; tests that change it put it back (afterAll) so other test
 * files see the graph users get.
 */
describe('importing the public data sets', () => {
  let driver: Driver;
  const tmp = mkdtempSync(join(tmpdir(), 'skillgraph-import-'));
  beforeAll(() => (driver = testDriver()));
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await driver.close();
  });

  const count = async (cypher: string, params: Record<string, unknown> = {}) =>
    Number((await rawCypher<{ n: unknown }>(driver, cypher, params))[0].n);
  const items = (framework: string, kind: string) =>
    count('MATCH (:Framework {slug: $framework})-[:HAS_ITEM]->(i:FrameworkItem {kind: $kind}) RETURN count(i) AS n', { framework, kind });
  /** Everything about the graph an import could change: counts and the newest write. */
  const fingerprint = () => graphFingerprint(driver);
  const importFile = (dataset: DatasetName, path: string, options = {}) => runImport(testRunner(driver), dataset, path, options);
  const copy = (name: string, text: string) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  describe('counts equal those computed from the same files', () => {
    it('MITRE ATLAS: tactics, techniques, sub-techniques, mitigations, case studies and their links', async () => {
      const atlas = readAtlas();
      const m = atlas.matrices[0];
      const techniques = m.techniques as Any[];
      expect(await items('mitre-atlas', 'TACTIC')).toBe(m.tactics.length);
      expect(await items('mitre-atlas', 'TECHNIQUE')).toBe(techniques.filter((t) => !t['subtechnique-of']).length);
      expect(await items('mitre-atlas', 'SUBTECHNIQUE')).toBe(techniques.filter((t) => t['subtechnique-of']).length);
      expect(await items('mitre-atlas', 'MITIGATION')).toBe(m.mitigations.length);
      expect(await items('mitre-atlas', 'CASE_STUDY')).toBe(atlas['case-studies'].length);

      // Technique links, including those misplaced under ml-lifecycle, each (mitigation, technique) pair once.
      const pairs = new Set<string>();
      for (const mit of m.mitigations as Any[])
        for (const l of [...(mit.techniques ?? []), ...(mit['ml-lifecycle'] ?? []).filter((x: unknown) => typeof x === 'object')])
          pairs.add(`${mit.id} ${l.id}`);
      expect(await count("MATCH (:FrameworkItem {framework: 'mitre-atlas'})-[r:MITIGATES]->() RETURN count(r) AS n")).toBe(pairs.size);
      const steps = (atlas['case-studies'] as Any[]).reduce((n, cs) => n + cs.procedure.length, 0);
      expect(await count("MATCH (:FrameworkItem {framework: 'mitre-atlas'})-[r:USES]->() RETURN count(r) AS n")).toBe(steps);
      const partOf = techniques.reduce((n, t) => n + (t['subtechnique-of'] ? 1 : new Set(t.tactics).size), 0);
      expect(await count("MATCH (:FrameworkItem {framework: 'mitre-atlas'})-[r:PART_OF]->() RETURN count(r) AS n")).toBe(partOf);
      // Dates stay the file's strings.
      const [row] = await rawCypher(driver, "MATCH (i:FrameworkItem {code: 'AML.TA0002'}) RETURN i.createdDate AS d");
      expect(row.d).toBe(m.tactics.find((t: Any) => t.id === 'AML.TA0002').created_date);
    });

    it('OWASP LLM Top 10, NIST AI RMF Core and NIST AI 600-1', async () => {
      expect(await items('owasp-llm-top-10-2025', 'RISK')).toBe(readJson(files.owasp).entries.length);
      const core = readJson(files.nist).items as Any[];
      for (const kind of ['function', 'category', 'subcategory'])
        expect(await items('nist-ai-rmf', kind.toUpperCase())).toBe(core.filter((i) => i.kind === kind).length);
      expect(await count("MATCH (:FrameworkItem {framework: 'nist-ai-rmf'})-[r:PART_OF]->() RETURN count(r) AS n")).toBe(
        core.filter((i) => i.parent).length,
      );
      expect(await items('nist-ai-600-1', 'RISK')).toBe(readJson(files.genai).risks.length);
    });

    it('crosswalks: one MAPS_TO per distinct pair, official at full confidence, community lower', async () => {
      const official = readCsv(files.official);
      const officialPairs = new Set(official.map((r) => `${r.owasp_code} ${r.atlas_id_in_text || r.atlas_id_in_url}`));
      expect(await count("MATCH ()-[r:MAPS_TO {dataset: 'owasp-llm-atlas-references'}]->() RETURN count(r) AS n")).toBe(officialPairs.size);
      const community = readCsv(files.community);
      expect(await count("MATCH ()-[r:MAPS_TO {dataset: 'genai-security-crosswalk'}]->() RETURN count(r) AS n")).toBe(community.length);
      const [c] = await rawCypher(
        driver,
        `MATCH ()-[r:MAPS_TO]->() RETURN
           min(CASE r.origin WHEN 'official' THEN r.confidence END) AS officialMin,
           max(CASE r.origin WHEN 'community' THEN r.confidence END) AS communityMax`,
      );
      expect(c.officialMin).toBeGreaterThanOrEqual(0.9);
      expect(c.communityMax).toBeLessThan(c.officialMin as number);
      // NIST codes written GV-1.7 land on GOVERN 1.7.
      const [nist] = await rawCypher(
        driver,
        "MATCH (:FrameworkItem {code: 'LLM01:2025'})-[:MAPS_TO]->(n:FrameworkItem {code: 'GOVERN 1.7'}) RETURN count(n) AS n",
      );
      expect(Number(nist.n)).toBe(community.filter((r) => r.owasp_code === 'LLM01:2025' && r.control_id === 'GV-1.7').length);
    });

    it('Metacademy: every concept a skill, every prerequisite a REQUIRES edge', async () => {
      const concepts = readJson(files.metacademy).concepts as Any[];
      expect(await count("MATCH (s:Skill {dataset: 'metacademy'}) RETURN count(s) AS n")).toBe(concepts.length);
      const edges = concepts.reduce((n, c) => n + new Set(c.prerequisites.map((p: Any) => p.id)).size, 0);
      expect(await count("MATCH (:Skill {dataset: 'metacademy'})-[r:REQUIRES]->() RETURN count(r) AS n")).toBe(edges);
    });
  });

  it('re-importing every data set changes nothing', async () => {
    // Other test files write fixtures with raw Cypher, which bypasses the related lists'
    // upkeep: bring the lists current first, so the re-imports' recompute has nothing to do.
    await recomputeRelated(testRunner(driver));
    const before = await fingerprint();
    for (const [dataset, path] of [
      ['atlas', files.atlas],
      ['owasp-llm', files.owasp],
      ['nist-ai-rmf', files.nist],
      ['nist-genai-risks', files.genai],
      ['crosswalk', files.official],
      ['crosswalk', files.community],
      ['metacademy', files.metacademy],
    ] as Array<[DatasetName, string]>) {
      const report = await importFile(dataset, path);
      expect(report).toMatchObject({
        nodesCreated: 0,
        nodesUpdated: 0,
        relationshipsCreated: 0,
        relationshipsUpdated: 0,
        relationshipsRemoved: 0,
      });
      expect(report.vanished).toEqual([]);
    }
    expect(await fingerprint()).toEqual(before);
  });

  describe('a corrupted copy is refused and leaves the graph unchanged', () => {
    const atlasText = readFileSync(files.atlas, 'utf8');
    const corrupt: Array<[string, DatasetName, string, () => string, RegExp]> = [
      ['ATLAS that is not YAML', 'atlas', 'atlas.yaml', () => `${atlasText}\n  - id: [unclosed\n`, /not valid YAML/],
      [
        'ATLAS with a technique under an unknown tactic',
        'atlas',
        'atlas.yaml',
        () => atlasText.replace(/(tactics:\n\s+- )AML\.TA0002/, '$1AML.TA0999'),
        /technique AML\.T\d{4}, field tactics\.0: unknown tactic AML\.TA0999/,
      ],
      [
        'ATLAS with a mitigation without an id',
        'atlas',
        'atlas.yaml',
        () => {
          const doc = readAtlas();
          delete doc.matrices[0].mitigations[3].id;
          return stringify(doc);
        },
        /mitigations record 3, field id:/,
      ],
      [
        'OWASP JSON with an entry missing its code',
        'owasp-llm',
        'owasp.json',
        () => {
          const doc = readJson(files.owasp);
          delete doc.entries[4].code;
          return JSON.stringify(doc);
        },
        /entries record 4, field code:/,
      ],
      ['OWASP JSON cut short', 'owasp-llm', 'owasp.json', () => readFileSync(files.owasp, 'utf8').slice(0, 500), /not valid JSON/],
      [
        'NIST AI RMF with a subcategory under an unknown category',
        'nist-ai-rmf',
        'core.json',
        () => {
          const doc = readJson(files.nist);
          doc.items.find((i: Any) => i.code === 'MAP 2.3').parent = 'MAP 9';
          return JSON.stringify(doc);
        },
        /items record \d+ \(MAP 2\.3\), field parent: unknown item "MAP 9"/,
      ],
      [
        'NIST AI 600-1 with a risk without its definition',
        'nist-genai-risks',
        'gai.json',
        () => {
          const doc = readJson(files.genai);
          delete doc.risks[1].definition;
          return JSON.stringify(doc);
        },
        /risks record 1 \(2\), field definition:/,
      ],
      [
        "OWASP's ATLAS references naming a technique ATLAS does not have",
        'crosswalk',
        'refs.csv',
        () => readFileSync(files.official, 'utf8').replaceAll('AML.T0054', 'AML.T0999'),
        /record \d+ \(LLM01:2025 → AML\.T0999\), field atlas_id_in_text: AML\.T0999 is not in the graph/,
      ],
      [
        'the community crosswalk with a row of an unknown framework',
        'crosswalk',
        'community.csv',
        () => readFileSync(files.community, 'utf8').replace(',NIST AI RMF 1.0,GV-1.7,', ',NIST CSF,GV-1.7,'),
        /record \d+ \(LLM01:2025 → NIST CSF\), field framework/,
      ],
      [
        'a crosswalk with a ragged row',
        'crosswalk',
        'ragged.csv',
        () => `${readFileSync(files.community, 'utf8')}LLM01:2025,only three,fields\n`,
        /not valid CSV: .*expect 11, got 3 on line \d+/,
      ],
      ['a CSV that is no crosswalk', 'crosswalk', 'other.csv', () => 'a,b\n1,2\n', /field \(header\): not a known crosswalk/],
      [
        'Metacademy with a prerequisite that does not exist',
        'metacademy',
        'concepts.json',
        () => {
          const doc = readJson(files.metacademy);
          doc.concepts[7].prerequisites.push({ id: 'no_such_concept' });
          return JSON.stringify(doc);
        },
        /concepts record 7 \(\w+\), field prerequisites\.\d+\.id: unknown concept no_such_concept/,
      ],
    ];

    it.each(corrupt)('%s', async (_, dataset, name, make, message) => {
      const path = copy(name, make());
      const before = await fingerprint();
      const error = await importFile(dataset, path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(message);
      expect(await fingerprint()).toEqual(before);
    });

    it('refuses a Metacademy file with an injected prerequisite cycle, naming it', async () => {
      const doc = readJson(files.metacademy);
      // vectors is the foundation of the longest chain; make it require the top of that chain.
      doc.concepts.find((c: Any) => c.id === 'vectors').prerequisites.push({ id: 'gp_classification_laplace' });
      const path = copy('cycle.json', JSON.stringify(doc));
      const before = await fingerprint();
      const error = await importFile('metacademy', path).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/prerequisites form a cycle: .*vectors.* -> /);
      expect(await fingerprint()).toEqual(before);
    });

    it('refuses a Metacademy file whose prerequisites close a cycle with an edge added in the graph', async () => {
      const doc = readJson(files.metacademy);
      const requires = new Map<string, string[]>(doc.concepts.map((c: Any) => [c.id, c.prerequisites.map((p: Any) => p.id)]));
      const reach = (from: string) => closure(from, requires);
      // Three concepts a, b, c with c among b's prerequisites and a unrelated to both: an
      // editor's edge a -> b is acyclic, and so is the file with c -> a added, but together
      // they close a -> b -> ... -> c -> a.
      const [a, b, c] = [...requires]
        .filter(([, pre]) => pre.length > 0)
        .flatMap(([b, [c]]) => [...requires.keys()].map((a) => [a, b, c]))
        .find(([a, b, c]) => a !== b && a !== c && !reach(b).has(a) && !reach(a).has(b) && !reach(a).has(c))!;
      const slug = skillSlugOfTag;
      await addPrerequisite(testRunner(driver), slug(a), slug(b), 'import test');
      doc.concepts.find((x: Any) => x.id === c).prerequisites.push({ id: a });
      const path = copy('closes-a-cycle.json', JSON.stringify(doc));
      const before = await fingerprint();
      const error = await importFile('metacademy', path).catch((e: unknown) => e);
      try {
        expect(error).toBeInstanceOf(ImportError);
        expect((error as Error).message).toContain(path);
        expect((error as Error).message).toMatch(/prerequisites: with the graph's other REQUIRES edges they form a cycle: /);
        for (const id of [a, b, c]) expect((error as Error).message).toContain(slug(id));
        expect(await fingerprint()).toEqual(before);
      } finally {
        await rawCypher(driver, 'MATCH (:Skill {slug: $a})-[r:REQUIRES]->(:Skill {slug: $b}) DELETE r', { a: slug(a), b: slug(b) });
        if (!(error instanceof ImportError)) await importFile('metacademy', files.metacademy);
      }
    });
  });

  describe('a newer ATLAS with one technique renamed and one removed', () => {
    const original = readAtlas();
    const techniques = original.matrices[0].techniques as Any[];
    // Top-level techniques without sub-techniques that no case study used: renaming one
    // changes no other item's name, and removing one (and the mitigations' links to it)
    // leaves every other item as it was.
    const parents = new Set(techniques.map((t) => t['subtechnique-of']).filter(Boolean));
    const used = new Set((original['case-studies'] as Any[]).flatMap((cs) => cs.procedure.map((s: Any) => s.technique)));
    const loose = techniques.filter((t) => !t['subtechnique-of'] && !parents.has(t.id) && !used.has(t.id)).map((t) => t.id as string);
    const renamed = loose[0];
    let removed = loose[1];
    let path: string;

    beforeAll(async () => {
      // One that nothing outside ATLAS points at (crosswalks, curated COVERS), so pruning it takes nothing else along.
      const [free] = await rawCypher<{ codes: string[] }>(
        driver,
        'UNWIND $codes AS code MATCH (i:FrameworkItem {code: code}) WHERE NOT EXISTS { (i)-[:MAPS_TO|COVERS]-() } RETURN collect(code) AS codes',
        { codes: loose.slice(1) },
      );
      removed = free.codes[0];
      const doc = readAtlas();
      doc.version = '5.7.0';
      const m = doc.matrices[0];
      m.techniques.find((t: Any) => t.id === renamed).name = 'A New Name';
      m.techniques = m.techniques.filter((t: Any) => t.id !== removed);
      for (const mit of m.mitigations) {
        mit.techniques = (mit.techniques ?? []).filter((l: Any) => l.id !== removed);
        mit['ml-lifecycle'] = mit['ml-lifecycle']?.filter((l: Any) => l?.id !== removed);
      }
      path = copy('ATLAS-5.7.0.yaml', stringify(doc));
    });
    afterAll(async () => {
      // Back to the real file (older than 5.7.0, hence force) and checked to be whole again.
      await importFile('atlas', files.atlas, { force: true });
      expect(await items('mitre-atlas', 'TECHNIQUE')).toBe(techniques.filter((t) => !t['subtechnique-of']).length);
    });

    it('updates exactly the renamed one and reports the removed one', async () => {
      const before = await fingerprint();
      const report = await importFile('atlas', path);
      expect(report).toMatchObject({
        version: '5.7.0',
        previousVersion: '5.6.0',
        nodesCreated: 0,
        nodesUpdated: 1,
        relationshipsCreated: 0,
      });
      expect(report.relationshipsUpdated).toBe(0);
      expect(report.relationshipsRemoved).toBe(0);
      expect(report.vanished).toEqual([removed]);
      const [row] = await rawCypher(
        driver,
        `MATCH (i:FrameworkItem {framework: 'mitre-atlas'}) WHERE i.updatedAt > datetime($since)
         RETURN collect(i.code) AS codes, collect(i.name) AS names`,
        { since: before.nodeWrite },
      );
      expect(row).toEqual({ codes: [renamed], names: ['A New Name'] });
      expect((await fingerprint()).nodes).toBe(before.nodes);
      const [fw] = await rawCypher(driver, "MATCH (f:Framework {slug: 'mitre-atlas'}) RETURN f.dataVersion AS v");
      expect(fw.v).toBe('5.7.0');
    });

    it('refuses to go back to an older version without --force', async () => {
      await expect(importFile('atlas', files.atlas)).rejects.toThrow(/5\.6\.0 is older than 5\.7\.0.*--force/);
    });

    it('removes the vanished technique and its relationships with --prune', async () => {
      const before = await fingerprint();
      const [rels] = await rawCypher(driver, 'MATCH (:FrameworkItem {code: $code})-[r]-() RETURN count(r) AS n', { code: removed });
      const report = await importFile('atlas', path, { prune: true });
      expect(report).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, vanished: [removed], pruned: true });
      expect(await count('MATCH (i:FrameworkItem {code: $code}) RETURN count(i) AS n', { code: removed })).toBe(0);
      const after = await fingerprint();
      expect(after.nodes).toBe(before.nodes - 1);
      expect(after.rels).toBe(before.rels - Number(rels.n));
    });
  });
});
