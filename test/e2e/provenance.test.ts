import { readFileSync } from 'node:fs';
import { canonicalCode } from '../../src/frameworks/item-codes';
import { skillSlugOfTag } from '../../src/import/datasets/metacademy';
import { useTestServer } from '../support/http';
import { files, readAtlas, readCsv, readJson } from '../support/shared-data';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ATLAS_FILE = 'https://github.com/mitre-atlas/atlas-data/blob/main/dist/ATLAS.yaml';
const COMMUNITY = 'https://github.com/emmanuelgjr/GenAI-Security-Crosswalk';

/** Provenance over HTTP on the real graph (seed plus the public data sets), checked against the sources' own files. */
describe('provenance on every typed relationship', () => {
  const t = useTestServer();

  const data = async (query: string, variables?: Record<string, unknown>): Promise<Any> => {
    const res = await t.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as Any;
  };

  it('why Model Security covers LLM04:2025: a curated edge, with the page words it rests on', async () => {
    const { skill } = await data(`{ skill(slug: "model-security") {
      covers { code }
      coversConnection { totalCount edges { node { code } source sources note sourceDetails { id kind title } } }
    } }`);
    // The connection holds the plain list's items in its order.
    expect(skill.coversConnection.edges.map((e: Any) => e.node.code)).toEqual(skill.covers.map((c: Any) => c.code));
    expect(skill.coversConnection.totalCount).toBe(skill.covers.length);
    const llm04 = skill.coversConnection.edges.find((e: Any) => e.node.code === 'LLM04:2025');
    expect(llm04).toMatchObject({ source: 'curated', sources: ['curated'] });
    expect(llm04.sourceDetails).toEqual([{ id: 'curated', kind: 'CURATED', title: 'Curated by the skillgraph maintainers' }]);
    // The note quotes the page: each quoted phrase is in its text.
    const page = readFileSync(files.seedPage, 'utf8');
    const quoted = [...(llm04.note as string).matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(page).toContain(q);
  });

  it("Metacademy's reason for a prerequisite, and its source file", async () => {
    const concept = (readJson(files.metacademy).concepts as Any[]).find((c) => c.id === 'adaptive_rejection_sampling')!;
    const stated = (concept.prerequisites as Any[]).find((p) => p.reason)!;
    const { skill } = await data(
      `query ($slug: String!) { skill(slug: $slug) {
      prerequisitesConnection { edges { node { slug } source sources reason shortcut position } }
    } }`,
      { slug: skillSlugOfTag(concept.id) },
    );
    const edge = skill.prerequisitesConnection.edges.find((e: Any) => e.node.slug === skillSlugOfTag(stated.id));
    expect(edge).toEqual({
      node: { slug: skillSlugOfTag(stated.id) },
      source: expect.stringMatching(
        /^https:\/\/github\.com\/metacademy\/metacademy-content\/tree\/[0-9a-f]{40}\/concepts\/adaptive_rejection_sampling\/dependencies\.txt$/,
      ),
      sources: [edge.source],
      reason: stated.reason,
      shortcut: stated.shortcut ?? false,
      position: null,
    });
    // The reverse list carries the same edge.
    const { skill: dependent } = await data(
      `query ($slug: String!) { skill(slug: $slug) {
      requiredByConnection { edges { node { slug } reason } }
    } }`,
      { slug: skillSlugOfTag(stated.id) },
    );
    expect(dependent.requiredByConnection.edges).toContainEqual({ node: { slug: skillSlugOfTag(concept.id) }, reason: stated.reason });
  });

  it("the page states Model Security's prerequisites and companies, each with its place in the page", async () => {
    const { skill } = await data(`{ skill(slug: "model-security") {
      prerequisites { slug }
      prerequisitesConnection { edges { node { slug } source position } }
      hiringCompaniesConnection { totalCount edges { node { slug name skillsConnection { edges { node { slug } source position } } } source position } }
    } }`);
    expect(skill.prerequisitesConnection.edges.map((e: Any) => e.node.slug)).toEqual(skill.prerequisites.map((p: Any) => p.slug));
    for (const e of skill.prerequisitesConnection.edges) expect(e.source).toBe('seed-page');
    const positions = skill.prerequisitesConnection.edges.map((e: Any) => e.position).sort();
    expect(positions).toEqual([1, 2, 3, 4]);
    // The companies in the page's order, read from the page's line of names.
    const page = readFileSync(files.seedPage, 'utf8');
    const line = page.split('\n')[page.split('\n').indexOf('Companies hiring for this:') + 1];
    const byPosition = [...skill.hiringCompaniesConnection.edges].sort((a: Any, b: Any) => a.position - b.position);
    expect(byPosition.map((e: Any) => e.node.name).join('')).toBe(line);
    expect(skill.hiringCompaniesConnection.totalCount).toBe(8);
    // Seen from the company, the same edge says the same.
    for (const e of skill.hiringCompaniesConnection.edges) {
      const back = e.node.skillsConnection.edges.find((x: Any) => x.node.slug === 'model-security');
      expect(back).toEqual({ node: { slug: 'model-security' }, source: e.source, position: e.position });
    }
  });

  it("how MITRE says a mitigation works: ATLAS's per-technique text", async () => {
    const atlas = readAtlas();
    const mitigations = (atlas.matrices[0].mitigations as Any[]).filter((m) =>
      (m.techniques ?? []).some((x: Any) => typeof x === 'object' && x.id === 'AML.T0051'),
    );
    const { frameworkItem } = await data(`{ frameworkItem(code: "AML.T0051") {
      mitigations { code }
      mitigationsConnection { totalCount edges { node { code } how source sources via { technique { code } } sourceDetails { id kind title version } } }
    } }`);
    const edges = frameworkItem.mitigationsConnection.edges as Any[];
    expect(edges.map((e) => e.node.code)).toEqual(frameworkItem.mitigations.map((m: Any) => m.code));
    expect(edges.map((e) => e.node.code).sort()).toEqual(mitigations.map((m) => m.id).sort());
    for (const m of mitigations) {
      // A pair ATLAS lists twice keeps both texts, in ATLAS's order.
      const uses = [...new Set((m.techniques as Any[]).filter((x) => x.id === 'AML.T0051').map((x) => String(x.use).trim()))];
      const edge = edges.find((e) => e.node.code === m.id)!;
      expect(edge.how).toBe(uses.join('\n\n'));
      expect(edge).toMatchObject({ source: ATLAS_FILE, sources: [ATLAS_FILE], via: [] });
      expect(edge.sourceDetails).toEqual([{ id: ATLAS_FILE, kind: 'URL', title: 'MITRE ATLAS', version: atlas.version }]);
    }
  });

  it("a risk's mitigations hold through the techniques OWASP references, citing both sources", async () => {
    const { frameworkItem } = await data(`{ frameworkItem(code: "LLM01:2025") {
      mitigations { code }
      mitigationsConnection { edges { node { code } how sources via { technique { code } how source } } }
    } }`);
    const edges = frameworkItem.mitigationsConnection.edges as Any[];
    expect(edges.map((e) => e.node.code)).toEqual(frameworkItem.mitigations.map((m: Any) => m.code));
    const referenced = readCsv(files.official)
      .filter((r) => r.owasp_code === 'LLM01:2025')
      .map((r) => r.atlas_id_in_text || r.atlas_id_in_url);
    for (const e of edges) {
      expect(e.how).toBeNull();
      expect(e.via.length).toBeGreaterThan(0);
      for (const v of e.via) expect(referenced).toContain(v.technique.code);
      expect(e.sources).toContain(ATLAS_FILE);
      expect(e.sources.some((s: string) => s.endsWith('/2_0_vulns/LLM01_PromptInjection.md'))).toBe(true);
    }
  });

  it('an edge two sources state lists both: OWASP and the community crosswalk on LLM01 → AML.T0051.000', async () => {
    const { frameworkItem } = await data(`{ frameworkItem(code: "LLM01:2025") {
      mappingsConnection(to: "mitre-atlas") { totalCount edges { node { code } source sources confidence origin statements { source dataset origin confidence label sections check } } }
    } }`);
    const edges = frameworkItem.mappingsConnection.edges as Any[];
    // The direct mappings both files state, one edge per ATLAS item.
    const stated = [
      ...readCsv(files.official)
        .filter((r) => r.owasp_code === 'LLM01:2025')
        .map((r) => r.atlas_id_in_text || r.atlas_id_in_url),
      ...readCsv(files.community)
        .filter((r) => r.owasp_code === 'LLM01:2025' && r.framework === 'MITRE ATLAS')
        .map((r) => canonicalCode(r.control_id)),
    ];
    expect(edges.map((e) => e.node.code).sort()).toEqual([...new Set(stated)].sort());
    expect(frameworkItem.mappingsConnection.totalCount).toBe(edges.length);
    const both = edges.find((e) => e.node.code === 'AML.T0051.000')!;
    const official =
      'https://github.com/OWASP/www-project-top-10-for-large-language-model-applications/blob/main/2_0_vulns/LLM01_PromptInjection.md';
    expect(both).toMatchObject({ source: official, sources: [official, COMMUNITY], confidence: 1, origin: 'official' });
    const row = readCsv(files.official).find(
      (r) => r.owasp_code === 'LLM01:2025' && (r.atlas_id_in_text || r.atlas_id_in_url) === 'AML.T0051.000',
    )!;
    expect(both.statements[0]).toMatchObject({
      source: official,
      dataset: 'owasp-llm-atlas-references',
      origin: 'official',
      label: row.label_in_owasp,
    });
    expect(both.statements[0].sections).toContain(row.section);
    const community = readCsv(files.community).find((r) => r.owasp_code === 'LLM01:2025' && r.control_id === 'AML.T0051.000')!;
    expect(both.statements[1]).toMatchObject({
      source: COMMUNITY,
      dataset: 'genai-security-crosswalk',
      origin: 'community',
      label: community.control_name,
      check: community.check || null,
    });
    expect(both.statements[1].confidence).toBeLessThan(1);
    // Most confident first.
    const confidences = edges.map((e) => e.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('occupation edges carry their O*NET source and no position', async () => {
    const { skill } = await data(
      `{ skill(slug: "python-programming") { occupations(first: 2) { edges { hot inDemand source sources position } } } }`,
    );
    for (const e of skill.occupations.edges) {
      expect(e).toMatchObject({
        source: 'https://www.onetcenter.org/database.html',
        sources: ['https://www.onetcenter.org/database.html'],
        position: null,
      });
    }
    expect(skill.occupations.edges).toHaveLength(2);
  });

  it('sources: seed-page is the gentic.news page with its date; each data set resolves with its licence', async () => {
    const { sources, seedPage, unknown, url } = await data(`{
      sources { id kind title publisher url licence version date dateLabel credit }
      seedPage: source(id: "seed-page") { title publisher url date dateLabel licence }
      unknown: source(id: "no-such-source") { id }
      url: source(id: "https://genai.owasp.org/llm-top-10/") { id kind url title }
    }`);
    const page = readFileSync(files.seedPage, 'utf8');
    expect(seedPage).toEqual({
      title: 'Model Security',
      publisher: 'gentic.news',
      url: null,
      date: '2026-06-18',
      dateLabel: 'Learning resources last updated',
      licence: null,
    });
    expect(page).toContain('gentic.news');
    expect(page).toContain('\nModel Security\n');
    expect(page).toContain('Learning resources last updated: June 18, 2026');
    expect(unknown).toBeNull();
    expect(url).toEqual({
      id: 'https://genai.owasp.org/llm-top-10/',
      kind: 'URL',
      url: 'https://genai.owasp.org/llm-top-10/',
      title: null,
    });

    const { datasets } = await data('{ datasets { slug name version licence credit } }');
    const byId = new Map((sources as Any[]).map((s) => [s.id, s]));
    for (const d of datasets as Any[]) {
      expect(byId.get(d.slug)).toMatchObject({ kind: 'DATASET', title: d.name, licence: d.licence, credit: d.credit });
    }
    expect(byId.get('mitre-atlas')).toMatchObject({ publisher: 'MITRE', version: readAtlas().version });
    expect([...byId.keys()]).toEqual(expect.arrayContaining(['seed-page', 'curated', 'internal']));
  });

  it('every source key the graph cites resolves', async () => {
    const { skill } = await data(`{ skill(slug: "model-security") {
      prerequisitesConnection { edges { sources sourceDetails { id } } }
      coversConnection { edges { sources sourceDetails { id } } }
      hiringCompaniesConnection { edges { sources sourceDetails { id } } }
    } }`);
    const edges = [...skill.prerequisitesConnection.edges, ...skill.coversConnection.edges, ...skill.hiringCompaniesConnection.edges];
    for (const e of edges) expect(e.sourceDetails.map((s: Any) => s.id)).toEqual(e.sources);
  });

  it('bad input: an empty, blank or overlong source id and an unknown framework are BAD_USER_INPUT', async () => {
    for (const id of ['', '   ', 'x'.repeat(2049)]) {
      const res = await t.gql('query ($id: String!) { source(id: $id) { id } }', { id });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
    const res = await t.gql('{ frameworkItem(code: "LLM01:2025") { mappingsConnection(to: "nope") { totalCount } } }');
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
