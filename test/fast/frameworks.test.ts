import { toGlobalId } from '../../src/graphql/global-id';
import { cypherOf, execute } from './support/execute';
import { conceptNode, frameworkNode, itemNode, perKey, resourceNode, skillNode } from './support/rows';

const frameworkAnswers = (n: number) => ({
  'framework/all': Array.from({ length: n }, (_, i) => ({ node: frameworkNode(`f${i}`) })),
  'framework/skills': perKey((slug) => [skillNode(`${slug}-s`)]),
  'framework/resources': perKey((slug) => [resourceNode(`${slug}-r`)]),
});

describe('Query.frameworks', () => {
  const QUERY = `{ frameworks { id slug name publisher skills { slug } resources { slug } } }`;

  it('every framework in one statement, each list in one batch', async () => {
    const r = await execute(QUERY, {}, frameworkAnswers(2));
    expect(r.names).toEqual(['framework/all', 'framework/skills', 'framework/resources']);
    expect(r.params('framework/all')).toEqual({});
    expect(r.params('framework/skills')).toEqual({ slugs: ['f0', 'f1'] });
    expect(r.data).toEqual({
      frameworks: ['f0', 'f1'].map((slug) => ({
        id: toGlobalId('Framework', `${slug}`),
        slug,
        name: `Framework ${slug}`,
        publisher: 'Example',
        skills: [{ slug: `${slug}-s` }],
        resources: [{ slug: `${slug}-r` }],
      })),
    });
  });

  it('no N+1: 5 frameworks cost the statements of 2', async () => {
    expect((await execute(QUERY, {}, frameworkAnswers(5))).names).toEqual((await execute(QUERY, {}, frameworkAnswers(2))).names);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, {}, frameworkAnswers(1))).sent)).toMatchSnapshot();
  });
});

describe('Query.framework', () => {
  const QUERY = `query ($slug: String!) { framework(slug: $slug) { slug items(first: 2) { totalCount nodes { code } pageInfo { hasNextPage } } } }`;
  const answers = {
    'framework/by-slugs': perKey((slug) => [frameworkNode(slug)]),
    'framework-item/page': perKey(() => ['AML.T0001', 'AML.T0002', 'AML.T0003'].map((code) => itemNode(code))),
    'framework-item/count': [{ slug: 'mitre-atlas', total: 120 }],
  };

  it('the framework in one batch, a page of its items and their count in one statement each', async () => {
    const r = await execute(QUERY, { slug: 'mitre-atlas' }, answers);
    expect(r.names).toEqual(['framework/by-slugs', 'framework-item/page', 'framework-item/count']);
    expect(r.params('framework/by-slugs')).toEqual({ slugs: ['mitre-atlas'] });
    expect(r.params('framework-item/page')).toEqual({ slugs: ['mitre-atlas'], kind: null, after: '', limit: 3 });
    expect(r.params('framework-item/count')).toEqual({ slugs: ['mitre-atlas'], kind: null });
    expect(r.data).toEqual({
      framework: {
        slug: 'mitre-atlas',
        items: { totalCount: 120, nodes: [{ code: 'AML.T0001' }, { code: 'AML.T0002' }], pageInfo: { hasNextPage: true } },
      },
    });
  });

  it('unknown: null after one statement', async () => {
    const r = await execute(QUERY, { slug: 'ghost' });
    expect(r.data).toEqual({ framework: null });
    expect(r.names).toEqual(['framework/by-slugs']);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { slug: 'mitre-atlas' }, answers)).sent)).toMatchSnapshot();
  });
});

describe('Query.concepts', () => {
  const QUERY = `{ concepts { id slug name aliases skills { slug } resources { slug } } }`;
  const answers = (n: number) => ({
    'concept/all': Array.from({ length: n }, (_, i) => ({ node: conceptNode(`k${i}`) })),
    'concept/skills': perKey((slug) => [skillNode(`${slug}-s`)]),
    'concept/resources': perKey(() => []),
  });

  it('every concept in one statement, each list in one batch', async () => {
    const r = await execute(QUERY, {}, answers(2));
    expect(r.names).toEqual(['concept/all', 'concept/skills', 'concept/resources']);
    expect(r.params('concept/resources')).toEqual({ slugs: ['k0', 'k1'] });
    expect(r.data).toEqual({
      concepts: ['k0', 'k1'].map((slug) => ({
        id: toGlobalId('Concept', `${slug}`),
        slug,
        name: `Concept ${slug}`,
        aliases: [],
        skills: [{ slug: `${slug}-s` }],
        resources: [],
      })),
    });
  });

  it('no N+1: 5 concepts cost the statements of 2', async () => {
    expect((await execute(QUERY, {}, answers(5))).names).toEqual((await execute(QUERY, {}, answers(2))).names);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, {}, answers(1))).sent)).toMatchSnapshot();
  });
});

describe('Query.concept', () => {
  const QUERY = `query ($slug: String!) { concept(slug: $slug) { slug name } }`;

  it('one concept/by-slugs batch', async () => {
    const r = await execute(QUERY, { slug: 'jailbreak' }, { 'concept/by-slugs': perKey((slug) => [conceptNode(slug)]) });
    expect(r.names).toEqual(['concept/by-slugs']);
    expect(r.params('concept/by-slugs')).toEqual({ slugs: ['jailbreak'] });
    expect(r.data).toEqual({ concept: { slug: 'jailbreak', name: 'Concept jailbreak' } });
    expect((await execute(QUERY, { slug: 'ghost' })).data).toEqual({ concept: null });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { slug: 'jailbreak' })).sent)).toMatchSnapshot();
  });
});

describe('Query.frameworkItem', () => {
  const QUERY = `query ($code: String!) {
    frameworkItem(code: $code) { id code kind framework { slug } parent { code } children { code } mitigations { code } }
  }`;
  const answers = {
    'framework-item/by-codes': perKey((code) => [itemNode(code, 'nist-ai-rmf', 'SUBCATEGORY')], 'codes'),
    'framework/by-slugs': perKey((slug) => [frameworkNode(slug)]),
    'framework-item/parent': perKey(() => [itemNode('GOVERN 1', 'nist-ai-rmf', 'CATEGORY')]),
  };

  it('looks the code up in its canonical spelling; each relation is one batch, keyed by the item slug', async () => {
    const r = await execute(QUERY, { code: 'GV-1.1' }, answers);
    expect(r.names).toEqual([
      'framework-item/by-codes',
      'framework/by-slugs',
      'framework-item/parent',
      'framework-item/children',
      'framework-item/mitigations',
    ]);
    expect(r.params('framework-item/by-codes')).toEqual({ codes: ['GOVERN 1.1'] });
    expect(r.params('framework/by-slugs')).toEqual({ slugs: ['nist-ai-rmf'] });
    expect(r.params('framework-item/parent')).toEqual({ slugs: ['govern-1-1'] });
    expect(r.params('framework-item/children')).toEqual({ slugs: ['govern-1-1'] });
    expect(r.data).toEqual({
      frameworkItem: {
        id: toGlobalId('FrameworkItem', 'GOVERN 1.1'),
        code: 'GOVERN 1.1',
        kind: 'SUBCATEGORY',
        framework: { slug: 'nist-ai-rmf' },
        parent: { code: 'GOVERN 1' },
        children: [],
        mitigations: [],
      },
    });
  });

  it('unknown: null after one statement', async () => {
    const r = await execute(QUERY, { code: 'AML.T9999' });
    expect(r.data).toEqual({ frameworkItem: null });
    expect(r.names).toEqual(['framework-item/by-codes']);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { code: 'GV-1.1' }, answers)).sent)).toMatchSnapshot();
  });
});

describe('Query.crosswalk', () => {
  const QUERY = `query ($code: String!, $to: String, $maxHops: Int) {
    crosswalk(code: $code, to: $to, maxHops: $maxHops) { item { code } source confidence path { code } note hops inherited }
  }`;
  const mapping = {
    slug: 'AML.T0051',
    node: {
      item: itemNode('LLM01:2025', 'owasp-llm-top-10-2025'),
      confidence: 0.5,
      path: [itemNode('AML.T0051'), itemNode('AML.T0051.000'), itemNode('LLM01:2025', 'owasp-llm-top-10-2025')],
      sources: ['atlas', 'owasp', ''],
      hops: 1,
      inherited: true,
      note: null,
    },
  };
  const answers = {
    'framework/by-slugs': perKey((slug) => (slug === 'owasp-llm-top-10-2025' ? [frameworkNode(slug)] : [])),
    'framework/all': [{ node: frameworkNode('owasp-llm-top-10-2025') }],
    'framework-item/crosswalk': [mapping],
  };

  it('checks `to`, then one statement with the hop bound and the inherited-step factor as parameters', async () => {
    const r = await execute(QUERY, { code: ' AML.T0051 ', to: 'owasp-llm-top-10-2025', maxHops: 3 }, answers);
    expect(r.names).toEqual(['framework/by-slugs', 'framework-item/crosswalk']);
    expect(r.params('framework-item/crosswalk')).toEqual({
      codes: ['AML.T0051'],
      to: 'owasp-llm-top-10-2025',
      maxHops: 3,
      inheritedStep: 0.5,
    });
    expect(r.data).toEqual({
      crosswalk: [
        {
          item: { code: 'LLM01:2025' },
          source: 'atlas + owasp',
          confidence: 0.5,
          path: [{ code: 'AML.T0051' }, { code: 'AML.T0051.000' }, { code: 'LLM01:2025' }],
          note: null,
          hops: 1,
          inherited: true,
        },
      ],
    });
  });

  it('defaults to 2 hops into any framework: the one statement', async () => {
    const r = await execute(QUERY, { code: 'AML.T0051' }, answers);
    expect(r.names).toEqual(['framework-item/crosswalk']);
    expect(r.params('framework-item/crosswalk')).toEqual({ codes: ['AML.T0051'], to: null, maxHops: 2, inheritedStep: 0.5 });
  });

  it('an unknown framework is BAD_USER_INPUT naming the known ones; a bad maxHops sends nothing', async () => {
    const unknown = await execute(QUERY, { code: 'LLM01:2025', to: 'nope' }, answers);
    expect(unknown.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.result.errors?.[0].message).toMatch(/owasp-llm-top-10-2025/);
    expect(unknown.names).toEqual(['framework/by-slugs', 'framework/all']);
    const hops = await execute(QUERY, { code: 'LLM01:2025', maxHops: 4 }, answers);
    expect(hops.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(hops.names).toEqual([]);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { code: 'AML.T0051', maxHops: 3 }, answers)).sent)).toMatchSnapshot();
  });
});

describe('Query.datasets', () => {
  const QUERY = `{ datasets { slug name version released source licence credit importedAt } }`;

  it('one statement; a missing name falls back to the slug', async () => {
    const r = await execute(
      QUERY,
      {},
      {
        'dataset/all': [
          { node: { slug: 'onet', name: 'O*NET', version: '29.1', licence: 'CC BY 4.0', importedAt: '2026-01-02T03:04:05Z' } },
          { node: { slug: 'seed' } },
        ],
      },
    );
    expect(r.names).toEqual(['dataset/all']);
    expect(r.params('dataset/all')).toEqual({});
    expect(r.data).toEqual({
      datasets: [
        {
          slug: 'onet',
          name: 'O*NET',
          version: '29.1',
          released: null,
          source: null,
          licence: 'CC BY 4.0',
          credit: null,
          importedAt: '2026-01-02T03:04:05.000Z',
        },
        { slug: 'seed', name: 'seed', version: null, released: null, source: null, licence: null, credit: null, importedAt: null },
      ],
    });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY)).sent)).toMatchSnapshot();
  });
});
