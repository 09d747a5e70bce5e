import { INHERITED_STEP_CONFIDENCE } from '../../src/repositories/framework-item.repository';
import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { files, readCsv, readJson } from '../support/shared-data';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Mapping = { item: { code: string }; confidence: number; hops: number; inherited: boolean; path: Array<{ code: string }> };

const MAPPING = 'item { code } confidence hops inherited path { code }';

/**
 * README (crosswalks through the ATLAS hierarchy): a technique inherits its sub-techniques'
 * mappings and a sub-technique its technique's, each such step halving the confidence and
 * counting as no hop; siblings inherit nothing from each other. On the imported frameworks.
 */
describe('crosswalk through the ATLAS hierarchy', () => {
  const t = useTestServer({});
  const ok = async (query: string): Promise<Any> => {
    const res = await t.gql<Any>(query);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const crosswalk = async (code: string, args = ''): Promise<Mapping[]> =>
    (await ok(`{ crosswalk(code: "${code}"${args}) { ${MAPPING} } }`)).crosswalk;
  /** OWASP's own ATLAS references (the CSV derived from its text): risk → ATLAS ids. */
  const official = readCsv(files.official).map((r) => ({ risk: r.owasp_code, atlas: r.atlas_id_in_text || r.atlas_id_in_url }));
  const short = (m: Mapping) => ({ ...m, path: m.path.map((p) => p.code).join(' > ') });

  it('AML.T0051 has no mapping of its own, and takes its sub-techniques’ at half the confidence, in one hop', async () => {
    const [own] = await rawCypher(t.driver, "MATCH (:FrameworkItem {code: 'AML.T0051'})-[r:MAPS_TO]-() RETURN count(r) AS n");
    expect(Number(own.n)).toBe(0);
    const subs = (await ok('{ frameworkItem(code: "AML.T0051") { children { code } } }')).frameworkItem.children.map(
      (c: Any) => c.code as string,
    );
    // What the sub-techniques map to themselves, best confidence per item.
    const best = new Map<string, number>();
    for (const sub of subs) {
      for (const m of await crosswalk(sub, ', maxHops: 1')) {
        if (!m.inherited && !subs.includes(m.item.code)) best.set(m.item.code, Math.max(best.get(m.item.code) ?? 0, m.confidence));
      }
    }
    expect(best.size).toBeGreaterThan(0);
    const inherited = await crosswalk('AML.T0051', ', maxHops: 1');
    expect(new Map(inherited.map((m) => [m.item.code, m.confidence]))).toEqual(
      new Map([...best].map(([code, c]) => [code, c * INHERITED_STEP_CONFIDENCE])),
    );
    expect(inherited.every((m) => m.inherited && m.hops === 1 && m.path.length === 3)).toBe(true);
    // OWASP itself links LLM01 to AML.T0051.000 and .001 (confidence 1): the first in ATLAS order carries it.
    expect(official.filter((r) => r.risk === 'LLM01:2025').map((r) => r.atlas)).toEqual(
      expect.arrayContaining(['AML.T0051.000', 'AML.T0051.001']),
    );
    expect(short(inherited.find((m) => m.item.code === 'LLM01:2025')!)).toEqual({
      item: { code: 'LLM01:2025' },
      confidence: 0.5,
      hops: 1,
      inherited: true,
      path: 'AML.T0051 > AML.T0051.000 > LLM01:2025',
    });
    // The same answers through FrameworkItem.mappings (one hop).
    const mappings = (await ok(`{ frameworkItem(code: "AML.T0051") { mappings { ${MAPPING} } } }`)).frameworkItem.mappings;
    expect(mappings).toEqual(inherited);
  });

  it('maxHops: 3 from AML.T0051 reaches LLM01:2025 and every NIST AI RMF subcategory the crosswalk maps LLM01 to', async () => {
    const nistCode = (c: string) =>
      c.replace(/^GV-/, 'GOVERN ').replace(/^MP-/, 'MAP ').replace(/^MS-/, 'MEASURE ').replace(/^MG-/, 'MANAGE ');
    const counterparts = readCsv(files.community)
      .filter((r) => r.owasp_code === 'LLM01:2025' && r.framework === 'NIST AI RMF 1.0')
      .map((r) => nistCode(r.control_id));
    expect(counterparts.length).toBeGreaterThan(0);
    const far = await crosswalk('AML.T0051', ', maxHops: 3');
    const codes = far.map((m) => m.item.code);
    expect(codes).toContain('LLM01:2025');
    expect(codes).toEqual(expect.arrayContaining(counterparts));
    // Each at half of the best two-hop product through a risk a sub-technique maps to.
    const viaLlm01 = await crosswalk('LLM01:2025', ', to: "nist-ai-rmf", maxHops: 1');
    for (const n of counterparts) {
      const m = far.find((x) => x.item.code === n)!;
      expect(m).toMatchObject({ hops: 2, inherited: true });
      expect(m.confidence).toBeGreaterThanOrEqual(INHERITED_STEP_CONFIDENCE * viaLlm01.find((x) => x.item.code === n)!.confidence);
    }
    // Most confident first; the hop bound counts MAPS_TO edges only.
    expect(far.map((m) => m.confidence)).toEqual([...far.map((m) => m.confidence)].sort((a, b) => b - a));
    expect(Math.max(...far.map((m) => m.hops))).toBe(3);
    expect(Math.max(...far.map((m) => m.path.length - 1))).toBeGreaterThan(3);
  });

  it("a sub-technique takes its technique's own mappings: AML.T0024.000 and LLM10:2025 (OWASP links LLM10 to AML.T0024)", async () => {
    expect(official).toContainEqual({ risk: 'LLM10:2025', atlas: 'AML.T0024' });
    expect(official.filter((r) => r.atlas === 'AML.T0024.000').map((r) => r.risk)).not.toContain('LLM10:2025');
    const answers = await crosswalk('AML.T0024.000', ', to: "owasp-llm-top-10-2025", maxHops: 1');
    expect(answers.map(short)).toContainEqual({
      item: { code: 'LLM10:2025' },
      confidence: 0.5,
      hops: 1,
      inherited: true,
      path: 'AML.T0024.000 > AML.T0024 > LLM10:2025',
    });
    expect(answers.find((m) => m.item.code === 'LLM02:2025')).toMatchObject({ confidence: 1, inherited: false, hops: 1 });
  });

  it('siblings inherit nothing from each other: AML.T0051.002 maps to nothing, as neither it nor AML.T0051 has a mapping', async () => {
    const [row] = await rawCypher(
      t.driver,
      "MATCH (i:FrameworkItem) WHERE i.code IN ['AML.T0051', 'AML.T0051.002'] RETURN COUNT { (i)-[:MAPS_TO]-() } AS n",
    );
    expect(Number(row.n)).toBe(0);
    expect(await crosswalk('AML.T0051.002', ', maxHops: 1')).toEqual([]);
    // Nor does a technique answer its own sub-techniques, or a sub-technique its technique.
    expect((await crosswalk('AML.T0051', ', maxHops: 3')).map((m) => m.item.code)).not.toEqual(expect.arrayContaining(['AML.T0051.000']));
    expect((await crosswalk('AML.T0024.000', ', maxHops: 3')).map((m) => m.item.code)).not.toContain('AML.T0024');
  });

  it('NIST AI 600-1 has no mapping in the data: every one of its risks answers an empty list', async () => {
    const risks = (readJson(files.genai).risks as Any[]).length;
    const items = (await ok('{ framework(slug: "nist-ai-600-1") { items(first: 100) { nodes { code mappings { confidence } } } } }'))
      .framework.items.nodes as Any[];
    expect(items).toHaveLength(risks);
    for (const i of items) {
      expect({ code: i.code, mappings: i.mappings }).toEqual({ code: i.code, mappings: [] });
      expect(await crosswalk(i.code, ', maxHops: 3')).toEqual([]);
    }
    expect(await crosswalk('LLM01:2025', ', to: "nist-ai-600-1", maxHops: 3')).toEqual([]);
  });
});
