import { skillSlugOfTag } from '../../src/import/datasets/metacademy';
import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { chainLengthsFrom } from '../support/prerequisite-chains';
import { files, readAtlas, readCsv, readJson } from '../support/shared-data';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The README's five questions, each one GraphQL query, answered over HTTP and checked against the source files. */
export const QUESTIONS = {
  modelSecurity: `{
  skill(slug: "model-security") {
    covers {
      code name kind framework { slug }
      mitigations { code name }
      mappings(to: "mitre-atlas") { confidence item { code name mitigations { code name } } }
    }
  }
}`,
  llm01: `{
  frameworkItem(code: "LLM01:2025") {
    name
    techniques { code name mitigations { code name } }
    mitigations { code name }
    mappings(to: "mitre-atlas") { source confidence inherited item { code name kind mitigations { code name } } }
  }
}`,
  caseStudies: `{
  frameworkItem(code: "AML.T0051.000") {
    name
    caseStudies { code name procedure { step tactic { name } technique { code name } description } }
  }
}`,
  llm04Nist: `{
  crosswalk(code: "LLM04:2025", to: "nist-ai-rmf", maxHops: 1) {
    confidence source note
    item { code name kind parent { code name } }
  }
}`,
  learningPath: `{
  skill(slug: "metacademy-gp-classification-laplace") {
    name
    learningPath { depth skill { slug name } }
  }
}`,
};

describe('framework items over HTTP', () => {
  const t = useTestServer({ QUERY_STATS: 'true' });
  const atlas = readAtlas();
  const ok = async (query: string, variables?: Record<string, unknown>): Promise<Any> => {
    const res = await t.gql<Any>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  /** Mitigation codes per technique, from the file (links misplaced under ml-lifecycle included). */
  const mitigationsOf = (technique: string) =>
    (atlas.matrices[0].mitigations as Any[])
      .filter((m) => [...(m.techniques ?? []), ...(m['ml-lifecycle'] ?? [])].some((l: Any) => l?.id === technique))
      .map((m) => m.id)
      .sort();
  const sorted = (codes: Iterable<string>) => [...new Set(codes)].sort();
  const codesOf = (items: Any[]) => items.map((i) => i.code as string).sort();
  const techniqueById = new Map((atlas.matrices[0].techniques as Any[]).map((t) => [t.id as string, t]));
  const tacticIds = new Set((atlas.matrices[0].tactics as Any[]).map((t) => t.id as string));
  const caseStudyIds = new Set((atlas['case-studies'] as Any[]).map((c) => c.id as string));
  /** A technique and its sub-techniques. */
  const withSubtechniques = (id: string) => [
    id,
    ...[...techniqueById.values()].filter((t) => t['subtechnique-of'] === id).map((t) => t.id),
  ];
  const caseStudiesUsing = (techniques: string[]) =>
    (atlas['case-studies'] as Any[]).filter((cs) => cs.procedure.some((s: Any) => techniques.includes(s.technique))).map((cs) => cs.id);
  /** A technique's tactics; a sub-technique's are its parent's. */
  const tacticsOfTechnique = (id: string): string[] => {
    const t = techniqueById.get(id)!;
    return t['subtechnique-of'] ? tacticsOfTechnique(t['subtechnique-of']) : t.tactics;
  };
  /** Where a risk applies by OWASP's own ATLAS references (the community crosswalk does not count). */
  const whereRiskApplies = (risk: string) => {
    const refs = readCsv(files.official)
      .filter((r) => r.owasp_code === risk)
      .map((r) => r.atlas_id_in_text || r.atlas_id_in_url);
    const techniques = refs.filter((id) => techniqueById.has(id));
    return {
      techniques: sorted(techniques),
      mitigations: sorted(techniques.flatMap(mitigationsOf)),
      tactics: sorted([...refs.filter((id) => tacticIds.has(id)), ...techniques.flatMap(tacticsOfTechnique)]),
      caseStudies: sorted([...refs.filter((id) => caseStudyIds.has(id)), ...caseStudiesUsing(techniques.flatMap(withSubtechniques))]),
    };
  };
  const nistCode = (c: string) =>
    c.replace(/^GV-/, 'GOVERN ').replace(/^MP-/, 'MAP ').replace(/^MS-/, 'MEASURE ').replace(/^MG-/, 'MANAGE ');

  it('1. the OWASP risks and ATLAS techniques Model Security addresses, with mitigations', async () => {
    const covers = (await ok(QUESTIONS.modelSecurity)).skill.covers as Any[];
    const risks = covers.filter((c) => c.framework.slug === 'owasp-llm-top-10-2025');
    const techniques = covers.filter((c) => c.framework.slug === 'mitre-atlas');
    expect(risks.map((r) => r.code)).toEqual(expect.arrayContaining(['LLM01:2025', 'LLM04:2025']));
    expect(techniques.length).toBeGreaterThanOrEqual(5);
    expect(covers.some((c) => c.framework.slug === 'nist-ai-rmf' && c.kind === 'FUNCTION')).toBe(true);
    for (const t of techniques) expect(t.mitigations.map((m: Any) => m.code).sort()).toEqual(mitigationsOf(t.code));
    for (const r of risks) expect(codesOf(r.mitigations)).toEqual(whereRiskApplies(r.code).mitigations);
    expect(risks.some((r) => r.mitigations.length > 0)).toBe(true);
    const viaRisk = risks.flatMap((r) => r.mappings).filter((m: Any) => m.item.mitigations.length > 0);
    expect(viaRisk.length).toBeGreaterThan(0);
    // Every curated edge carries its source.
    const [row] = await rawCypher(
      t.driver,
      "MATCH (:Skill {slug: 'model-security'})-[r:COVERS]->(:FrameworkItem) RETURN count(r) AS n, count(r.source) AS sourced",
    );
    expect(Number(row.sourced)).toBe(Number(row.n));
    expect(Number(row.n)).toBe(covers.length);
  });

  it('2. LLM01:2025 → ATLAS techniques → mitigations', async () => {
    const item = (await ok(QUESTIONS.llm01)).frameworkItem;
    expect(item.name).toBe(readJson(files.owasp).entries.find((r: Any) => r.code === 'LLM01:2025').title);
    // The publisher's own references: techniques, each with its mitigations, and all of them at once.
    const where = whereRiskApplies('LLM01:2025');
    expect(codesOf(item.techniques)).toEqual(where.techniques);
    for (const t of item.techniques) expect(codesOf(t.mitigations)).toEqual(mitigationsOf(t.code));
    expect(codesOf(item.mitigations)).toEqual(where.mitigations);
    expect(item.mitigations.length).toBeGreaterThan(0);
    const official = readCsv(files.official)
      .filter((r) => r.owasp_code === 'LLM01:2025')
      .map((r) => r.atlas_id_in_text || r.atlas_id_in_url);
    const community = readCsv(files.community)
      .filter((r) => r.owasp_code === 'LLM01:2025' && r.framework === 'MITRE ATLAS')
      .map((r) => r.control_id);
    const mapped = (item.mappings as Any[]).filter((m) => !m.inherited);
    expect(mapped.map((m) => m.item.code).sort()).toEqual([...new Set([...official, ...community])].sort());
    // Inherited through the ATLAS hierarchy: the techniques of the sub-techniques mapped, at half the confidence.
    const parents = sorted([...new Set([...official, ...community])].map((c) => techniqueById.get(c)?.['subtechnique-of']).filter(Boolean));
    const inherited = (item.mappings as Any[]).filter((m) => m.inherited);
    expect(codesOf(inherited.map((m) => m.item))).toEqual(parents);
    for (const m of inherited) expect(m.confidence).toBeLessThanOrEqual(0.5);
    expect(official.length).toBeGreaterThan(0);
    for (const m of mapped) {
      expect(m.item.mitigations.map((x: Any) => x.code).sort()).toEqual(mitigationsOf(m.item.code));
      if (official.includes(m.item.code))
        expect(m).toMatchObject({ confidence: 1, source: expect.stringContaining('LLM01_PromptInjection.md') });
    }
  });

  it('3. the case studies that used a technique, with their other steps in order', async () => {
    const item = (await ok(QUESTIONS.caseStudies)).frameworkItem;
    const expected = (atlas['case-studies'] as Any[]).filter((cs) => cs.procedure.some((s: Any) => s.technique === 'AML.T0051.000'));
    expect(item.caseStudies.map((c: Any) => c.code).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(expected.length).toBeGreaterThan(0);
    for (const cs of item.caseStudies) {
      const source = expected.find((e) => e.id === cs.code)!;
      expect(cs.procedure.map((s: Any) => s.technique.code)).toEqual(source.procedure.map((s: Any) => s.technique));
      expect(cs.procedure.map((s: Any) => s.step)).toEqual(source.procedure.map((_: unknown, i: number) => i + 1));
      expect(cs.procedure.every((s: Any) => s.tactic?.name)).toBe(true);
    }
  });

  it('4. the NIST AI RMF subcategories mapped to LLM04:2025', async () => {
    const mappings = (await ok(QUESTIONS.llm04Nist)).crosswalk as Any[];
    const expected = readCsv(files.community)
      .filter((r) => r.owasp_code === 'LLM04:2025' && r.framework === 'NIST AI RMF 1.0')
      .map((r) => nistCode(r.control_id));
    expect(mappings.map((m) => m.item.code).sort()).toEqual([...new Set(expected)].sort());
    expect(expected.length).toBeGreaterThan(0);
    for (const m of mappings) {
      expect(m.item).toMatchObject({ kind: 'SUBCATEGORY', parent: { code: m.item.code.split('.')[0] } });
      expect(m.confidence).toBeLessThan(1);
      expect(m.source).toMatch(/GenAI-Security-Crosswalk/);
    }
  });

  it('5. the learning path to a Metacademy concept', async () => {
    const path = (await ok(QUESTIONS.learningPath)).skill.learningPath as Any[];
    const concepts = readJson(files.metacademy).concepts as Any[];
    const requires = new Map(concepts.map((c) => [skillSlugOfTag(c.id), c.prerequisites.map((p: Any) => skillSlugOfTag(p.id))]));
    // Every prerequisite once, each at the longest chain down to it in the file, deepest first.
    const lengths = chainLengthsFrom(skillSlugOfTag('gp_classification_laplace'), requires);
    expect(path).toHaveLength(lengths.size);
    expect(new Map(path.map((s) => [s.skill.slug, s.depth]))).toEqual(lengths);
    expect(path[0].depth).toBe(Math.max(...lengths.values()));
  });

  it('says where every OWASP risk applies by its publisher’s own ATLAS references, in all four fields', async () => {
    const data = await ok(`{ framework(slug: "owasp-llm-top-10-2025") { items(kind: RISK, first: 100) { nodes {
      code techniques { code } mitigations { code } tactics { code } caseStudies { code } } } } }`);
    const risks = data.framework.items.nodes as Any[];
    expect(codesOf(risks)).toEqual(sorted((readJson(files.owasp).entries as Any[]).map((r) => r.code)));
    for (const r of risks) {
      const where = whereRiskApplies(r.code);
      expect({ code: r.code, ...Object.fromEntries(Object.keys(where).map((k) => [k, codesOf(r[k])])) }).toEqual({
        code: r.code,
        ...where,
      });
    }
    // Risks the community crosswalk alone links to ATLAS answer nothing here (they do in mappings).
    const officialRisks = new Set(readCsv(files.official).map((r) => r.owasp_code));
    const communityOnly = readCsv(files.community).find((r) => r.framework === 'MITRE ATLAS' && !officialRisks.has(r.owasp_code));
    expect(communityOnly).toBeDefined();
    expect(risks.find((r) => r.code === communityOnly!.owasp_code)!.techniques).toEqual([]);
  });

  it('counts the case studies that used a sub-technique among its parent technique’s', async () => {
    const parents = sorted([...techniqueById.values()].map((t) => t['subtechnique-of']).filter(Boolean));
    expect(parents).toContain('AML.T0051');
    const data = await ok(
      `{ ${parents.map((code, i) => `t${i}: frameworkItem(code: "${code}") { code caseStudies { code } }`).join(' ')} }`,
    );
    let widened = 0;
    parents.forEach((code, i) => {
      const expected = sorted(caseStudiesUsing(withSubtechniques(code)));
      expect({ code, caseStudies: codesOf(data[`t${i}`].caseStudies) }).toEqual({ code, caseStudies: expected });
      if (expected.length > caseStudiesUsing([code]).length) widened += 1;
    });
    expect(widened).toBeGreaterThan(0);
  });

  it('finds items by code and NIST short form, through node(id) and search', async () => {
    const data = await ok(
      '{ a: frameworkItem(code: "GV-1.1") { id code kind parent { code } framework { slug } } b: frameworkItem(code: "AML.T9999") { code } }',
    );
    expect(data.a).toMatchObject({
      code: 'GOVERN 1.1',
      kind: 'SUBCATEGORY',
      parent: { code: 'GOVERN 1' },
      framework: { slug: 'nist-ai-rmf' },
    });
    expect(data.b).toBeNull();
    const node = await ok('query($id: ID!) { node(id: $id) { __typename ... on FrameworkItem { code } } }', { id: data.a.id });
    expect(node.node).toEqual({ __typename: 'FrameworkItem', code: 'GOVERN 1.1' });
    const hits = await ok('{ search(text: "LLM Jailbreak", first: 5) { nodes { node { __typename ... on FrameworkItem { code } } } } }');
    expect(hits.search.nodes.map((h: Any) => h.node.code)).toContain('AML.T0054');
  });

  it('pages through a framework’s items in the publisher’s order, with totalCount', async () => {
    const techniques = (atlas.matrices[0].techniques as Any[]).filter((t) => !t['subtechnique-of']).map((t) => t.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const data: Any = await ok(
        'query($after: String) { framework(slug: "mitre-atlas") { importedAt version items(kind: TECHNIQUE, first: 30, after: $after) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } } }',
        { after },
      );
      const items = data.framework.items;
      expect(items.totalCount).toBe(techniques.length);
      expect(data.framework.version).toBe(atlas.version);
      expect(new Date(data.framework.importedAt).toString()).not.toBe('Invalid Date');
      seen.push(...items.nodes.map((n: Any) => n.code));
      if (!items.pageInfo.hasNextPage) break;
      after = items.pageInfo.endCursor;
    }
    expect(seen).toEqual([...techniques].sort());
    const tactics = await ok('{ framework(slug: "mitre-atlas") { items(kind: TACTIC, first: 100) { nodes { code } } } }');
    expect(tactics.framework.items.nodes.map((n: Any) => n.code)).toEqual(atlas.matrices[0].tactics.map((t: Any) => t.id));
  });

  it('refuses a hop bound outside 1..3 and an unknown framework, as BAD_USER_INPUT', async () => {
    for (const query of [
      '{ crosswalk(code: "LLM01:2025", maxHops: 0) { confidence } }',
      '{ crosswalk(code: "LLM01:2025", maxHops: 4) { confidence } }',
      '{ crosswalk(code: "LLM01:2025", to: "nist-csf") { confidence } }',
      '{ frameworkItem(code: "LLM01:2025") { mappings(to: "nope") { confidence } } }',
      '{ framework(slug: "mitre-atlas") { items(first: 101) { totalCount } } }',
    ]) {
      const res = await t.gql(query);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const far = await ok('{ crosswalk(code: "AML.T0051.000", maxHops: 3) { confidence item { code } path { code } } }');
    // Every item within 3 MAPS_TO hops of it, either way, answered once (a walk that revisits an item is never shorter).
    const [reach] = await rawCypher<{ codes: string[] }>(
      t.driver,
      `MATCH (s:FrameworkItem {code: 'AML.T0051.000'})-[:MAPS_TO*1..3]-(t:FrameworkItem) WHERE t <> s
       RETURN collect(DISTINCT t.code) AS codes`,
    );
    expect(reach.codes.length).toBeGreaterThan(0);
    expect(far.crosswalk.map((m: Any) => m.item.code).sort()).toEqual([...reach.codes].sort());
    for (const m of far.crosswalk) {
      expect(m.path.length).toBeGreaterThanOrEqual(2);
      expect(m.path.length).toBeLessThanOrEqual(4);
      expect([m.path[0].code, m.path[m.path.length - 1].code]).toEqual(['AML.T0051.000', m.item.code]);
    }
  });

  it('batches nested item fields: the same round trips for 5 items as for 50', async () => {
    const query = `query($n: Int) { frameworks { items(first: $n) { nodes { parent { code } children { code } mitigations { code }
      techniques { code } tactics { code } caseStudies { code } framework { slug } mappings { confidence } skills { slug } } } } }`;
    const trips = async (n: number) => {
      const res = await t.gql(query, { n });
      expect(res.errors).toBeUndefined();
      return (res.extensions!.queryStats as { roundTrips: number }).roundTrips;
    };
    expect(await trips(5)).toBe(await trips(50));
  });
});
