import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../../src/db/cypher';
import { flatten } from '../../src/graph-export/flatten';
import { toGraphml } from '../../src/graph-export/graphml';
import { graphNodeId, parseGraphNodeId } from '../../src/graph-view/graph-node-ids';
import { neighborhoodArgs, subgraphArgs } from '../../src/graph-view/graph-view-args';
import { toGlobalId } from '../../src/graphql/global-id';

describe('graph views without a database', () => {
  it('the four neighbourhood statements differ only in their depth bound', () => {
    const texts = [1, 2, 3, 4].map((d) => readFileSync(join(cypherDir, `graph/neighborhood-depth-${d}.cypher`), 'utf8'));
    texts.forEach((text, i) => expect(text).toContain(`-[*0..${i + 1}]-`));
    const normalised = texts.map((t) => t.replace(/within \d step\(s\)/, 'within N step(s)').replace(/-\[\*0\.\.\d\]-/, '-[*0..N]-'));
    for (const t of normalised) expect(t).toBe(normalised[0]);
  });

  it('node ids are Node.id, for any vocabulary label', () => {
    expect(graphNodeId('Skill', 'model-security')).toBe(toGlobalId('Skill', 'model-security'));
    expect(parseGraphNodeId(graphNodeId('FrameworkItem', 'LLM01:2025'), 'id')).toEqual({ label: 'FrameworkItem', key: 'LLM01:2025' });
    expect(() => parseGraphNodeId(Buffer.from('User:x').toString('base64url'), 'id')).toThrow(/id: not a valid id/);
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
      nodes: [{ id: 'a', label: 'A & <B>', kind: 'Resource', degree: 1, properties: { kind: 'COURSE', year: 2024, authors: ['X', 'Y'] } }],
      edges: [{ id: 'e', source: 'a', target: 'a', type: 'TEACHES', properties: { source: 'curated' } }],
      truncated: false,
      omittedNodes: 0,
    };
    const flat = flatten(view);
    expect(flat.nodes[0].attributes).toEqual({
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
