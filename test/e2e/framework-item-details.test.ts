import { INTERNAL_PROPERTIES } from '../../src/graph-view/graph-view';
import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { files, readAtlas, readJson } from '../support/shared-data';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DETAILS = `details {
  __typename
  ... on AtlasTacticDetails { matrixOrder attack { id url } createdDate modifiedDate }
  ... on AtlasTechniqueDetails { maturity attack { id url } references createdDate modifiedDate }
  ... on AtlasMitigationDetails { categories lifecycleStages attack { id url } createdDate modifiedDate }
  ... on AtlasCaseStudyDetails { incidentDate incidentDateGranularity type target actor reporter references }
  ... on OwaspRiskDetails { rank }
  ... on NistAiRmfDetails { function category abbreviation order }
  ... on NistGenAiRiskDetails { section alsoWrittenAs trustworthyCharacteristics }
}`;

/** FrameworkItem.details, checked item by item against the publishers' files (read here without the importers). */
describe('typed framework details', () => {
  const t = useTestServer({ QUERY_STATS: 'true' });
  const atlas = readAtlas();
  const matrix = atlas.matrices[0];

  const ok = async (query: string, variables?: Record<string, unknown>): Promise<Any> => {
    const res = await t.gql<Any>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  /** Every item of a framework, through its pages, keyed by code. */
  const itemsOf = async (slug: string, selection = `code kind ${DETAILS}`): Promise<Map<string, Any>> => {
    const out = new Map<string, Any>();
    let after: string | null = null;
    for (;;) {
      const data = await ok(
        `query($slug: String!, $after: String) { framework(slug: $slug) {
           items(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } }
         } }`,
        { slug, after },
      );
      const page = data.framework.items;
      for (const n of page.nodes) out.set(n.code, n);
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  };
  const attackOf = (r: Any) => (r['ATT&CK-reference'] ? { id: r['ATT&CK-reference'].id, url: r['ATT&CK-reference'].url ?? null } : null);
  const urlsOf = (refs: Any[] | null | undefined) =>
    (refs ?? []).map((r) => r.url).filter((u: unknown) => typeof u === 'string' && u !== '');

  it('AML.T0051: maturity realized, tactic Execution (a field of its own), and its sub-technique inherits the tactic', async () => {
    const data = await ok(`{
      technique: frameworkItem(code: "AML.T0051") { tactics { code } ${DETAILS} }
      sub: frameworkItem(code: "AML.T0051.000") { tactics { code } ${DETAILS} }
    }`);
    const file = matrix.techniques.find((x: Any) => x.id === 'AML.T0051');
    expect(file.maturity).toBe('realized');
    expect(data.technique.details).toEqual({
      __typename: 'AtlasTechniqueDetails',
      maturity: 'REALIZED',
      attack: null,
      references: [],
      createdDate: file.created_date,
      modifiedDate: file.modified_date,
    });
    expect(data.technique.tactics.map((x: Any) => x.code)).toEqual(file.tactics);
    expect(data.sub.tactics.map((x: Any) => x.code)).toEqual(file.tactics);
    const sub = matrix.techniques.find((x: Any) => x.id === 'AML.T0051.000');
    expect(data.sub.details.maturity).toBe(sub.maturity.toUpperCase());
  });

  it('every ATLAS tactic, technique, sub-technique, mitigation and case study carries what ATLAS.yaml says', async () => {
    const items = await itemsOf('mitre-atlas');
    expect(items.size).toBe(matrix.tactics.length + matrix.techniques.length + matrix.mitigations.length + atlas['case-studies'].length);

    matrix.tactics.forEach((x: Any, i: number) =>
      expect(items.get(x.id)!.details).toEqual({
        __typename: 'AtlasTacticDetails',
        matrixOrder: i + 1,
        attack: attackOf(x),
        createdDate: x.created_date,
        modifiedDate: x.modified_date,
      }),
    );
    for (const x of matrix.techniques) {
      expect(items.get(x.id)!.details).toEqual({
        __typename: 'AtlasTechniqueDetails',
        maturity: x.maturity.toUpperCase(),
        attack: attackOf(x),
        references: urlsOf(x.references),
        createdDate: x.created_date,
        modifiedDate: x.modified_date,
      });
    }
    for (const x of matrix.mitigations) {
      expect(items.get(x.id)!.details).toEqual({
        __typename: 'AtlasMitigationDetails',
        categories: x.category,
        // ATLAS 5.6.0 slipped two technique links into ml-lifecycle: only strings are stages.
        lifecycleStages: x['ml-lifecycle'].filter((s: unknown) => typeof s === 'string'),
        attack: attackOf(x),
        createdDate: x.created_date,
        modifiedDate: x.modified_date,
      });
    }
    for (const x of atlas['case-studies']) {
      expect(items.get(x.id)!.details).toEqual({
        __typename: 'AtlasCaseStudyDetails',
        incidentDate: x['incident-date'],
        incidentDateGranularity: x['incident-date-granularity'],
        type: x['case-study-type'].toUpperCase(),
        target: x.target,
        actor: x.actor,
        reporter: x.reporter ?? null,
        references: urlsOf(x.references),
      });
    }
    // Not vacuous: the file has each kind of fact, and the graph shows it.
    const values = [...items.values()].map((i) => i.details);
    expect(new Set(values.filter((d) => d.maturity).map((d) => d.maturity))).toEqual(new Set(['FEASIBLE', 'DEMONSTRATED', 'REALIZED']));
    expect(values.filter((d) => d.attack?.url).length).toBeGreaterThan(0);
    expect(values.filter((d) => d.reporter).length).toBe(atlas['case-studies'].filter((c: Any) => c.reporter).length);
  });

  it('a mitigation’s category and lifecycle stages; a case study’s date, actor and target', async () => {
    const data = await ok(`{ m: frameworkItem(code: "AML.M0000") { ${DETAILS} } cs: frameworkItem(code: "AML.CS0009") { ${DETAILS} } }`);
    expect(data.m.details).toMatchObject({ categories: ['Policy'], lifecycleStages: ['Business and Data Understanding'] });
    expect(data.cs.details).toMatchObject({
      incidentDate: '2016-03-23',
      incidentDateGranularity: 'DATE',
      type: 'INCIDENT',
      target: "Microsoft's Tay AI Chatbot",
      actor: '4chan Users',
      reporter: 'Microsoft',
    });
  });

  it('OWASP risks: the rank, LLM01:2025 first', async () => {
    const items = await itemsOf('owasp-llm-top-10-2025');
    const entries = readJson(files.owasp).entries as Any[];
    expect(items.size).toBe(entries.length);
    for (const e of entries) expect(items.get(e.code)!.details).toEqual({ __typename: 'OwaspRiskDetails', rank: e.rank });
    expect(items.get('LLM01:2025')!.details.rank).toBe(1);
  });

  it('NIST AI RMF: function, category and abbreviation of every function, category and subcategory', async () => {
    const items = await itemsOf('nist-ai-rmf');
    const core = readJson(files.nist).items as Any[];
    expect(items.size).toBe(core.length);
    const byCode = new Map(core.map((i) => [i.code, i]));
    const functionOf = (i: Any): string => (i.parent ? functionOf(byCode.get(i.parent)!) : i.code);
    for (const i of core) {
      expect(items.get(i.code)!.details).toEqual({
        __typename: 'NistAiRmfDetails',
        function: functionOf(i),
        category: i.kind === 'function' ? null : i.kind === 'category' ? i.code : i.parent,
        abbreviation: i.abbrev,
        order: i.order,
      });
    }
    expect(items.get('GOVERN 1.1')!.details).toEqual({
      __typename: 'NistAiRmfDetails',
      function: 'GOVERN',
      category: 'GOVERN 1',
      abbreviation: 'GV-1.1',
      order: 1,
    });
    expect(items.get('GOVERN')!.details).toMatchObject({ function: 'GOVERN', category: null, abbreviation: 'GV' });
  });

  it('NIST AI 600-1 risks: section, other names and trustworthy characteristics', async () => {
    const items = await itemsOf('nist-ai-600-1');
    const risks = readJson(files.genai).risks as Any[];
    expect(items.size).toBe(risks.length);
    for (const r of risks) {
      expect(items.get(`GAI-${String(r.number).padStart(2, '0')}`)!.details).toEqual({
        __typename: 'NistGenAiRiskDetails',
        section: r.section,
        alsoWrittenAs: r.alsoWrittenAs,
        trustworthyCharacteristics: r.trustworthyCharacteristics.map((c: string) => c.toUpperCase().replace(/-/g, '_')),
      });
    }
    expect(items.get('GAI-06')!.details.alsoWrittenAs).toEqual(['Harmful Bias and Homogenization']);
  });

  it('EU AI Act articles, only named by crosswalks, have no details', async () => {
    const items = await itemsOf('eu-ai-act');
    expect(items.size).toBeGreaterThan(0);
    for (const i of items.values()) expect(i.details).toBeNull();
  });

  it('properties leave bookkeeping out: every item of every framework, and every edge among them', async () => {
    const bookkeeping = ['contentHash', 'propsHash', 'sortKey', 'stub', 'key'];
    for (const k of bookkeeping) expect(INTERNAL_PROPERTIES.has(k)).toBe(true);
    // The graph does hold them (so the check below is not vacuous).
    const [stored] = await rawCypher<{ stubs: number; sortKeys: number; hashes: number; keys: number }>(
      t.driver,
      `RETURN COUNT { MATCH (i:FrameworkItem) WHERE i.stub } AS stubs, COUNT { MATCH (i:FrameworkItem) WHERE i.sortKey IS NOT NULL } AS sortKeys,
              COUNT { MATCH (:FrameworkItem)-[r]->(:FrameworkItem) WHERE r.propsHash IS NOT NULL } AS hashes,
              COUNT { MATCH (:FrameworkItem)-[r]->(:FrameworkItem) WHERE r.key IS NOT NULL } AS keys`,
    );
    for (const n of Object.values(stored)) expect(Number(n)).toBeGreaterThan(0);

    const { frameworks } = await ok('{ frameworks { slug } }');
    const ids: string[] = [];
    for (const f of frameworks) for (const i of (await itemsOf(f.slug, 'code id')).values()) ids.push(i.id);
    expect(ids.length).toBeGreaterThan(400);
    const { subgraph } = await ok('query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { kind properties } edges { type properties } } }', {
      ids,
    });
    expect(subgraph.nodes).toHaveLength(ids.length);
    expect(subgraph.edges.length).toBeGreaterThan(0);
    const leaked = [...subgraph.nodes, ...subgraph.edges].flatMap((x: Any) =>
      Object.keys(x.properties).filter((k) => INTERNAL_PROPERTIES.has(k)),
    );
    expect(leaked).toEqual([]);
    // What is shown stays: the code on items, a step's number and a mapping's data set on edges.
    expect(subgraph.nodes.every((n: Any) => typeof n.properties.code === 'string')).toBe(true);
    expect(subgraph.edges.some((e: Any) => e.type === 'USES' && typeof e.properties.step === 'number')).toBe(true);
    expect(subgraph.edges.some((e: Any) => e.type === 'MAPS_TO' && typeof e.properties.dataset === 'string')).toBe(true);
  });
});
