import { toGlobalId } from '../../src/graphql/global-id';
import { cypherOf, execute } from './support/execute';
import { perKey, providerNode, resourceNode, skillNode } from './support/rows';

describe('Query.resource', () => {
  const QUERY = `query ($slug: String!) {
    resource(slug: $slug) { id slug title kind listedUnder level cost costNote format authors provider { slug name } providers { slug } }
  }`;
  const answers = {
    'resource/by-slugs': perKey((slug) => [
      { ...resourceNode(slug), listedUnder: 'Courses', costNote: 'Paid (varies)', format: 'self-paced' },
    ]),
    // In the source's order: the first is `provider`.
    'resource/providers': perKey(() => [providerNode('acme-academy'), providerNode('pearson')]),
  };

  it('the resource, then its providers (the first is `provider`): one batch each', async () => {
    const r = await execute(QUERY, { slug: 'llm-sec' }, answers);
    expect(r.names).toEqual(['resource/by-slugs', 'resource/providers']);
    expect(r.params('resource/by-slugs')).toEqual({ slugs: ['llm-sec'] });
    expect(r.params('resource/providers')).toEqual({ slugs: ['llm-sec'] });
    expect(r.data).toEqual({
      resource: {
        id: toGlobalId('Resource', 'llm-sec'),
        slug: 'llm-sec',
        title: 'Resource llm-sec',
        kind: 'COURSE',
        listedUnder: 'Courses',
        level: 'BEGINNER',
        cost: 'FREE',
        costNote: 'Paid (varies)',
        format: 'self-paced',
        authors: [],
        provider: { slug: 'acme-academy', name: 'Provider acme-academy' },
        providers: [{ slug: 'acme-academy' }, { slug: 'pearson' }],
      },
    });
  });

  it('unknown: null, and nothing more is read', async () => {
    const r = await execute(QUERY, { slug: 'ghost' });
    expect(r.data).toEqual({ resource: null });
    expect(r.names).toEqual(['resource/by-slugs']);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { slug: 'llm-sec' }, answers)).sent)).toMatchSnapshot();
  });
});

describe('Query.resources', () => {
  const QUERY = `query ($first: Int, $filter: ResourceFilter) {
    resources(first: $first, filter: $filter) { totalCount nodes { slug provider { slug } skills { slug } } }
  }`;
  const answers = (n: number) => ({
    'resource/page': Array.from({ length: n }, (_, i) => ({ node: resourceNode(`r${i}`) })),
    'resource/page-text': [{ node: resourceNode('r0') }],
    'resource/count': [{ total: n }],
    'resource/count-text': [{ total: 1 }],
    'resource/providers': perKey((slug) => [providerNode(`${slug}-p`)]),
    'resource/skills': perKey((slug) => [skillNode(`${slug}-s`)]),
  });

  it('a filtered page, its count, and one batch per list for the whole page', async () => {
    const r = await execute(QUERY, { first: 2, filter: { kind: 'COURSE', cost: 'FREE', skill: 'python' } }, answers(2));
    expect(r.names).toEqual(['resource/page', 'resource/count', 'resource/providers', 'resource/skills']);
    const filter = { kind: 'COURSE', level: null, cost: 'FREE', provider: null, skill: 'python', query: null };
    expect(r.params('resource/page')).toEqual({ ...filter, after: '', limit: 3 });
    expect(r.params('resource/count')).toEqual(filter);
    expect(r.params('resource/providers')).toEqual({ slugs: ['r0', 'r1'] });
    expect(r.data).toEqual({
      resources: {
        totalCount: 2,
        nodes: [
          { slug: 'r0', provider: { slug: 'r0-p' }, skills: [{ slug: 'r0-s' }] },
          { slug: 'r1', provider: { slug: 'r1-p' }, skills: [{ slug: 'r1-s' }] },
        ],
      },
    });
  });

  it('no N+1: 5 resources cost the statements of 2', async () => {
    const two = await execute(QUERY, { first: 2 }, answers(2));
    const five = await execute(QUERY, { first: 5 }, answers(5));
    expect(five.names).toEqual(two.names);
  });

  it('a text filter uses the full-text statements', async () => {
    const r = await execute(QUERY, { first: 2, filter: { text: 'red teaming' } }, answers(2));
    expect(r.names).toEqual(['resource/page-text', 'resource/count-text', 'resource/providers', 'resource/skills']);
    expect(typeof r.params('resource/page-text').query).toBe('string');
  });

  it('sends this Cypher', async () => {
    const plain = await execute(QUERY, { first: 2 }, answers(2));
    const text = await execute(QUERY, { first: 2, filter: { text: 'red teaming' } }, answers(2));
    expect(cypherOf([...plain.sent, ...text.sent])).toMatchSnapshot();
  });
});

describe('Query.providers', () => {
  const QUERY = `{ providers { id slug name resources { slug } } }`;
  const answers = {
    'provider/all': [{ node: providerNode('p1') }, { node: providerNode('p2') }],
    'provider/resources': perKey((slug) => [resourceNode(`${slug}-r`)]),
  };

  it('every provider in one statement, their resources in one batch', async () => {
    const r = await execute(QUERY, {}, answers);
    expect(r.names).toEqual(['provider/all', 'provider/resources']);
    expect(r.params('provider/all')).toEqual({});
    expect(r.params('provider/resources')).toEqual({ slugs: ['p1', 'p2'] });
    expect(r.data).toEqual({
      providers: [
        { id: toGlobalId('Provider', 'p1'), slug: 'p1', name: 'Provider p1', resources: [{ slug: 'p1-r' }] },
        { id: toGlobalId('Provider', 'p2'), slug: 'p2', name: 'Provider p2', resources: [{ slug: 'p2-r' }] },
      ],
    });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, {}, answers)).sent)).toMatchSnapshot();
  });
});
