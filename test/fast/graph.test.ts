import { GRAPH_LABELS, RELATIONSHIP_TYPES } from '../../src/graph-vocabulary';
import { KEY_PROPERTY } from '../../src/graph-view/graph-node-ids';
import { graphNodeId, toGlobalId } from '../../src/graphql/global-id';
import { cypherOf, execute } from './support/execute';
import { perKey, skillNode } from './support/rows';

const VOCABULARY = { kinds: [...GRAPH_LABELS], keyOf: KEY_PROPERTY };
const skillId = (slug: string) => toGlobalId('Skill', slug);

/** A raw view row (cypher/graph/*.cypher): nodes and edges as lists, element ids joining them. */
function viewRow(slugs: string[], total = slugs.length) {
  return {
    nodes: slugs.map((slug, i) => [`e${i}`, 'Skill', slug, slugs.length - 1, `Skill ${slug}`, { slug, contentHash: 'x1' }]),
    // Each node requires the previous one; an edge to a node left out of the view is dropped.
    edges: [...slugs.slice(1).map((_, i) => ['REQUIRES', `e${i + 1}`, `e${i}`, { since: 2020 }]), ['REQUIRES', 'e0', 'e-outside', null]],
    total,
  };
}

describe('Query.neighborhood', () => {
  const QUERY = `query ($id: ID!, $depth: Int, $limit: Int, $types: [String!]) {
    neighborhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $types) {
      truncated omittedNodes
      nodes { id nodeId label kind degree }
      edges { id source target type }
    }
  }`;

  it('one statement for the depth asked (the bound spliced in), the vocabulary and the allow-listed types as parameters', async () => {
    const r = await execute(
      QUERY,
      { id: skillId('a'), depth: 2, limit: 2, types: ['REQUIRES'] },
      {
        'graph/neighborhood?depth=2': [viewRow(['a', 'b'], 7)],
      },
    );
    expect(r.names).toEqual(['graph/neighborhood?depth=2']);
    expect(r.params('graph/neighborhood?depth=2')).toEqual({
      ...VOCABULARY,
      withProperties: false,
      center: { label: 'Skill', key: 'a' },
      types: ['REQUIRES'],
      labels: [...GRAPH_LABELS],
      limit: 2,
    });
    const a = graphNodeId('Skill', 'a');
    const b = graphNodeId('Skill', 'b');
    expect(r.data).toEqual({
      neighborhood: {
        truncated: true,
        omittedNodes: 5,
        nodes: [
          { id: a, nodeId: skillId('a'), label: 'Skill a', kind: 'Skill', degree: 1 },
          { id: b, nodeId: skillId('b'), label: 'Skill b', kind: 'Skill', degree: 1 },
        ],
        edges: [{ id: `${b}.REQUIRES.${a}`, source: b, target: a, type: 'REQUIRES' }],
      },
    });
  });

  it('asks for properties only when the query shows them, and hides internal ones', async () => {
    const r = await execute(
      `query ($id: ID!) { neighborhood(id: $id) { nodes { properties } edges { properties } } }`,
      { id: skillId('a') },
      { 'graph/neighborhood?depth=1': [viewRow(['a', 'b'])] },
    );
    expect(r.params('graph/neighborhood?depth=1')).toMatchObject({ withProperties: true, types: [...RELATIONSHIP_TYPES], limit: 200 });
    expect(r.data).toEqual({
      neighborhood: { nodes: [{ properties: { slug: 'a' } }, { properties: { slug: 'b' } }], edges: [{ properties: { since: 2020 } }] },
    });
  });

  it('no N+1: the real nodes of a view of 5 cost the statements of a view of 2 (one batch)', async () => {
    const Q = `query ($id: ID!) { neighborhood(id: $id) { nodes { node { ... on Skill { name level } } } } }`;
    const run = (slugs: string[]) =>
      execute(
        Q,
        { id: skillId('s0') },
        { 'graph/neighborhood?depth=1': [viewRow(slugs)], 'skill/by-slugs': perKey((slug) => [skillNode(slug)]) },
      );
    const two = await run(['s0', 's1']);
    const five = await run(['s0', 's1', 's2', 's3', 's4']);
    expect(two.names).toEqual(['graph/neighborhood?depth=1', 'skill/by-slugs']);
    expect(five.names).toEqual(two.names);
    expect(five.params('skill/by-slugs')).toEqual({ slugs: ['s0', 's1', 's2', 's3', 's4'] });
  });

  it('an unknown node gives an empty view; bad arguments send nothing', async () => {
    const empty = await execute(QUERY, { id: skillId('ghost') });
    expect(empty.data).toEqual({ neighborhood: { truncated: false, omittedNodes: 0, nodes: [], edges: [] } });
    for (const variables of [{ id: skillId('a'), depth: 5 }, { id: skillId('a'), types: ['NOPE'] }, { id: 'garbage!' }]) {
      const bad = await execute(QUERY, variables);
      expect(bad.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.names).toEqual([]);
    }
  });

  it('sends this Cypher', async () => {
    const sent = [];
    for (const depth of [1, 2, 3, 4]) sent.push(...(await execute(QUERY, { id: skillId('a'), depth })).sent);
    expect(cypherOf(sent)).toMatchSnapshot();
  });
});

describe('Query.shortestPath', () => {
  const QUERY = `query ($from: ID!, $to: ID!, $maxDepth: Int) {
    shortestPath(from: $from, to: $to, maxDepth: $maxDepth) { nodes { nodeId } edges { source target type } }
  }`;

  it('one statement for the maxDepth asked; edges keep path order; no path is null', async () => {
    const row = {
      nodes: [
        ['e0', 'Skill', 'a', 1, 'A', null],
        ['e1', 'Skill', 'b', 2, 'B', null],
        ['e2', 'Skill', 'c', 1, 'C', null],
      ],
      edges: [
        ['REQUIRES', 'e2', 'e1', null],
        ['REQUIRES', 'e1', 'e0', null],
      ],
      total: 3,
    };
    const r = await execute(
      QUERY,
      { from: skillId('a'), to: graphNodeId('Skill', 'c'), maxDepth: 3 },
      { 'graph/shortest-path?depth=3': [row] },
    );
    expect(r.names).toEqual(['graph/shortest-path?depth=3']);
    expect(r.params('graph/shortest-path?depth=3')).toEqual({
      ...VOCABULARY,
      from: { label: 'Skill', key: 'a' },
      to: { label: 'Skill', key: 'c' },
      types: [...RELATIONSHIP_TYPES],
    });
    const [a, b, c] = ['a', 'b', 'c'].map((slug) => graphNodeId('Skill', slug));
    expect(r.data).toEqual({
      shortestPath: {
        nodes: ['a', 'b', 'c'].map((slug) => ({ nodeId: skillId(slug) })),
        edges: [
          { source: c, target: b, type: 'REQUIRES' },
          { source: b, target: a, type: 'REQUIRES' },
        ],
      },
    });
    const none = await execute(QUERY, { from: skillId('a'), to: skillId('z') });
    expect(none.names).toEqual(['graph/shortest-path?depth=6']);
    expect(none.data).toEqual({ shortestPath: null });
  });

  it('sends this Cypher', async () => {
    const sent = [];
    for (let maxDepth = 1; maxDepth <= 10; maxDepth++)
      sent.push(...(await execute(QUERY, { from: skillId('a'), to: skillId('b'), maxDepth })).sent);
    expect(cypherOf(sent)).toMatchSnapshot();
  });
});

describe('Query.subgraph', () => {
  const QUERY = `query ($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id label } edges { type } truncated } }`;

  it('one statement for the ids given, duplicates dropped, every relationship type as a parameter; none sends nothing', async () => {
    const ids = [skillId('a'), graphNodeId('Skill', 'b'), skillId('a')];
    const r = await execute(QUERY, { ids }, { 'graph/subgraph': [viewRow(['a', 'b'])] });
    expect(r.names).toEqual(['graph/subgraph']);
    expect(r.params('graph/subgraph')).toEqual({
      ...VOCABULARY,
      types: [...RELATIONSHIP_TYPES],
      refs: [
        { label: 'Skill', key: 'a' },
        { label: 'Skill', key: 'b' },
      ],
      withProperties: false,
    });
    expect(r.data).toEqual({
      subgraph: {
        nodes: [
          { id: graphNodeId('Skill', 'a'), label: 'Skill a' },
          { id: graphNodeId('Skill', 'b'), label: 'Skill b' },
        ],
        edges: [{ type: 'REQUIRES' }],
        truncated: false,
      },
    });
    const none = await execute(QUERY, { ids: [] });
    expect(none.names).toEqual([]);
    expect(none.data).toEqual({ subgraph: { nodes: [], edges: [], truncated: false } });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { ids: [skillId('a')] })).sent)).toMatchSnapshot();
  });
});
