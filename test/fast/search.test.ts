import { toLuceneQuery } from '../../src/domain/lucene-query';
import { GRAPH_LABELS } from '../../src/graph-vocabulary';
import { exactKeys } from '../../src/domain/search-identifiers';
import { toGlobalId } from '../../src/graphql/global-id';
import { SEARCH_DEPTH } from '../../src/repositories/search.repository';
import { cypherOf, execute } from './support/execute';
import { companyNode, skillNode } from './support/rows';

const QUERY = `query ($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { kind matchedField highlight score node { id ... on Skill { name } } }
  }
}`;

/** Full-text candidates (cypher/search/candidates.cypher): light rows, no properties beyond the ranking's. */
const candidate = (id: string, label: string, slug: string, name: string, score: number) => ({
  id,
  label,
  score,
  how: [],
  slug,
  code: null,
  name,
  aliases: [],
  extra: [],
});

const answers = {
  'search/candidates': [
    candidate('n1', 'Skill', 'red-teaming', 'Red Teaming', 4.2),
    candidate('n2', 'Company', 'red-team-co', 'Red Team Co', 2.1),
    candidate('n3', 'Skill', 'ai-red-teaming', 'AI Red Teaming', 1.5),
  ],
  // The page's nodes by element id, with their labels (a node whose labels changed is left out).
  'search/nodes': (params: Record<string, unknown>) =>
    (params.ids as string[]).map((id) => ({
      id,
      labels: [id === 'n2' ? 'Company' : 'Skill'],
      node:
        id === 'n1'
          ? skillNode('red-teaming', { name: 'Red Teaming' })
          : id === 'n2'
            ? companyNode('red-team-co')
            : skillNode('ai-red-teaming', { name: 'AI Red Teaming' }),
    })),
  'search/count': [{ total: 40 }],
};

describe('Query.search', () => {
  it('candidates (full-text and exact keys) in one statement, the page’s nodes in a second; fewer than the depth are the count', async () => {
    const r = await execute(QUERY, { text: 'red teaming', first: 2 }, answers);
    expect(r.names).toEqual(['search/candidates', 'search/nodes']);
    const keys = exactKeys('red teaming');
    const allLabels = [...GRAPH_LABELS];
    expect(r.params('search/candidates')).toEqual({
      query: toLuceneQuery('red teaming'),
      labels: allLabels,
      k: SEARCH_DEPTH,
      codes: keys.codes,
      codePrefix: keys.codePrefix,
      occupationCode: keys.occupationCode,
      rawCode: keys.rawCode,
      slug: keys.slug,
    });
    expect((r.params('search/nodes').ids as string[]).length).toBe(2);
    const search = r.data.search as { totalCount: number; pageInfo: Record<string, unknown>; nodes: Array<Record<string, unknown>> };
    expect(search.totalCount).toBe(3);
    expect(search.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: expect.any(String) });
    expect(search.nodes).toHaveLength(2);
    expect(search.nodes[0]).toMatchObject({ kind: 'SKILL', node: { id: toGlobalId('Skill', 'red-teaming'), name: 'Red Teaming' } });
    for (const hit of search.nodes)
      expect(hit).toMatchObject({ matchedField: expect.any(String), highlight: expect.any(String), score: expect.any(Number) });
  });

  it('the count statement runs only when the full-text candidates reach the depth, and only when asked', async () => {
    const many = Array.from({ length: SEARCH_DEPTH }, (_, i) => candidate(`m${i}`, 'Skill', `s-${i}`, `Red ${i}`, 1));
    const exact = { ...candidate('x1', 'Skill', 'red-teaming', 'Red Teaming', 0), how: ['slug'] };
    const full = { ...answers, 'search/candidates': [...many, exact] };
    const r = await execute(QUERY, { text: 'red teaming', first: 2 }, full);
    expect(r.names).toEqual(['search/candidates', 'search/nodes', 'search/count']);
    expect(r.params('search/count')).toEqual({ query: toLuceneQuery('red teaming'), labels: [...GRAPH_LABELS], exactIds: ['x1'] });
    expect((r.data.search as { totalCount: number }).totalCount).toBe(41);
    const noCount = await execute('query($t: String!) { search(text: $t, first: 2) { nodes { score } } }', { t: 'red teaming' }, full);
    expect(noCount.names).toEqual(['search/candidates', 'search/nodes']);
  });

  it('the next page reads the candidates again and only its own nodes', async () => {
    const first = await execute(QUERY, { text: 'red teaming', first: 2 }, answers);
    const after = (first.data.search as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const next = await execute(QUERY, { text: 'red teaming', first: 2, after }, answers);
    expect(next.names).toEqual(['search/candidates', 'search/nodes']);
    expect(next.params('search/nodes').ids).toHaveLength(1);
    expect(next.data.search).toMatchObject({ pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('`kinds` narrows the labels; no candidates means no second statement', async () => {
    const r = await execute(QUERY, { text: 'zzz', kinds: ['COMPANY', 'SKILL', 'COMPANY'] });
    expect(r.names).toEqual(['search/candidates']);
    expect(r.params('search/candidates').labels).toEqual(['Company', 'Skill']);
    expect(r.data.search).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('text with no word is BAD_USER_INPUT and sends nothing', async () => {
    const r = await execute(QUERY, { text: '  !!  ' }, answers);
    expect(r.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.names).toEqual([]);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { text: 'red teaming', first: 2 }, answers)).sent)).toMatchSnapshot();
  });
});
