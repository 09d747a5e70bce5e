import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/plain';

describe('toPlain', () => {
  it('turns driver values inside maps and lists into JSON-like values', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Skill'], { slug: 'x', rank: neo4j.int(3) }, 'el-1');
    const when = new neo4j.types.DateTime(2026, 11, 25, 10, 30, 0, 0, 0);
    const value = {
      n: node,
      when,
      day: new neo4j.types.Date(2026, 11, 25),
      count: neo4j.int(42),
      nested: { list: [neo4j.int(1), { deep: when }], text: 'a', nothing: null, missing: undefined },
    };
    expect(toPlain(value)).toEqual({
      n: { slug: 'x', rank: 3 },
      when: '2026-11-25T10:30:00.000Z',
      day: '2026-11-25',
      count: 42,
      nested: { list: [1, { deep: '2026-11-25T10:30:00.000Z' }], text: 'a', nothing: null, missing: null },
    });
  });

  it('leaves scalars as they are and null for undefined', () => {
    expect([toPlain(1.5), toPlain('s'), toPlain(true), toPlain(undefined), toPlain(null)]).toEqual([1.5, 's', true, null, null]);
  });
});
