import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';

const P = uniquePrefix('xw');
const code = (name: string) => `${P}${name}`;

/**
 * README: `crosswalk(code, to, maxHops)` follows MAPS_TO in either direction for 1 to 3 hops
 * (default 2) and answers, per item reached, the path with the highest product of
 * confidences. On a fixture of its own (two frameworks, items S, A, B, C, D in the first,
 * T and U in the second), where each bound changes the best path to T:
 *
 *   S -0.3-> T                       1 hop:  0.3
 *   S -0.9-> A <-0.9- T              2 hops: 0.81 (the second edge points back at A)
 *   S -1.0-> B -1.0-> C -0.9-> T     3 hops: 0.9
 *   S -0.5-> U,  S -1.0-> D -0.5-> U a tie at 0.5: the fewer hops win
 */
describe('crosswalk: the most confident path per item', () => {
  const t = useTestServer({}, { prefix: P });
  const edges: Array<[string, string, number]> = [
    ['s', 't', 0.3],
    ['s', 'a', 0.9],
    ['t', 'a', 0.9],
    ['s', 'b', 1],
    ['b', 'c', 1],
    ['c', 't', 0.9],
    ['s', 'u', 0.5],
    ['s', 'd', 1],
    ['d', 'u', 0.5],
  ];

  beforeAll(async () => {
    await rawCypher(
      t.driver,
      `UNWIND $frameworks AS f CREATE (:Framework {slug: f, name: f, source: 'curated'})
       WITH count(*) AS done
       UNWIND $items AS i
       MATCH (f:Framework {slug: i.framework})
       CREATE (f)-[:HAS_ITEM {source: 'curated'}]->(:FrameworkItem {slug: i.code, code: i.code, name: i.code, kind: 'RISK',
               framework: i.framework, sortKey: i.code, source: 'curated'})`,
      {
        frameworks: [`${P}one`, `${P}two`],
        items: [
          ...['s', 'a', 'b', 'c', 'd'].map((n) => ({ code: code(n), framework: `${P}one` })),
          ...['t', 'u'].map((n) => ({ code: code(n), framework: `${P}two` })),
        ],
      },
    );
    await rawCypher(
      t.driver,
      `UNWIND $edges AS e
       MATCH (a:FrameworkItem {code: e.from}), (b:FrameworkItem {code: e.to})
       CREATE (a)-[:MAPS_TO {confidence: e.confidence, source: e.source}]->(b)`,
      { edges: edges.map(([from, to, confidence]) => ({ from: code(from), to: code(to), confidence, source: `${from}-${to}` })) },
    );
  });

  type Mapping = { confidence: number; source: string; item: { code: string }; path: Array<{ code: string }> };
  /** The answer as `item: confidence via path (sources)`, in the order given. */
  async function crosswalk(args: string): Promise<string[]> {
    const res = await t.gql<{ crosswalk: Mapping[] }>(
      `{ crosswalk(code: "${code('s')}"${args}) { confidence source item { code } path { code } } }`,
    );
    expect(res.errors).toBeUndefined();
    const short = (c: string) => c.slice(P.length);
    return res.data!.crosswalk.map(
      (m) => `${short(m.item.code)}: ${m.confidence.toFixed(2)} via ${m.path.map((p) => short(p.code)).join('-')} (${m.source})`,
    );
  }

  it('one hop: the direct links only', async () => {
    expect(await crosswalk(`, to: "${P}two", maxHops: 1`)).toEqual(['u: 0.50 via s-u (s-u)', 't: 0.30 via s-t (s-t)']);
  });

  it('two hops (the default): a longer path wins when its product is higher, whichever way its edges point', async () => {
    const twoHops = ['t: 0.81 via s-a-t (s-a + t-a)', 'u: 0.50 via s-u (s-u)'];
    expect(await crosswalk(`, to: "${P}two", maxHops: 2`)).toEqual(twoHops);
    expect(await crosswalk(`, to: "${P}two"`)).toEqual(twoHops);
  });

  it('three hops: the most confident path, not the shortest; on a tie, the fewest hops', async () => {
    expect(await crosswalk(`, to: "${P}two", maxHops: 3`)).toEqual(['t: 0.90 via s-b-c-t (s-b + b-c + c-t)', 'u: 0.50 via s-u (s-u)']);
  });

  it('without `to`: every item reached, each once, in its own framework too', async () => {
    expect((await crosswalk(', maxHops: 3')).sort()).toEqual(
      [
        'a: 0.90 via s-a (s-a)',
        'b: 1.00 via s-b (s-b)',
        'c: 1.00 via s-b-c (s-b + b-c)',
        'd: 1.00 via s-d (s-d)',
        't: 0.90 via s-b-c-t (s-b + b-c + c-t)',
        'u: 0.50 via s-u (s-u)',
      ].sort(),
    );
  });
});
