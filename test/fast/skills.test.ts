import { toGlobalId } from '../../src/graphql/global-id';
import { cypherOf, execute } from './support/execute';
import { bySlug, companyNode, perKey, providerNode, resourceNode, skillNode } from './support/rows';

const SKILLS_PAGE = `query ($first: Int, $after: String, $filter: SkillFilter) {
  skills(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { slug name level prerequisites { slug } }
  }
}`;

/** A page of `n` skills (plus the one extra row that tells there is more), each with one prerequisite. */
const pageAnswers = (n: number) => ({
  'skill/page': Array.from({ length: n + 1 }, (_, i) => ({ node: skillNode(`s${i}`) })),
  'skill/prerequisites': perKey((slug) => [skillNode(`${slug}-base`)]),
  'skill/count': [{ total: 42 }],
});

/** The filter parameters of a page statement (all but the page's own). */
const filterOf = ({ after: _after, limit: _limit, ...filter }: Record<string, unknown>) => filter;

describe('Query.skill', () => {
  const PLAIN = `{ skill(slug: "prompt-injection") { id slug name category level trend demandRank aliases } }`;
  const PAGE = `{
    skill(slug: "prompt-injection") {
      name
      prerequisites { slug name }
      hiringCompanies(first: 2) { slug name }
      resources { title provider { name } }
    }
  }`;
  const pageRow = {
    node: skillNode('prompt-injection'),
    // Projected rows: values in the order of the property names sent (sorted).
    prerequisites: [['LLM basics', 'llm-basics']],
    requiredBy: null,
    hiringCompanies: [[['Acme', 'acme'], null]],
    resources: [
      [
        ['COURSE', 'Injection 101', 'injection-101', 'Injection 101'],
        ['Provider p', 'p'],
      ],
    ],
    frameworks: null,
    concepts: null,
  };

  it('without lists: one skill/by-slugs batch, the record mapped', async () => {
    const r = await execute(PLAIN, {}, { 'skill/by-slugs': bySlug([['prompt-injection', skillNode('prompt-injection')]]) });
    expect(r.names).toEqual(['skill/by-slugs']);
    expect(r.sent[0].params).toEqual({ slugs: ['prompt-injection'] });
    expect(r.data).toEqual({
      skill: {
        id: toGlobalId('Skill', 'prompt-injection'),
        slug: 'prompt-injection',
        name: 'Skill prompt-injection',
        category: 'security',
        level: 'INTERMEDIATE',
        trend: 'RISING',
        demandRank: 3,
        aliases: [],
      },
    });
  });

  it('unknown: null, still one statement', async () => {
    const r = await execute(PLAIN);
    expect(r.names).toEqual(['skill/by-slugs']);
    expect(r.data).toEqual({ skill: null });
  });

  it('with lists: the page bundle reads the skill and every list in ONE statement, projecting the selected properties', async () => {
    const r = await execute(PAGE, {}, { 'skill/page-bundle': [pageRow] });
    expect(r.names).toEqual(['skill/page-bundle']);
    expect(r.sent[0].params).toMatchObject({
      slug: 'prompt-injection',
      prerequisites: true,
      prerequisitesBySource: false,
      requiredBy: false,
      hiringCompanies: true,
      companiesBySource: false,
      companyLimit: 2,
      companySkills: false,
      resources: true,
      resourceSource: null,
      resourcesBySource: false,
      providers: true,
      frameworks: false,
      concepts: false,
      properties: {
        prerequisites: ['name', 'slug'],
        hiringCompanies: ['name', 'slug'],
        // Always the key and what the record mappers need besides the selection.
        resources: ['kind', 'name', 'slug', 'title'],
        providers: ['name', 'slug'],
      },
    });
    expect(r.data).toEqual({
      skill: {
        name: 'Skill prompt-injection',
        prerequisites: [{ slug: 'llm-basics', name: 'LLM basics' }],
        hiringCompanies: [{ slug: 'acme', name: 'Acme' }],
        resources: [{ title: 'Injection 101', provider: { name: 'Provider p' } }],
      },
    });
  });

  const AS_PUBLISHED = `{
    skill(slug: "prompt-injection") {
      prerequisites(orderBy: SOURCE) { slug }
      hiringCompanies(orderBy: SOURCE) { slug }
      courses: resources(kind: COURSE, source: "seed-page", orderBy: SOURCE) { slug }
      books: resources(kind: BOOK, source: "seed-page", orderBy: SOURCE) { slug }
    }
  }`;

  it('the page as published (SOURCE order, one source) is read ahead in the same ONE statement', async () => {
    const row = {
      ...pageRow,
      prerequisites: [['LLM basics', 'llm-basics']],
      hiringCompanies: [[['Acme', 'acme'], null]],
      resources: [[['COURSE', 'x', 'x', 'x'], null]],
    };
    const r = await execute(AS_PUBLISHED, {}, { 'skill/page-bundle': [row] });
    expect(r.names).toEqual(['skill/page-bundle']);
    expect(r.sent[0].params).toMatchObject({
      prerequisites: true,
      prerequisitesBySource: true,
      hiringCompanies: true,
      companiesBySource: true,
      // Both kinds from one read: the field filters by kind itself.
      resources: true,
      resourceSource: 'seed-page',
      resourcesBySource: true,
    });
    expect(r.data).toEqual({
      skill: { prerequisites: [{ slug: 'llm-basics' }], hiringCompanies: [{ slug: 'acme' }], courses: [{ slug: 'x' }], books: [] },
    });
  });

  it('selections that disagree on order or source are not read ahead: each goes to its loader', async () => {
    const QUERY = `{
      skill(slug: "prompt-injection") {
        byName: prerequisites { slug }
        asListed: prerequisites(orderBy: SOURCE) { slug }
        page: resources(source: "seed-page") { slug }
        all: resources { slug }
        concepts { slug }
      }
    }`;
    const answers = {
      'skill/page-bundle': [{ ...pageRow, prerequisites: null, hiringCompanies: null, resources: null, concepts: [] }],
      'skill/prerequisites': perKey((slug) => [skillNode(`${slug}-base`)]),
      'skill/resources': perKey((slug) => [resourceNode(`${slug}-r`)]),
    };
    const r = await execute(QUERY, {}, answers);
    expect(r.sent[0].params).toMatchObject({ prerequisites: false, resources: false, concepts: true });
    expect(r.sent.slice(1).map((s) => [s.name, s.params])).toEqual([
      ['skill/prerequisites', { slugs: ['prompt-injection'], bySource: false }],
      ['skill/prerequisites', { slugs: ['prompt-injection'], bySource: true }],
      ['skill/resources', { slugs: ['prompt-injection'], source: 'seed-page', bySource: false }],
      ['skill/resources', { slugs: ['prompt-injection'], source: null, bySource: false }],
    ]);
  });

  it('an empty source is BAD_USER_INPUT, naming the argument, and reads no resources', async () => {
    const r = await execute(
      `{ skill(slug: "prompt-injection") { resources(source: " ") { slug } } }`,
      {},
      {
        'skill/by-slugs': bySlug([['prompt-injection', skillNode('prompt-injection')]]),
      },
    );
    expect(r.result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    // The look-ahead stepped aside (nothing else to read ahead): the skill alone.
    expect(r.names).toEqual(['skill/by-slugs']);
  });

  it('sends this Cypher', async () => {
    const plain = await execute(PLAIN);
    const page = await execute(PAGE, {}, { 'skill/page-bundle': [pageRow] });
    expect(cypherOf([...plain.sent, ...page.sent])).toMatchSnapshot();
  });
});

describe('Query.skills', () => {
  it('reads a page (first + 1 rows) and counts only when asked', async () => {
    const r = await execute(SKILLS_PAGE, { first: 2 }, pageAnswers(2));
    expect(r.names).toEqual(['skill/page', 'skill/count', 'skill/prerequisites']);
    expect(r.params('skill/page')).toEqual({ category: null, level: null, trend: null, hiredBy: null, query: null, after: '', limit: 3 });
    expect(r.params('skill/count')).toEqual({ category: null, level: null, trend: null, hiredBy: null, query: null });
    expect(r.params('skill/prerequisites')).toEqual({ slugs: ['s0', 's1'], bySource: false });
    expect(r.data).toEqual({
      skills: {
        totalCount: 42,
        pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
        nodes: [
          { slug: 's0', name: 'Skill s0', level: 'INTERMEDIATE', prerequisites: [{ slug: 's0-base' }] },
          { slug: 's1', name: 'Skill s1', level: 'INTERMEDIATE', prerequisites: [{ slug: 's1-base' }] },
        ],
      },
    });
  });

  it('no N+1: a page of 5 skills with prerequisites costs the statements of a page of 2', async () => {
    const two = await execute(SKILLS_PAGE, { first: 2 }, pageAnswers(2));
    const five = await execute(SKILLS_PAGE, { first: 5 }, pageAnswers(5));
    expect(five.names).toEqual(two.names);
    expect(five.params('skill/prerequisites')).toEqual({ slugs: ['s0', 's1', 's2', 's3', 's4'], bySource: false });
  });

  it('a text filter switches to the full-text statements, the filter passed as parameters', async () => {
    const r = await execute(
      SKILLS_PAGE,
      { first: 1, filter: { text: 'prompt', level: 'ADVANCED', hiredBy: 'acme' } },
      { 'skill/page-text': [{ node: skillNode('prompt-injection') }], 'skill/count-text': [{ total: 1 }] },
    );
    expect(r.names).toEqual(['skill/page-text', 'skill/count-text', 'skill/prerequisites']);
    expect(r.params('skill/page-text')).toMatchObject({ level: 'ADVANCED', hiredBy: 'acme', after: '', limit: 2 });
    expect(r.params('skill/count-text')).toEqual({ ...filterOf(r.params('skill/page-text')) });
    expect(r.data).toMatchObject({ skills: { totalCount: 1, pageInfo: { hasNextPage: false } } });
  });

  it('sends this Cypher', async () => {
    const plain = await execute(SKILLS_PAGE, { first: 2 }, pageAnswers(2));
    const text = await execute(SKILLS_PAGE, { first: 1, filter: { text: 'prompt' } });
    expect(cypherOf([...plain.sent, ...text.sent])).toMatchSnapshot();
  });
});

describe('Query.skillCategories', () => {
  const QUERY = `{ skillCategories { name skillCount } }`;

  it('one statement, rows as they come', async () => {
    const r = await execute(QUERY, {}, { 'skill/categories': [{ name: 'security', skillCount: 7 }] });
    expect(r.names).toEqual(['skill/categories']);
    expect(r.sent[0].params).toEqual({});
    expect(r.data).toEqual({ skillCategories: [{ name: 'security', skillCount: 7 }] });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY)).sent)).toMatchSnapshot();
  });
});

describe('Skill lists under a page', () => {
  it('no N+1: hiring companies, resources and providers of 5 skills cost the statements of 2', async () => {
    const QUERY = `query ($first: Int) { skills(first: $first) { nodes { slug hiringCompanies { slug } resources { slug provider { slug } } } } }`;
    const answers = (n: number) => ({
      'skill/page': Array.from({ length: n }, (_, i) => ({ node: skillNode(`s${i}`) })),
      'skill/hiring-companies': perKey((slug) => [companyNode(`${slug}-co`)]),
      'skill/resources': perKey((slug) => [resourceNode(`${slug}-r`)]),
      'resource/providers': perKey((slug) => [providerNode(`${slug}-p`)]),
    });
    const two = await execute(QUERY, { first: 2 }, answers(2));
    const five = await execute(QUERY, { first: 5 }, answers(5));
    expect(two.names).toEqual(['skill/page', 'skill/hiring-companies', 'skill/resources', 'resource/providers']);
    expect(five.names).toEqual(two.names);
    expect((five.data.skills as { nodes: unknown[] }).nodes[4]).toEqual({
      slug: 's4',
      hiringCompanies: [{ slug: 's4-co' }],
      resources: [{ slug: 's4-r', provider: { slug: 's4-r-p' } }],
    });
  });
});

describe('Skill lists as their source orders them', () => {
  const QUERY = `query ($first: Int) {
    skills(first: $first) {
      nodes {
        slug
        prerequisites(orderBy: SOURCE) { slug }
        hiringCompanies(first: 3, orderBy: SOURCE) { slug }
        resources(source: "seed-page", orderBy: SOURCE) { slug providers { slug } }
      }
    }
  }`;
  const answers = (n: number) => ({
    'skill/page': Array.from({ length: n }, (_, i) => ({ node: skillNode(`s${i}`) })),
    'skill/prerequisites': perKey((slug) => [skillNode(`${slug}-base`)]),
    'skill/hiring-companies-top': perKey((slug) => [companyNode(`${slug}-co`)]),
    'skill/resources': perKey((slug) => [resourceNode(`${slug}-r`)]),
    'resource/providers': perKey((slug) => [providerNode(`${slug}-p`), providerNode(`${slug}-q`)]),
  });

  it('no N+1: one batch per list for the whole page, the order and source as parameters', async () => {
    const two = await execute(QUERY, { first: 2 }, answers(2));
    const five = await execute(QUERY, { first: 5 }, answers(5));
    expect(two.names).toEqual(['skill/page', 'skill/prerequisites', 'skill/hiring-companies-top', 'skill/resources', 'resource/providers']);
    expect(five.names).toEqual(two.names);
    const slugs = ['s0', 's1', 's2', 's3', 's4'];
    expect(five.params('skill/prerequisites')).toEqual({ slugs, bySource: true });
    expect(five.params('skill/hiring-companies-top')).toEqual({ slugs, first: 3, bySource: true });
    expect(five.params('skill/resources')).toEqual({ slugs, source: 'seed-page', bySource: true });
    expect((five.data.skills as { nodes: unknown[] }).nodes[4]).toEqual({
      slug: 's4',
      prerequisites: [{ slug: 's4-base' }],
      hiringCompanies: [{ slug: 's4-co' }],
      resources: [{ slug: 's4-r', providers: [{ slug: 's4-r-p' }, { slug: 's4-r-q' }] }],
    });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { first: 2 }, answers(2))).sent)).toMatchSnapshot();
  });
});
