import { toGlobalId } from '../../src/graphql/global-id';
import { cypherOf, execute } from './support/execute';
import { categoryNode, occupationNode, perKey, skillNode } from './support/rows';

/** Rows of cypher/occupation/skills.cypher: a USES edge's flags beside each skill. */
const usesRows = (params: Record<string, unknown>) =>
  (params.slugs as string[]).map((code) => ({
    slug: code,
    node: { node: skillNode(`${code}-skill`), hot: true, inDemand: false, technologies: ['Tool'], source: 'onet' },
  }));

describe('Query.occupation', () => {
  const QUERY = `query ($code: String!) {
    occupation(code: $code) { id code title skills(first: 1, hot: true) { totalCount edges { hot inDemand technologies node { slug } } } }
  }`;
  const answers = {
    'occupation/by-codes': perKey((code) => [occupationNode(code)]),
    'occupation/skills': usesRows,
    'occupation/skill-count': [{ slug: '15-2051.00', total: 12 }],
  };

  it('the occupation in one batch; its skills page and count each one statement with the edge flags', async () => {
    const r = await execute(QUERY, { code: '15-2051.00' }, answers);
    expect(r.names).toEqual(['occupation/by-codes', 'occupation/skills', 'occupation/skill-count']);
    expect(r.params('occupation/by-codes')).toEqual({ slugs: ['15-2051.00'] });
    expect(r.params('occupation/skills')).toEqual({ slugs: ['15-2051.00'], after: '', limit: 2, hot: true, inDemand: null });
    expect(r.params('occupation/skill-count')).toEqual({ slugs: ['15-2051.00'], hot: true, inDemand: null });
    expect(r.data).toEqual({
      occupation: {
        id: toGlobalId('Occupation', '15-2051.00'),
        code: '15-2051.00',
        title: 'Occupation 15-2051.00',
        skills: { totalCount: 12, edges: [{ hot: true, inDemand: false, technologies: ['Tool'], node: { slug: '15-2051.00-skill' } }] },
      },
    });
  });

  it('unknown: null after one statement', async () => {
    const r = await execute(QUERY, { code: '00-0000.00' });
    expect(r.data).toEqual({ occupation: null });
    expect(r.names).toEqual(['occupation/by-codes']);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { code: '15-2051.00' }, answers)).sent)).toMatchSnapshot();
  });
});

describe('Query.occupations', () => {
  const QUERY = `query ($first: Int, $filter: OccupationFilter) {
    occupations(first: $first, filter: $filter) { totalCount pageInfo { hasNextPage } nodes { code skills(first: 1) { edges { node { slug } } } } }
  }`;
  const answers = (n: number) => ({
    'occupation/page': Array.from({ length: n + 1 }, (_, i) => ({ node: occupationNode(`15-00${i}0.00`) })),
    'occupation/page-text': [{ node: occupationNode('15-2051.00') }],
    'occupation/count': [{ total: 1000 }],
    'occupation/count-text': [{ total: 1 }],
    'occupation/skills': usesRows,
  });

  it('a page (first + 1 rows), the count, and every occupation’s skills in one statement', async () => {
    const r = await execute(QUERY, { first: 2 }, answers(2));
    expect(r.names).toEqual(['occupation/page', 'occupation/count', 'occupation/skills']);
    expect(r.params('occupation/page')).toEqual({ query: null, after: '', limit: 3 });
    expect(r.params('occupation/count')).toEqual({ query: null });
    expect(r.params('occupation/skills')).toEqual({ slugs: ['15-0000.00', '15-0010.00'], after: '', limit: 2, hot: null, inDemand: null });
    expect(r.data).toEqual({
      occupations: {
        totalCount: 1000,
        pageInfo: { hasNextPage: true },
        nodes: ['15-0000.00', '15-0010.00'].map((code) => ({ code, skills: { edges: [{ node: { slug: `${code}-skill` } }] } })),
      },
    });
  });

  it('no N+1: 5 occupations with their skills cost the statements of 2', async () => {
    expect((await execute(QUERY, { first: 5 }, answers(5))).names).toEqual((await execute(QUERY, { first: 2 }, answers(2))).names);
  });

  it('a text filter uses the full-text statements', async () => {
    const r = await execute(QUERY, { first: 2, filter: { text: 'security analyst' } }, answers(2));
    expect(r.names).toEqual(['occupation/page-text', 'occupation/count-text', 'occupation/skills']);
    expect(r.params('occupation/count-text')).toEqual({ query: r.params('occupation/page-text').query });
  });

  it('sends this Cypher', async () => {
    const plain = await execute(QUERY, { first: 2 }, answers(2));
    const text = await execute(QUERY, { first: 2, filter: { text: 'security analyst' } }, answers(2));
    expect(cypherOf([...plain.sent, ...text.sent])).toMatchSnapshot();
  });
});

describe('Query.technologyCategory', () => {
  const QUERY = `query ($code: String!) {
    technologyCategory(code: $code) { id code title level parent { code } children { code } skills(first: 1) { totalCount nodes { slug } } }
  }`;
  const answers = {
    'technology-category/by-codes': perKey((code) => [categoryNode(code)]),
    'technology-category/parent': perKey(() => [categoryNode('43000000', 'SEGMENT')]),
    'technology-category/children': perKey(() => [categoryNode('43231500', 'CLASS')]),
    'technology-category/skills': perKey((code) => [skillNode(`${code}-a`), skillNode(`${code}-b`)]),
    'technology-category/skill-count': [{ slug: '43230000', total: 2 }],
  };

  it('the category in one batch, each relation and the skills page in one statement', async () => {
    const r = await execute(QUERY, { code: '43230000' }, answers);
    expect(r.names).toEqual([
      'technology-category/by-codes',
      'technology-category/parent',
      'technology-category/children',
      'technology-category/skills',
      'technology-category/skill-count',
    ]);
    expect(r.params('technology-category/by-codes')).toEqual({ slugs: ['43230000'] });
    expect(r.params('technology-category/skills')).toEqual({ slugs: ['43230000'], after: '', limit: 2 });
    expect(r.params('technology-category/skill-count')).toEqual({ slugs: ['43230000'] });
    expect(r.data).toEqual({
      technologyCategory: {
        id: toGlobalId('TechnologyCategory', '43230000'),
        code: '43230000',
        title: 'Category 43230000',
        level: 'FAMILY',
        parent: { code: '43000000' },
        children: [{ code: '43231500' }],
        skills: { totalCount: 2, nodes: [{ slug: '43230000-a' }] },
      },
    });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { code: '43230000' }, answers)).sent)).toMatchSnapshot();
  });
});

describe('Query.technologyCategories', () => {
  const QUERY = `query ($level: TechnologyCategoryLevel) { technologyCategories(level: $level) { code level children { code } } }`;
  const answers = (n: number) => ({
    'technology-category/by-level': Array.from({ length: n }, (_, i) => ({ node: categoryNode(`4${i}000000`, 'SEGMENT') })),
    'technology-category/children': perKey((code) => [categoryNode(`${code.slice(0, 2)}100000`)]),
  });

  it('one statement for the level (SEGMENT by default, null: all), children of every category in one batch', async () => {
    const r = await execute(QUERY, { level: 'SEGMENT' }, answers(2));
    expect(r.names).toEqual(['technology-category/by-level', 'technology-category/children']);
    expect(r.params('technology-category/by-level')).toEqual({ level: 'SEGMENT' });
    expect(r.params('technology-category/children')).toEqual({ slugs: ['40000000', '41000000'] });
    expect(r.data).toEqual({
      technologyCategories: [
        { code: '40000000', level: 'SEGMENT', children: [{ code: '40100000' }] },
        { code: '41000000', level: 'SEGMENT', children: [{ code: '41100000' }] },
      ],
    });
    expect((await execute(QUERY, {}, answers(0))).params('technology-category/by-level')).toEqual({ level: 'SEGMENT' });
    expect((await execute(QUERY, { level: null }, answers(0))).params('technology-category/by-level')).toEqual({ level: null });
  });

  it('no N+1: 5 categories with children cost the statements of 2', async () => {
    expect((await execute(QUERY, {}, answers(5))).names).toEqual((await execute(QUERY, {}, answers(2))).names);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, {}, answers(1))).sent)).toMatchSnapshot();
  });
});
