import { toGlobalId } from '../../src/graphql/global-id';
import { cypherOf, execute } from './support/execute';
import { companyNode, perKey, skillNode } from './support/rows';

const bySlugs = { 'company/by-slugs': perKey((slug) => (slug.startsWith('ghost') ? [] : [companyNode(slug)])) };

describe('Query.company', () => {
  const QUERY = `query ($slug: String!) { company(slug: $slug) { id slug name website } }`;

  it('one company/by-slugs batch, the record mapped; unknown is null', async () => {
    const r = await execute(QUERY, { slug: 'acme' }, bySlugs);
    expect(r.names).toEqual(['company/by-slugs']);
    expect(r.params('company/by-slugs')).toEqual({ slugs: ['acme'] });
    expect(r.data).toEqual({
      company: { id: toGlobalId('Company', 'acme'), slug: 'acme', name: 'Company acme', website: 'https://acme.example' },
    });
    expect((await execute(QUERY, { slug: 'ghost' }, bySlugs)).data).toEqual({ company: null });
  });

  it('aliases of several companies share one batch', async () => {
    const r = await execute(
      `{ a: company(slug: "a") { slug } b: company(slug: "b") { slug } c: company(slug: "a") { name } }`,
      {},
      bySlugs,
    );
    expect(r.names).toEqual(['company/by-slugs']);
    expect(r.params('company/by-slugs')).toEqual({ slugs: ['a', 'b'] });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { slug: 'acme' })).sent)).toMatchSnapshot();
  });
});

describe('Query.companies', () => {
  const QUERY = `query ($first: Int) { companies(first: $first) { totalCount pageInfo { hasNextPage } nodes { slug skills(first: 3) { slug } } } }`;
  const answers = (n: number) => ({
    'company/page': Array.from({ length: n }, (_, i) => ({ node: companyNode(`c${i}`) })),
    'company/count': [{ total: 9 }],
    // Projected rows: values in the order of $properties (the selection, plus name and slug always).
    'company/skills-top': (params: Record<string, unknown>) =>
      (params.slugs as string[]).map((slug) => ({ slug, rows: [['A skill', `${slug}-skill`]] })),
  });

  it('a page (first + 1 rows), the count, and every company’s top skills in one statement', async () => {
    const r = await execute(QUERY, { first: 2 }, answers(2));
    expect(r.names).toEqual(['company/page', 'company/count', 'company/skills-top']);
    expect(r.params('company/page')).toEqual({ after: '', limit: 3 });
    expect(r.params('company/count')).toEqual({});
    expect(r.params('company/skills-top')).toEqual({ slugs: ['c0', 'c1'], first: 3, byDemand: false, properties: ['name', 'slug'] });
    expect(r.data).toEqual({
      companies: {
        totalCount: 9,
        pageInfo: { hasNextPage: false },
        nodes: [
          { slug: 'c0', skills: [{ slug: 'c0-skill' }] },
          { slug: 'c1', skills: [{ slug: 'c1-skill' }] },
        ],
      },
    });
  });

  it('no N+1: 5 companies with their skills cost the statements of 2', async () => {
    const two = await execute(QUERY, { first: 2 }, answers(2));
    const five = await execute(QUERY, { first: 5 }, answers(5));
    expect(five.names).toEqual(two.names);
    expect(five.params('company/skills-top').slugs).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { first: 2 }, answers(2))).sent)).toMatchSnapshot();
  });
});

describe('Query.sharedSkills', () => {
  const QUERY = `query ($companies: [String!]!) { sharedSkills(companies: $companies) { companies { slug } skills { slug name } } }`;
  const answers = { ...bySlugs, 'company/shared-skills': [{ node: skillNode('python') }] };

  it('checks the companies in one batch, then one statement for what they share', async () => {
    const r = await execute(QUERY, { companies: ['a', 'b', 'a'] }, answers);
    expect(r.names).toEqual(['company/by-slugs', 'company/shared-skills']);
    expect(r.params('company/by-slugs')).toEqual({ slugs: ['a', 'b'] });
    expect(r.params('company/shared-skills')).toEqual({ slugs: ['a', 'b'] });
    expect(r.data).toEqual({
      sharedSkills: { companies: [{ slug: 'a' }, { slug: 'b' }], skills: [{ slug: 'python', name: 'Skill python' }] },
    });
  });

  it('an unknown slug is BAD_USER_INPUT before the shared skills are read; fewer than 2 sends nothing', async () => {
    const unknown = await execute(QUERY, { companies: ['a', 'ghost-1'] }, answers);
    expect(unknown.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.result.errors?.[0].message).toMatch(/ghost-1/);
    expect(unknown.names).toEqual(['company/by-slugs']);
    const one = await execute(QUERY, { companies: ['a'] }, answers);
    expect(one.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(one.names).toEqual([]);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { companies: ['a', 'b'] }, answers)).sent)).toMatchSnapshot();
  });
});
