import { RELATIONSHIP_TYPES } from '../../src/graph-vocabulary';
import { graphNodeId, toGlobalId } from '../../src/graphql/global-id';
import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';

/** Graph views over HTTP against the seeded Neo4j; this file's own nodes (slugs and codes) start with PREFIX. */
const PREFIX = uniquePrefix('gv');
const id = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64url');
const MODEL_SECURITY = toGlobalId('Skill', 'model-security');
/** Model Security's node in a view: its own id, which edge ends use. */
const MODEL_SECURITY_VIEW = graphNodeId('Skill', 'model-security');

interface View {
  nodes: Array<{ id: string; nodeId: string; label: string; kind: string; degree: number; properties: Record<string, unknown> }>;
  edges: Array<{ id: string; source: string; target: string; type: string; properties: Record<string, unknown> }>;
  truncated: boolean;
  omittedNodes: number;
}
const VIEW = 'nodes { id nodeId label kind degree properties } edges { id source target type properties } truncated omittedNodes';

function expectClosed(view: View) {
  const ids = new Set(view.nodes.map((n) => n.id));
  expect(ids.size).toBe(view.nodes.length);
  for (const e of view.edges) {
    expect(ids.has(e.source)).toBe(true);
    expect(ids.has(e.target)).toBe(true);
  }
  expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
}

describe('graph views: neighborhood, shortestPath, subgraph', () => {
  const t = useTestServer({ QUERY_STATS: 'true' }, { prefix: PREFIX });
  beforeAll(async () => {
    // A FrameworkItem (keyed by code, no GraphQL type of its own yet) linked to Model Security,
    // an isolated skill, and a hub with 2,100 leaves for the size and truncation checks.
    await rawCypher(
      t.driver,
      `MATCH (s:Skill {slug: 'model-security'})
       CREATE (i:FrameworkItem {code: $code, name: 'Test risk', slug: $code, contentHash: 'x'})
       CREATE (s)-[:COVERS {source: 'test'}]->(i)
       CREATE (:Skill {slug: $prefix + 'island', name: 'Island'})
       CREATE (h:Skill {slug: $prefix + 'hub', name: 'Hub'})
       WITH h UNWIND range(1, 2100) AS k
       CREATE (h)<-[:HIRES_FOR]-(:Company {slug: $prefix + 'co-' + k, name: 'Co ' + k})`,
      { code: `${PREFIX}LLM99`, prefix: PREFIX },
    );
  });

  const hood = async (variables: Record<string, unknown>) => {
    const res = await t.gql<{ neighborhood: View }>(
      `query($id: ID!, $depth: Int, $types: [String!], $labels: [String!], $limit: Int) {
         neighborhood(id: $id, depth: $depth, relationshipTypes: $types, labels: $labels, limit: $limit) { ${VIEW} } }`,
      variables,
    );
    expect(res.errors).toBeUndefined();
    return { view: res.data!.neighborhood, roundTrips: (res.extensions!.queryStats as { roundTrips: number }).roundTrips };
  };

  it('depth 1 is the node and every direct neighbour, with every edge among them, in one round trip', async () => {
    const { view, roundTrips } = await hood({ id: MODEL_SECURITY, depth: 1 });
    expect(roundTrips).toBe(1);
    expectClosed(view);
    expect(view.nodes[0]).toMatchObject({ id: MODEL_SECURITY_VIEW, nodeId: MODEL_SECURITY, label: 'Model Security', kind: 'Skill' });
    const [expected] = await rawCypher<{ n: number; e: number }>(
      t.driver,
      // Views walk the vocabulary's types only, never internal ones such as RELATED_TO.
      `MATCH (s:Skill {slug: 'model-security'}) MATCH (s)-[t]-(m) WHERE type(t) IN $types WITH s, collect(DISTINCT m) + s AS ns
       RETURN size(ns) AS n, COUNT { MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns AND type(r) IN $types } AS e`,
      { types: RELATIONSHIP_TYPES },
    );
    expect(view.nodes).toHaveLength(Number(expected.n));
    expect(view.edges).toHaveLength(Number(expected.e));
    expect(view.truncated).toBe(false);
    expect(view.omittedNodes).toBe(0);
    const center = view.nodes[0];
    expect(center.degree).toBe(view.nodes.length - 1);
    expect(center.properties).toMatchObject({ slug: 'model-security', level: 'INTERMEDIATE', source: 'seed-page' });
    expect(typeof center.properties.createdAt).toBe('string');
    // Bookkeeping stays inside: change detection and the related lists' (model-security has a list).
    for (const n of view.nodes)
      for (const key of ['contentHash', 'relatedAt', 'relatedNorm', 'relatedKth', 'relatedHash'])
        expect(n.properties).not.toHaveProperty(key);
    const edge = view.edges.find((e) => e.type === 'REQUIRES' && e.source === MODEL_SECURITY_VIEW)!;
    expect(edge.properties.source).toBeTruthy();
  });

  it('view node ids are their own (never a Node.id); nodeId and node lead to the real node', async () => {
    const { view } = await hood({ id: MODEL_SECURITY, depth: 1 });
    const company = view.nodes.find((n) => n.kind === 'Company')!;
    expect(company.id).not.toBe(company.nodeId);
    expect(view.nodes[0]).toMatchObject({ id: MODEL_SECURITY_VIEW, nodeId: MODEL_SECURITY });
    const res = await t.gql<{ node: { __typename: string; id: string; name: string } }>(
      `query($id: ID!) { node(id: $id) { __typename id ... on Company { name } } }`,
      { id: company.nodeId },
    );
    expect(res.data!.node).toEqual({ __typename: 'Company', id: company.nodeId, name: company.label });
    const linked = await t.gql<{ neighborhood: { nodes: Array<{ id: string; node: { __typename: string; id: string } }> } }>(
      `query($id: ID!) { neighborhood(id: $id, limit: 3) { nodes { id node { __typename id } } } }`,
      { id: MODEL_SECURITY },
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.neighborhood.nodes[0]).toEqual({ id: MODEL_SECURITY_VIEW, node: { __typename: 'Skill', id: MODEL_SECURITY } });
    for (const n of linked.data!.neighborhood.nodes) expect(n.node.id).not.toBe(n.id);
    // A view id is refused by node(id:) with a pointer to nodeId, and accepted by the views.
    const refused = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: company.id });
    expect(refused.errors![0]).toMatchObject({
      message: expect.stringContaining('nodeId'),
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
    expect((await hood({ id: company.id, depth: 1 })).view).toEqual((await hood({ id: company.nodeId, depth: 1 })).view);
  });

  it('any label of the vocabulary appears, FrameworkItem keyed by code and labelled code + name', async () => {
    const itemId = id('FrameworkItem', `${PREFIX}LLM99`);
    // Model Security also covers imported framework items: find ours by id.
    const { view } = await hood({ id: MODEL_SECURITY, depth: 1, limit: 5000 });
    const item = view.nodes.find((n) => n.nodeId === itemId)!;
    expect(item).toMatchObject({ nodeId: itemId, label: `${PREFIX}LLM99 Test risk`, degree: 1 });
    expect(item.properties).not.toHaveProperty('contentHash');
    const around = await hood({ id: itemId, depth: 1 });
    expect(around.view.nodes.map((n) => n.nodeId)).toEqual([itemId, MODEL_SECURITY]);
  });

  it('is deterministic, and nearest first', async () => {
    const a = await hood({ id: MODEL_SECURITY, depth: 2 });
    const b = await hood({ id: MODEL_SECURITY, depth: 2 });
    expect(b.view).toEqual(a.view);
    const one = new Set((await hood({ id: MODEL_SECURITY, depth: 1 })).view.nodes.map((n) => n.id));
    const firstIndexBeyond = a.view.nodes.findIndex((n) => !one.has(n.id));
    expect(firstIndexBeyond).toBe(one.size);
    expect(a.view.nodes.length).toBeGreaterThan(one.size);
  });

  it('a cut keeps the nearest nodes and says how many were left out', async () => {
    const full = (await hood({ id: MODEL_SECURITY, depth: 2, limit: 5000 })).view;
    const cut = (await hood({ id: MODEL_SECURITY, depth: 2, limit: 10 })).view;
    expect(cut.nodes).toHaveLength(10);
    expect(cut.truncated).toBe(true);
    expect(cut.omittedNodes).toBe(full.nodes.length - 10);
    expect(cut.nodes.map((n) => n.id)).toEqual(full.nodes.slice(0, 10).map((n) => n.id));
    const direct = new Set((await hood({ id: MODEL_SECURITY, depth: 1 })).view.nodes.map((n) => n.id));
    for (const n of cut.nodes) expect(direct.has(n.id)).toBe(true);
    expectClosed(cut);
  });

  it('relationshipTypes and labels restrict what is walked and shown; the centre stays', async () => {
    const hires = (await hood({ id: MODEL_SECURITY, depth: 2, types: ['HIRES_FOR'] })).view;
    expect(new Set(hires.edges.map((e) => e.type))).toEqual(new Set(['HIRES_FOR']));
    expect(new Set(hires.nodes.slice(1).map((n) => n.kind))).toEqual(new Set(['Company', 'Skill']));
    const companies = (await hood({ id: MODEL_SECURITY, depth: 2, labels: ['Company'] })).view;
    expect(companies.nodes[0].nodeId).toBe(MODEL_SECURITY);
    expect(new Set(companies.nodes.slice(1).map((n) => n.kind))).toEqual(new Set(['Company']));
    expect(companies.nodes.length).toBe(
      1 +
        hires.nodes.filter((n) => n.kind === 'Company' && hires.edges.some((e) => e.source === n.id && e.target === MODEL_SECURITY_VIEW))
          .length,
    );
  });

  it('a 2,101-node view is one round trip; limit 5000 holds it whole, the default 200 cuts it', async () => {
    const hub = id('Skill', `${PREFIX}hub`);
    const big = await hood({ id: hub, depth: 1, limit: 5000 });
    expect(big.roundTrips).toBe(1);
    expect(big.view.nodes).toHaveLength(2101);
    expect(big.view.edges).toHaveLength(2100);
    expectClosed(big.view);
    const cut = (await hood({ id: hub })).view;
    expect(cut.nodes).toHaveLength(200);
    expect(cut.omittedNodes).toBe(1901);
  });

  it('an unknown node gives an empty view', async () => {
    const { view } = await hood({ id: id('Skill', 'no-such-skill') });
    expect(view).toEqual({ nodes: [], edges: [], truncated: false, omittedNodes: 0 });
  });

  describe('shortestPath', () => {
    const path = async (from: string, to: string, extra: Record<string, unknown> = {}) => {
      const res = await t.gql<{ shortestPath: View | null }>(
        `query($from: ID!, $to: ID!, $maxDepth: Int, $types: [String!]) { shortestPath(from: $from, to: $to, maxDepth: $maxDepth, relationshipTypes: $types) { ${VIEW} } }`,
        { from, to, ...extra },
      );
      expect(res.errors).toBeUndefined();
      expect((res.extensions!.queryStats as { roundTrips: number }).roundTrips).toBe(1);
      return res.data!.shortestPath;
    };
    const ai = toGlobalId('Skill', 'ai-agent-security');
    const calculus = toGlobalId('Skill', 'calculus');

    it('walks in either direction, nodes and edges in path order, as short as Neo4j says', async () => {
      const view = (await path(ai, calculus))!;
      expectClosed(view);
      expect(view.nodes[0].nodeId).toBe(ai);
      expect(view.nodes.at(-1)!.nodeId).toBe(calculus);
      view.edges.forEach((e, i) => expect([e.source, e.target].sort()).toEqual([view.nodes[i].id, view.nodes[i + 1].id].sort()));
      const [row] = await rawCypher<{ len: number }>(
        t.driver,
        `MATCH (a:Skill {slug: 'ai-agent-security'}), (b:Skill {slug: 'calculus'})
         MATCH p = shortestPath((a)-[*..10]-(b)) WHERE all(r IN relationships(p) WHERE type(r) IN $types) RETURN length(p) AS len`,
        { types: RELATIONSHIP_TYPES },
      );
      expect(view.edges).toHaveLength(Number(row.len));
      expect(await path(ai, calculus)).toEqual(view);
    });

    it('relationshipTypes: only REQUIRES, the full prerequisite chain', async () => {
      const view = (await path(ai, calculus, { types: ['REQUIRES'], maxDepth: 10 }))!;
      expect(new Set(view.edges.map((e) => e.type))).toEqual(new Set(['REQUIRES']));
      expect(view.edges.length).toBeGreaterThanOrEqual((await path(ai, calculus))!.edges.length);
    });

    describe('over a chain of skills of this file', () => {
      // chain-0 … chain-10, one step apart; and two equally short ways round a diamond,
      // the one through `b` created first so storage order would pick it.
      const chain = (k: number) => id('Skill', `${PREFIX}chain-${k}`);
      beforeAll(() =>
        rawCypher(
          t.driver,
          `UNWIND range(0, 10) AS k CREATE (:Skill {slug: $prefix + 'chain-' + k, name: 'Chain ' + k})
           WITH count(*) AS made
           MATCH (a:Skill), (b:Skill) WHERE a.slug STARTS WITH $prefix + 'chain-' AND b.slug STARTS WITH $prefix + 'chain-'
             AND toInteger(split(b.slug, '-')[-1]) = toInteger(split(a.slug, '-')[-1]) + 1
           CREATE (b)-[:REQUIRES {source: 'test'}]->(a)
           WITH count(*) AS linked
           CREATE (top:Skill {slug: $prefix + 'tie-top', name: 'Top'}), (bottom:Skill {slug: $prefix + 'tie-bottom', name: 'Bottom'})
           CREATE (top)-[:REQUIRES]->(:Skill {slug: $prefix + 'tie-b', name: 'B'})-[:REQUIRES]->(bottom)
           CREATE (top)-[:REQUIRES]->(:Skill {slug: $prefix + 'tie-a', name: 'A'})-[:REQUIRES]->(bottom)`,
          { prefix: PREFIX },
        ),
      );

      it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('a pair %i steps apart: found within that maxDepth, null within one less', async (d) => {
        const view = (await path(chain(0), chain(d), { maxDepth: d }))!;
        expect(view.nodes.map((n) => n.nodeId)).toEqual(Array.from({ length: d + 1 }, (_, k) => chain(k)));
        expect(view.edges).toHaveLength(d);
        if (d > 1) expect(await path(chain(0), chain(d), { maxDepth: d - 1 })).toBeNull();
      });

      it('of equally short paths, the one whose node keys sort first, whatever the storage order', async () => {
        const view = (await path(id('Skill', `${PREFIX}tie-top`), id('Skill', `${PREFIX}tie-bottom`)))!;
        expect(view.nodes.map((n) => n.label)).toEqual(['Top', 'A', 'Bottom']);
      });
    });

    it('null when longer than maxDepth, when disconnected; one node when from = to', async () => {
      expect(await path(ai, calculus, { maxDepth: 1 })).toBeNull();
      expect(await path(ai, id('Skill', `${PREFIX}island`))).toBeNull();
      expect(await path(ai, id('Skill', 'no-such-skill'))).toBeNull();
      const self = (await path(ai, ai))!;
      expect(self.nodes.map((n) => n.nodeId)).toEqual([ai]);
      expect(self.edges).toEqual([]);
    });
  });

  describe('subgraph', () => {
    it('the nodes in the order asked (unknown and repeated ids dropped) and every edge among them', async () => {
      const ids = [
        toGlobalId('Skill', 'model-security'),
        toGlobalId('Company', 'openai'),
        id('Skill', 'nope'),
        toGlobalId('Skill', 'llm-security'),
        toGlobalId('Company', 'openai'),
      ];
      const res = await t.gql<{ subgraph: View }>(`query($ids: [ID!]!) { subgraph(ids: $ids) { ${VIEW} } }`, { ids });
      expect((res.extensions!.queryStats as { roundTrips: number }).roundTrips).toBe(1);
      const view = res.data!.subgraph;
      expect(view.nodes.map((n) => n.nodeId)).toEqual([ids[0], ids[1], ids[3]]);
      expectClosed(view);
      const [row] = await rawCypher<{ e: number }>(
        t.driver,
        `MATCH (a)-[r]->(b) WHERE a.slug IN ['model-security', 'openai', 'llm-security'] AND b.slug IN ['model-security', 'openai', 'llm-security']
           AND NOT a:Concept AND NOT b:Concept AND type(r) IN $types RETURN count(r) AS e`,
        { types: RELATIONSHIP_TYPES },
      );
      expect(view.edges).toHaveLength(Number(row.e));
      expect(view.edges.length).toBeGreaterThan(0);
    });
  });

  describe('bad input is BAD_USER_INPUT naming the argument', () => {
    const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
      [
        'depth 5',
        'query($id: ID!) { neighborhood(id: $id, depth: 5) { truncated } }',
        { id: MODEL_SECURITY },
        /depth: must be between 1 and 4/,
      ],
      ['depth 0', 'query($id: ID!) { neighborhood(id: $id, depth: 0) { truncated } }', { id: MODEL_SECURITY }, /depth/],
      [
        'limit 5001',
        'query($id: ID!) { neighborhood(id: $id, limit: 5001) { truncated } }',
        { id: MODEL_SECURITY },
        /limit: must be between 1 and 5000/,
      ],
      ['limit 0', 'query($id: ID!) { neighborhood(id: $id, limit: 0) { truncated } }', { id: MODEL_SECURITY }, /limit/],
      [
        'unknown relationship type',
        'query($id: ID!) { neighborhood(id: $id, relationshipTypes: ["REQUIRES", "KNOWS]->() DETACH DELETE n//"]) { truncated } }',
        { id: MODEL_SECURITY },
        /relationshipTypes: unknown relationship type/,
      ],
      [
        'unknown label',
        'query($id: ID!) { neighborhood(id: $id, labels: ["User"]) { truncated } }',
        { id: MODEL_SECURITY },
        /labels: unknown label "User"; use Skill/,
      ],
      [
        'empty labels',
        'query($id: ID!) { neighborhood(id: $id, labels: []) { truncated } }',
        { id: MODEL_SECURITY },
        /labels: name at least one/,
      ],
      ['malformed id', '{ neighborhood(id: "!!") { truncated } }', {}, /id: not a valid id/],
      [
        'maxDepth 11',
        'query($id: ID!) { shortestPath(from: $id, to: $id, maxDepth: 11) { truncated } }',
        { id: MODEL_SECURITY },
        /maxDepth: must be between 1 and 10/,
      ],
      ['bad from', 'query($id: ID!) { shortestPath(from: "x", to: $id) { truncated } }', { id: MODEL_SECURITY }, /from: not a valid id/],
      [
        '5001 ids',
        'query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }',
        { ids: Array(5001).fill(MODEL_SECURITY) },
        /ids: at most 5000/,
      ],
      [
        'a bad id among ids',
        'query($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }',
        { ids: [MODEL_SECURITY, '??'] },
        /ids\[1\]: not a valid id/,
      ],
    ];
    it.each(cases)('%s', async (_name, query, variables, message) => {
      const res = await t.gql(query, variables);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(message);
      expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.ts:\d+/);
    });
  });
});
