import { GraphQLError } from 'graphql';
import { fromGlobalId, toGlobalId } from '../../src/graphql/global-id';
import { checkFirst, decodeCursor, encodeCursor, toEdgeConnection } from '../../src/graphql/pagination';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as GraphQLError).extensions.code;
  }
  return 'no error';
};

describe('cursors', () => {
  it('round-trip within one list', () => {
    expect(decodeCursor('skills', encodeCursor('skills', 'model-security'))).toBe('model-security');
    expect(decodeCursor('skills', null)).toBe('');
  });

  it('refuse a cursor from another list, saying which', () => {
    expect(() => decodeCursor('skills', encodeCursor('companies', 'openai'))).toThrow(/belongs to the companies list/);
  });

  it('refuse garbage', () => {
    for (const bad of ['', '!!!', 'bm90IGEgY3Vyc29y', 'a'.repeat(5000)])
      expect(codeOf(() => decodeCursor('skills', bad))).toBe('BAD_USER_INPUT');
  });
});

describe('checkFirst', () => {
  it('accepts 0..100 and defaults', () => {
    expect(checkFirst(undefined, 20)).toBe(20);
    expect(checkFirst(0, 20)).toBe(0);
    expect(checkFirst(100, 20)).toBe(100);
  });

  it('refuses negative and too large values with BAD_USER_INPUT', () => {
    expect(codeOf(() => checkFirst(-1, 20))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkFirst(101, 20))).toBe('BAD_USER_INPUT');
  });
});

describe('toEdgeConnection', () => {
  it('keeps edge properties beside the node, cursors from the node key, one extra row telling whether more exist', async () => {
    const rows = ['a', 'b', 'c'].map((slug, i) => ({ node: { slug }, hot: i === 0 }));
    const page = toEdgeConnection('uses', rows, 2, 'x', async () => 7);
    expect(page.edges).toEqual([
      { node: { slug: 'a' }, hot: true, cursor: encodeCursor('uses', 'a') },
      { node: { slug: 'b' }, hot: false, cursor: encodeCursor('uses', 'b') },
    ]);
    expect(page.nodes).toEqual([{ slug: 'a' }, { slug: 'b' }]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: page.edges[0].cursor,
      endCursor: page.edges[1].cursor,
    });
    expect(decodeCursor('uses', page.pageInfo.endCursor)).toBe('b');
    await expect(page.totalCount()).resolves.toBe(7);
  });
});

describe('global ids', () => {
  it('round-trip type and key', () => {
    expect(fromGlobalId(toGlobalId('Skill', 'model-security'))).toEqual({ type: 'Skill', key: 'model-security' });
  });

  it('refuse unknown types and malformed ids', () => {
    for (const bad of [Buffer.from('Secret:x').toString('base64url'), 'not base64!', '', Buffer.from('Skill:').toString('base64url')]) {
      expect(codeOf(() => fromGlobalId(bad))).toBe('BAD_USER_INPUT');
    }
  });
});
