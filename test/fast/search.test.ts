import { toLuceneQuery } from '../../src/domain/lucene-query';
import { GRAPH_LABELS } from '../../src/graph-vocabulary';
import { exactKeys } from '../../src/domain/search-identifiers';
import { toGlobalId } from '../../src/graphql/global-id';
import { SEARCH_DEPTH } from '../../src/repositories/search.repository';
import { cypherOf, execute } from './support/execute';
import { companyNode, resourceNode, skillNode } from './support/rows';

const QUERY = `query ($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { kind matchedField highlight score node { id ... on Skill { name } } }
  }
}`;

/** Candidates (cypher/search/candidates.cypher): light rows, and the count of every match when asked. */
const candidate = (id: string, label: string, slug: string, name: string, score: number, extra: Record<string, unknown> = {}) => ({
  id,
  label,
  score,
  how: [],
  fullTextTotal: 0,
  slug,
  code: null,
  name,
  aliases: [],
  extra: [],
  providers: [],
  ...extra,
});

const nodeOf: Record<string, Record<string, unknown>> = {
  n1: skillNode('red-teaming', { name: 'Red Teaming' }),
  n2: companyNode('red-team-co'),
  n3: skillNode('ai-red-teaming', { name: 'AI Red Teaming' }),
  r1: { ...resourceNode('genai-course'), title: 'Generative AI for Everyone' },
};
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
      labels: [id === 'n2' ? 'Company' : id === 'r1' ? 'Resource' : 'Skill'],
      node: nodeOf[id] ?? skillNode(id),
      providers: id === 'r1' ? ['DeepLearning.AI'] : [],
    })),
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
      all: true,
      ftOptions: { limit: SEARCH_DEPTH },
      k: SEARCH_DEPTH,
      codes: keys.codes,
      codePrefix: keys.codePrefix,
      occupationCode: keys.occupationCode,
      rawCode: keys.rawCode,
      slug: keys.slug,
      viaProviders: expect.any(Number),
      perProvider: expect.any(Number),
      withCount: true,
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

  it('every match is counted only when totalCount is asked for; exact hits are added to the full-text count', async () => {
    const many = Array.from({ length: SEARCH_DEPTH }, (_, i) =>
      candidate(`m${i}`, 'Skill', `s-${i}`, `Red ${i}`, 1, { fullTextTotal: 40 }),
    );
    const exact = candidate('x1', 'Skill', 'red-teaming', 'Red Teaming', 0, { how: ['slug'], fullTextTotal: 40 });
    const full = { ...answers, 'search/candidates': [...many, exact] };
    const r = await execute(QUERY, { text: 'red teaming', first: 2 }, full);
    expect(r.names).toEqual(['search/candidates', 'search/nodes']);
    expect(r.params('search/candidates').withCount).toBe(true);
    expect((r.data.search as { totalCount: number }).totalCount).toBe(41);
    const noCount = await execute('query($t: String!) { search(text: $t, first: 2) { nodes { score } } }', { t: 'red teaming' }, full);
    expect(noCount.params('search/candidates').withCount).toBe(false);
  });

  it('a resource found through its provider: matchedField provider, the provider marked', async () => {
    const course = candidate('r1', 'Resource', 'genai-course', 'Generative AI for Everyone', 0, {
      how: ['provider'],
      providers: ['DeepLearning.AI'],
    });
    const r = await execute(QUERY, { text: 'deeplearning.ai', first: 2 }, { ...answers, 'search/candidates': [course] });
    expect((r.data.search as { nodes: unknown[] }).nodes[0]).toMatchObject({
      kind: 'RESOURCE',
      matchedField: 'provider',
      highlight: '<mark>DeepLearning.AI</mark>',
    });
  });

  it('the next page reads the candidates again and only its own nodes', async () => {
    const first = await execute(QUERY, { text: 'red teaming', first: 2 }, answers);
    const after = (first.data.search as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const next = await execute(QUERY, { text: 'red teaming', first: 2, after }, answers);
    expect(next.names).toEqual(['search/candidates', 'search/nodes']);
    expect(next.params('search/nodes').ids).toHaveLength(1);
    expect(next.data.search).toMatchObject({ pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('`kinds` narrows the labels (Lucene is not limited before they are checked); no candidates means no second statement', async () => {
    const r = await execute(QUERY, { text: 'zzz', kinds: ['COMPANY', 'SKILL', 'COMPANY'] });
    expect(r.names).toEqual(['search/candidates']);
    expect(r.params('search/candidates')).toMatchObject({ labels: ['Company', 'Skill'], all: false, ftOptions: {} });
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
