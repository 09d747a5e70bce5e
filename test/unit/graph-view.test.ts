import { cypherBounded } from '../../src/db/cypher';
import { flatten } from '../../src/graph-export/flatten';
import { toGraphml } from '../../src/graph-export/graphml';
import { MAX_DEPTH, MAX_PATH_DEPTH, neighborhoodArgs, subgraphArgs } from '../../src/graph-view/graph-view-args';
import { FALLBACK_COLOR, KIND_COLORS, kindColor, kindName } from '../../src/graph-view/kind-style';
import { GRAPH_LABELS } from '../../src/graph-vocabulary';
import { fromGlobalId, graphNodeId, parseGraphNodeId, toGlobalId, toGlobalId as realNodeId } from '../../src/graphql/global-id';

describe('graph views without a database', () => {
  it('depth bounds are spliced from a closed range: each depth its own statement, anything else refused', () => {
    for (const d of [1, 2, 3, 4]) {
      const { name, text } = cypherBounded('graph/neighborhood', d, MAX_DEPTH);
      expect(name).toBe(`graph/neighborhood?depth=${d}`);
      expect(text).toContain(`-[*0..${d}]-`);
      expect(text).not.toContain('{{');
    }
    expect(cypherBounded('graph/shortest-path', 10, MAX_PATH_DEPTH).text).toContain('{0,10} (b)');
    for (const bad of [0, MAX_DEPTH + 1, 2.5, Number.NaN, -1]) {
      expect(() => cypherBounded('graph/neighborhood', bad, MAX_DEPTH)).toThrow(/is not an integer from 1 to 4/);
    }
  });

  it('view node ids never equal a Node.id; arguments take either; realNodeId is Node.id', () => {
    expect(graphNodeId('Skill', 'model-security')).not.toBe(toGlobalId('Skill', 'model-security'));
    expect(parseGraphNodeId(graphNodeId('FrameworkItem', 'LLM01:2025'), 'id')).toEqual({ label: 'FrameworkItem', key: 'LLM01:2025' });
    for (const label of GRAPH_LABELS) {
      expect(realNodeId(label, 'k')).toBe(toGlobalId(label, 'k'));
      expect(parseGraphNodeId(toGlobalId(label, 'k'), 'id')).toEqual({ label, key: 'k' });
      expect(parseGraphNodeId(graphNodeId(label, 'k'), 'id')).toEqual({ label, key: 'k' });
      // A view id is not a Node id: node(id:) refuses it rather than loading another type.
      expect(() => fromGlobalId(graphNodeId(label, 'k'))).toThrow(/id: a GraphNode.id .* pass the GraphNode's `nodeId`/);
    }
    expect(() => parseGraphNodeId(Buffer.from('User:x').toString('base64url'), 'id')).toThrow(/id: not a valid id/);
    expect(() => parseGraphNodeId(Buffer.from('GraphNode:User:x').toString('base64url'), 'id')).toThrow(/id: not a valid id/);
  });

  it('every label has a colour of its own and a name for readers', () => {
    const colours = GRAPH_LABELS.map((label) => kindColor(label));
    expect(new Set([...colours, FALLBACK_COLOR]).size).toBe(GRAPH_LABELS.length + 1);
    expect(Object.keys(KIND_COLORS).sort()).toEqual([...GRAPH_LABELS].sort());
    expect(GRAPH_LABELS.map(kindName)).toEqual(expect.arrayContaining(['Skill', 'Framework item', 'Occupation', 'Technology category']));
  });

  it('arguments: defaults, allow-lists in vocabulary order, duplicates dropped', () => {
    const id = toGlobalId('Skill', 'x');
    expect(neighborhoodArgs({ id })).toMatchObject({ depth: 1, limit: 200, types: expect.arrayContaining(['REQUIRES', 'MITIGATES']) });
    expect(neighborhoodArgs({ id, relationshipTypes: ['TEACHES', 'REQUIRES'] }).types).toEqual(['REQUIRES', 'TEACHES']);
    expect(() => neighborhoodArgs({ id, relationshipTypes: ['REQUIRES`]-() DELETE n //'] })).toThrow(/unknown relationship type/);
    expect(subgraphArgs([id, id, toGlobalId('Company', 'x')])).toHaveLength(2);
  });

  it('flat exports rename properties that collide with view fields, and GraphML escapes text', () => {
    const view = {
      nodes: [
        {
          id: 'a',
          nodeId: 'n-a',
          label: 'A & <B>',
          kind: 'Resource',
          degree: 1,
          properties: { kind: 'COURSE', year: 2024, authors: ['X', 'Y'] },
        },
      ],
      edges: [{ id: 'e', source: 'a', target: 'a', type: 'TEACHES', properties: { source: 'curated' } }],
      truncated: false,
      omittedNodes: 0,
    };
    const flat = flatten(view);
    expect(flat.nodes[0].attributes).toEqual({
      nodeId: 'n-a',
      label: 'A & <B>',
      kind: 'Resource',
      degree: 1,
      _kind: 'COURSE',
      year: 2024,
      authors: ['X', 'Y'],
    });
    expect(flat.edges[0].attributes).toEqual({ type: 'TEACHES', _source: 'curated' });
    const xml = toGraphml(view, 'g');
    expect(xml).toContain('A &amp; &lt;B&gt;');
    expect(xml).toContain('attr.name="year" attr.type="long"');
    expect(xml).toContain('["X","Y"]');
  });
});
