import { useTestServer } from '../support/http';
import { bulkImport, IMPORT_GRAPH } from '../support/import-data';
import { rawCypher } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';
import { API_KEYS_ENV, as, graphTotals } from '../support/writes';

const P = uniquePrefix('ig');
const ref = (kind: string, slug: string) => ({ kind, slug });

describe('importGraph: bulk JSON of nodes and edges, all or nothing', () => {
  const t = useTestServer(API_KEYS_ENV, { prefix: P });
  const admin = (input: Record<string, unknown>) => t.gql(IMPORT_GRAPH, { input }, as('admin'));

  const small = {
    skills: [
      {
        slug: `${P}rag-security`,
        name: 'RAG Security',
        level: 'ADVANCED',
        source: 'https://owasp.org/www-project-top-10-for-large-language-model-applications/',
      },
      { slug: `${P}vector-stores`, name: 'Vector Stores' },
    ],
    companies: [{ slug: `${P}vectorco`, name: 'VectorCo', website: 'https://vectorco.example' }],
    providers: [{ slug: `${P}press`, name: 'Some Press' }],
    resources: [{ slug: `${P}rag-book`, kind: 'BOOK', title: 'Securing RAG', year: 2025, provider: `${P}press` }],
    concepts: [{ slug: `${P}embedding-inversion`, name: 'Embedding inversion' }],
    edges: [
      { from: ref('SKILL', `${P}rag-security`), type: 'REQUIRES', to: ref('SKILL', `${P}vector-stores`) },
      { from: ref('SKILL', `${P}rag-security`), type: 'REQUIRES', to: ref('SKILL', 'llm-security') },
      { from: ref('COMPANY', `${P}vectorco`), type: 'HIRES_FOR', to: ref('SKILL', `${P}rag-security`) },
      { from: ref('RESOURCE', `${P}rag-book`), type: 'TEACHES', to: ref('SKILL', `${P}rag-security`) },
      { from: ref('SKILL', `${P}rag-security`), type: 'COVERS', to: ref('CONCEPT', `${P}embedding-inversion`) },
      { from: ref('SKILL', `${P}rag-security`), type: 'COVERS', to: ref('FRAMEWORK', 'owasp-llm-top-10-2025') },
    ],
  };

  it('writes nodes and edges, and a second import of the same JSON changes nothing', async () => {
    const first = await admin(small);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importGraph).toEqual({
      dryRun: false,
      items: 12,
      nodesCreated: 6,
      nodesUpdated: 0,
      nodesUnchanged: 0,
      relationshipsCreated: 7, // six edges plus the book's provider
      relationshipsUpdated: 0,
      relationshipsUnchanged: 0,
    });
    const page = await t.gql(
      `{ skill(slug: "${P}rag-security") { source prerequisites { slug } hiringCompanies { slug } resources { slug provider { slug } } concepts { slug } frameworks { slug } } }`,
    );
    expect(page.data!.skill).toEqual({
      source: small.skills[0].source,
      prerequisites: expect.arrayContaining([{ slug: `${P}vector-stores` }, { slug: 'llm-security' }]),
      hiringCompanies: [{ slug: `${P}vectorco` }],
      resources: [{ slug: `${P}rag-book`, provider: { slug: `${P}press` } }],
      concepts: [{ slug: `${P}embedding-inversion` }],
      frameworks: [{ slug: 'owasp-llm-top-10-2025' }],
    });
    const again = await admin(small);
    expect(again.data!.importGraph).toMatchObject({
      nodesCreated: 0,
      nodesUpdated: 0,
      nodesUnchanged: 6,
      relationshipsCreated: 0,
      relationshipsUnchanged: 7,
    });
  });

  it('a dry run checks and counts everything and writes nothing', async () => {
    const before = await graphTotals(t.driver);
    const res = await admin({ ...small, skills: [...small.skills, { slug: `${P}dry`, name: 'Dry' }], dryRun: true });
    expect(res.data!.importGraph).toMatchObject({ dryRun: true, nodesCreated: 1, nodesUnchanged: 6 });
    expect(await graphTotals(t.driver)).toEqual(before);
  });

  it.each([
    [
      'a bad slug deep inside',
      {
        skills: [
          { slug: `${P}ok`, name: 'ok' },
          { slug: 'Bad Slug', name: 'x' },
        ],
      },
      'BAD_USER_INPUT',
      /input\.skills\[1\]\.slug/,
    ],
    [
      'a slug twice',
      {
        skills: [
          { slug: `${P}twice`, name: 'a' },
          { slug: `${P}twice`, name: 'b' },
        ],
      },
      'BAD_USER_INPUT',
      /appears twice/,
    ],
    [
      'an edge joining the wrong kinds',
      { edges: [{ from: ref('COMPANY', 'openai'), type: 'REQUIRES', to: ref('SKILL', 'llm-security') }] },
      'BAD_USER_INPUT',
      /input\.edges\[0\]: REQUIRES joins SKILL to SKILL/,
    ],
    [
      'references to nodes that exist nowhere',
      { edges: [{ from: ref('SKILL', `${P}ghost`), type: 'REQUIRES', to: ref('SKILL', 'llm-security') }] },
      'BAD_USER_INPUT',
      new RegExp(`name no node in the import or the graph: SKILL ${P}ghost`),
    ],
    [
      'two providers for one resource',
      {
        resources: [{ slug: `${P}r`, kind: 'BOOK', title: 'R', provider: 'owasp' }],
        edges: [{ from: ref('RESOURCE', `${P}r`), type: 'OFFERED_BY', to: ref('PROVIDER', 'coursera') }],
      },
      'BAD_USER_INPUT',
      /a resource has one/,
    ],
    [
      'a cycle inside the import',
      {
        skills: [
          { slug: `${P}c1`, name: 'c1' },
          { slug: `${P}c2`, name: 'c2' },
        ],
        edges: [
          { from: ref('SKILL', `${P}c1`), type: 'REQUIRES', to: ref('SKILL', `${P}c2`) },
          { from: ref('SKILL', `${P}c2`), type: 'REQUIRES', to: ref('SKILL', `${P}c1`) },
        ],
      },
      'CYCLE_DETECTED',
      /would close a cycle/,
    ],
    [
      'a cycle through prerequisites already in the graph',
      { edges: [{ from: ref('SKILL', 'llm-security'), type: 'REQUIRES', to: ref('SKILL', `${P}rag-security`) }] },
      'CYCLE_DETECTED',
      /llm-security/,
    ],
  ])('refuses %s, writing nothing', async (_name, input, code, message) => {
    const before = await graphTotals(t.driver);
    const res = await admin(input);
    expect(res.errors![0].extensions!.code).toBe(code);
    expect(res.errors![0].message).toMatch(message);
    expect(await graphTotals(t.driver)).toEqual(before);
  });

  it('names the cycle it refuses', async () => {
    const res = await admin({ edges: [{ from: ref('SKILL', 'llm-security'), type: 'REQUIRES', to: ref('SKILL', `${P}rag-security`) }] });
    const cycle = res.errors![0].extensions!.cycle as string[];
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    expect(cycle).toEqual(expect.arrayContaining(['llm-security', `${P}rag-security`]));
  });

  it('refuses 10,001 items before touching the database', async () => {
    const res = await admin(bulkImport(`${P}big-`, 10_001));
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(res.errors![0].message).toMatch(/at most 10000/);
  });

  it('imports 10,000 items in one transaction', async () => {
    const data = bulkImport(`${P}big-`, 10_000);
    const started = Date.now();
    const res = await admin(data);
    expect(res.errors).toBeUndefined();
    expect(res.data!.importGraph).toMatchObject({
      items: 10_000,
      nodesCreated: data.skills.length + data.companies.length,
      relationshipsCreated: data.edges.length,
    });
    // Read back: exactly the nodes and edges sent, with their fields, and nothing else under the prefix
    // (RELATED_TO, the internal related-skill lists, follows from them).
    const [graph] = await rawCypher<{ skills: unknown[]; companies: unknown[]; edges: string[]; nodes: unknown }>(
      t.driver,
      `CALL () { MATCH (s:Skill) WHERE s.slug STARTS WITH $p RETURN collect(s {.slug, .name, .level, .aliases}) AS skills }
       CALL () { MATCH (c:Company) WHERE c.slug STARTS WITH $p RETURN collect(c {.slug, .name, .website}) AS companies }
       CALL () { MATCH (a)-[r WHERE NOT r:RELATED_TO]->(b) WHERE a.slug STARTS WITH $p
                 RETURN collect(labels(a)[0] + ' ' + a.slug + ' ' + type(r) + ' ' + labels(b)[0] + ' ' + b.slug) AS edges }
       CALL () { MATCH (n) WHERE n.slug STARTS WITH $p RETURN count(n) AS nodes }
       RETURN skills, companies, edges, nodes`,
      { p: `${P}big-` },
    );
    const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
    expect((graph.skills as Array<{ slug: string }>).sort(bySlug)).toEqual([...data.skills].sort(bySlug));
    expect((graph.companies as Array<{ slug: string }>).sort(bySlug)).toEqual([...data.companies].sort(bySlug));
    const label = (kind: string) => ({ SKILL: 'Skill', COMPANY: 'Company' })[kind];
    expect(graph.edges.sort()).toEqual(
      data.edges.map((e) => `${label(e.from.kind)} ${e.from.slug} ${e.type} ${label(e.to.kind)} ${e.to.slug}`).sort(),
    );
    expect(Number(graph.nodes)).toBe(data.skills.length + data.companies.length);
    process.stderr.write(`importGraph of 10,000 items: ${Date.now() - started} ms\n`);
  }, 180_000);
});

describe('importGraph under IMPORT_TIMEOUT_MS', () => {
  const T = uniquePrefix('ig-timeout');
  const t = useTestServer({ ...API_KEYS_ENV, IMPORT_TIMEOUT_MS: '1' }, { prefix: T });

  it('an import that outlives its timeout is TIMEOUT and leaves nothing behind', async () => {
    const before = await graphTotals(t.driver);
    const res = await t.gql(IMPORT_GRAPH, { input: bulkImport(T, 10_000) }, as('admin'));
    expect(res.errors![0].extensions!.code).toBe('TIMEOUT');
    expect(await graphTotals(t.driver)).toEqual(before);
    const [{ n }] = await rawCypher(t.driver, 'MATCH (n) WHERE n.slug STARTS WITH $p RETURN count(n) AS n', { p: T });
    expect(Number(n)).toBe(0);
  }, 120_000);
});
