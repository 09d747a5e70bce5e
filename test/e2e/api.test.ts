import { rawCypher } from '../support/neo4j';
import { useTestServer } from '../support/http';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('GraphQL API over HTTP', () => {
  const t = useTestServer();

  const ok = async (query: string, variables?: Record<string, unknown>): Promise<Any> => {
    const res = await t.gql<Any>(query, variables);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    return res.data!;
  };

  it('renders the Model Security skill page in one query', async () => {
    const data = await ok(`{
      skill(slug: "model-security") {
        id slug name description category level demandRank trend updatedAt aliases source
        prerequisites { slug name }
        hiringCompanies { slug name website }
        courses: resources(kind: COURSE) { title provider { name } level }
        books: resources(kind: BOOK) { title authors year }
        resources { kind title cost summary }
        frameworks { slug name }
        concepts { slug name }
      }
    }`);
    const s = data.skill;
    expect(s).toMatchObject({
      slug: 'model-security',
      name: 'Model Security',
      category: 'Other',
      level: 'INTERMEDIATE',
      demandRank: 56,
      trend: 'NEW',
    });
    expect(new Date(s.updatedAt).toString()).not.toBe('Invalid Date');
    expect(s.prerequisites).toHaveLength(4);
    expect(s.hiringCompanies.map((c: Any) => c.slug)).toEqual(expect.arrayContaining(['openai', 'sierra-ai', 'mistral-ai', 'xai']));
    expect(s.hiringCompanies).toHaveLength(8);
    const pageCourses = ['Securing AI Systems', 'Secure AI: Threat Model & Test Endpoints', 'Securing Generative AI (Pearson)'];
    expect(s.courses.filter((c: Any) => c.provider?.name === 'Coursera').map((c: Any) => c.title)).toEqual(
      expect.arrayContaining(pageCourses),
    );
    expect(s.courses.length).toBeGreaterThanOrEqual(5);
    expect(s.courses.every((c: Any) => c.title && c.level)).toBe(true);
    expect(s.books).toContainEqual(expect.objectContaining({ authors: ['John Sotiropoulos'], year: 2024 }));
    expect(s.resources.length).toBeGreaterThanOrEqual(10);
    expect(s.resources.map((r: Any) => r.kind)).toEqual(expect.arrayContaining(['COURSE', 'BOOK', 'TUTORIAL', 'CERTIFICATION']));
    expect(s.frameworks.map((f: Any) => f.slug)).toEqual(
      expect.arrayContaining(['owasp-llm-top-10-2025', 'nist-ai-rmf', 'mitre-atlas', 'eu-ai-act']),
    );
    expect(s.concepts.length).toBeGreaterThanOrEqual(5);
  });

  it('resolves a skill again through node(id), and several through nodes(ids)', async () => {
    const { skill, company } = await ok('{ skill(slug: "model-security") { id } company(slug: "openai") { id } }');
    const data = await ok(
      `query($id: ID!, $ids: [ID!]!) {
      node(id: $id) { id ... on Skill { slug } }
      nodes(ids: $ids) { id ... on Company { slug } ... on Skill { slug } }
    }`,
      { id: skill.id, ids: [company.id, skill.id] },
    );
    expect(data.node).toEqual({ id: skill.id, slug: 'model-security' });
    expect(data.nodes.map((n: Any) => n.slug)).toEqual(['openai', 'model-security']);
  });

  it('answers null for unknown slugs and ids', async () => {
    const ghost = Buffer.from('Skill:no-such-skill').toString('base64url');
    const data = await ok(`{ skill(slug: "no-such-skill") { slug } company(slug: "nobody") { slug } resource(slug: "nothing") { slug }
      framework(slug: "none") { slug } concept(slug: "none") { slug } node(id: "${ghost}") { id } }`);
    expect(data).toEqual({ skill: null, company: null, resource: null, framework: null, concept: null, node: null });
  });

  it('pages through all skills with cursors, in slug order, with totalCount', async () => {
    const [{ total }] = await rawCypher<{ total: number }>(t.driver, 'MATCH (s:Skill) RETURN count(s) AS total');
    const seen: string[] = [];
    let after: string | null = null;
    // Pages of 100: O*NET brings thousands of skills.
    for (let page = 0; page <= Number(total) / 100; page++) {
      const data: Any = await ok(
        'query($after: String) { skills(first: 100, after: $after) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor hasPreviousPage } } }',
        { after },
      );
      expect(data.skills.totalCount).toBe(Number(total));
      expect(data.skills.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...data.skills.edges.map((e: Any) => e.node.slug));
      if (!data.skills.pageInfo.hasNextPage) break;
      after = data.skills.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(Number(total));
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters skills by category, level, trend, hiring company and text', async () => {
    const data = await ok(`{
      byCompany: skills(filter: { hiredBy: "sierra-ai" }, first: 100) { totalCount nodes { slug } }
      other: skills(filter: { category: "Other", level: INTERMEDIATE, trend: NEW }) { nodes { slug category level trend } }
      text: skills(filter: { text: "model security" }) { nodes { slug } }
    }`);
    expect(data.byCompany.nodes.map((s: Any) => s.slug)).toContain('model-security');
    const [{ hired }] = await rawCypher(t.driver, "MATCH (:Company {slug: 'sierra-ai'})-[:HIRES_FOR]->(s) RETURN count(s) AS hired");
    expect(data.byCompany.totalCount).toBe(Number(hired));
    expect(data.other.nodes).toContainEqual({ slug: 'model-security', category: 'Other', level: 'INTERMEDIATE', trend: 'NEW' });
    for (const s of data.other.nodes) expect(s).toMatchObject({ category: 'Other', level: 'INTERMEDIATE', trend: 'NEW' });
    expect(data.text.nodes.map((s: Any) => s.slug)).toContain('model-security');
  });

  it('lists companies and what each hires for; finds skills two companies share', async () => {
    const data = await ok(`{
      companies(first: 100) { totalCount nodes { slug name skills { slug } } }
      company(slug: "openai") { name website skills { slug name } }
      sharedSkills(companies: ["openai", "anthropic"]) { companies { slug } skills { slug } }
    }`);
    expect(data.companies.totalCount).toBeGreaterThanOrEqual(8);
    expect(data.company.skills.map((s: Any) => s.slug)).toContain('model-security');
    const openai = new Set(data.companies.nodes.find((c: Any) => c.slug === 'openai').skills.map((s: Any) => s.slug));
    const anthropic = new Set(data.companies.nodes.find((c: Any) => c.slug === 'anthropic').skills.map((s: Any) => s.slug));
    const both = [...openai].filter((s) => anthropic.has(s)).sort();
    expect(data.sharedSkills.skills.map((s: Any) => s.slug).sort()).toEqual(both);
    expect(both).toContain('model-security');
  });

  it('reads the skill page ahead with only the selected fields, and never hands those records to other selections', async () => {
    const wide = `prerequisites { slug name description level createdAt }
      hiringCompanies(first: 2) { slug name website description }
      resources { slug kind title url summary authors year provider { slug name website } }`;
    const alone = (await ok(`{ skill(slug: "model-security") { ${wide} } }`)).skill;
    const { id } = (await ok('{ skill(slug: "model-security") { id } }')).skill;
    // The look-ahead reads lean lists here (plus what the alias adds); the same skill
    // through node(id) in the same request asks for wide ones and must get them whole.
    const data = await ok(
      `query($id: ID!) {
        skill(slug: "model-security") {
          prerequisites { slug } more: prerequisites { description }
          hiringCompanies(first: 2) { slug } resources { slug provider { slug } }
        }
        again: node(id: $id) { ... on Skill { ${wide} } }
      }`,
      { id },
    );
    expect(data.again).toEqual(alone);
    expect(data.skill.prerequisites).toEqual(alone.prerequisites.map((p: Any) => ({ slug: p.slug })));
    expect(data.skill.more).toEqual(alone.prerequisites.map((p: Any) => ({ description: p.description })));
    expect(alone.prerequisites.some((p: Any) => p.description)).toBe(true);
    expect(data.skill.hiringCompanies).toEqual(alone.hiringCompanies.map((c: Any) => ({ slug: c.slug })));
    expect(data.skill.resources).toEqual(
      alone.resources.map((r: Any) => ({ slug: r.slug, provider: r.provider && { slug: r.provider.slug } })),
    );
    expect(alone.resources.some((r: Any) => r.provider?.website)).toBe(true);
  });

  it("answers a company's top skills with exactly the fields each selection asks for", async () => {
    // Company.skills(first | orderBy) fetches only the selected properties; two aliases
    // with different selections must each get theirs, in demand order (O*NET's rank, the
    // stated rank) then by name.
    const data = await ok(`{
      company(slug: "openai") {
        lean: skills(first: 3, orderBy: DEMAND) { slug demandRank }
        wide: skills(first: 3, orderBy: DEMAND) { id slug name description level trend aliases source updatedAt prerequisites { slug } }
        byName: skills(first: 2) { name }
      }
    }`);
    const rows = await rawCypher(
      t.driver,
      `MATCH (:Company {slug: 'openai'})-[:HIRES_FOR]->(s:Skill)
       RETURN s.slug AS slug, s.name AS name, s.demandRank AS demandRank, s.description AS description
       ORDER BY s.onetRank, s.demandRank, s.name LIMIT 3`,
    );
    const { lean, wide, byName } = data.company;
    expect(lean).toEqual(rows.map((r) => ({ slug: r.slug, demandRank: r.demandRank === null ? null : Number(r.demandRank) })));
    expect(Object.keys(lean[0]).sort()).toEqual(['demandRank', 'slug']);
    expect(wide.map((s: Any) => [s.slug, s.name, s.description])).toEqual(rows.map((r) => [r.slug, r.name, r.description]));
    expect(wide.every((s: Any) => s.id && s.level && s.source && !Number.isNaN(Date.parse(s.updatedAt)) && Array.isArray(s.aliases))).toBe(
      true,
    );
    expect(wide.some((s: Any) => s.prerequisites.length > 0)).toBe(true);
    const [first] = await rawCypher(
      t.driver,
      `MATCH (:Company {slug: 'openai'})-[:HIRES_FOR]->(s:Skill) RETURN s.name AS name ORDER BY name LIMIT 2`,
    );
    expect(byName[0].name).toBe(first.name);
    expect(byName).toHaveLength(2);
  });

  it('filters resources by kind, provider, cost, skill and text', async () => {
    const data = await ok(`{
      books: resources(filter: { kind: BOOK }, first: 100) { totalCount nodes { kind title } }
      coursera: resources(filter: { provider: "coursera", skill: "model-security" }) { nodes { title provider { slug } skills { slug } } }
      free: resources(filter: { cost: FREE }, first: 100) { nodes { cost } }
      text: resources(filter: { text: "red teaming" }) { nodes { title } }
      providers { slug name resources { slug } }
    }`);
    expect(data.books.nodes.every((r: Any) => r.kind === 'BOOK')).toBe(true);
    expect(data.books.totalCount).toBe(data.books.nodes.length);
    expect(data.coursera.nodes).toHaveLength(3);
    for (const r of data.coursera.nodes) expect(r.skills.map((s: Any) => s.slug)).toContain('model-security');
    expect(data.free.nodes.every((r: Any) => r.cost === 'FREE')).toBe(true);
    expect(data.text.nodes.map((r: Any) => r.title)).toContain('LLM Red Teaming: The Complete Step-By-Step Guide');
    expect(data.providers.find((p: Any) => p.slug === 'coursera').resources.length).toBeGreaterThanOrEqual(3);
  });

  it('plans what to learn first and what a skill unlocks', async () => {
    const data = await ok(`{
      skill(slug: "model-security") {
        prerequisites { slug }
        learningPath { depth skill { slug prerequisites { slug } } }
        requiredBy { slug }
        unlocks { depth skill { slug } }
      }
    }`);
    const path = data.skill.learningPath;
    const position = new Map(path.map((s: Any, i: number) => [s.skill.slug, i]));
    for (const p of data.skill.prerequisites) expect(position.has(p.slug)).toBe(true);
    for (const step of path)
      for (const p of step.skill.prerequisites) expect(position.get(p.slug)).toBeLessThan(position.get(step.skill.slug) as number);
    expect(path[path.length - 1].depth).toBe(1);
    for (const d of data.skill.requiredBy) expect(data.skill.unlocks.map((u: Any) => u.skill.slug)).toContain(d.slug);
  });

  it('ranks related skills by what they share and says why', async () => {
    const data = await ok('{ skill(slug: "model-security") { relatedSkills(first: 5) { score reasons skill { slug } } } }');
    const related = data.skill.relatedSkills;
    expect(related).toHaveLength(5);
    for (let i = 1; i < related.length; i++) expect(related[i - 1].score).toBeGreaterThanOrEqual(related[i].score);
    for (const r of related) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.skill.slug).not.toBe('model-security');
    }
    // A skill sharing nothing with Model Security is never listed.
    const top = await ok('{ skill(slug: "model-security") { relatedSkills(first: 20) { skill { slug } } } }');
    const unrelated = await rawCypher<{ slug: string }>(
      t.driver,
      `
      MATCH (s:Skill {slug: 'model-security'}), (o:Skill) WHERE o <> s
        AND NOT EXISTS { (s)-[:REQUIRES]-(o) } AND NOT EXISTS { (s)-[:REQUIRES]-()-[:REQUIRES]-(o) }
        AND NOT EXISTS { (s)<-[:HIRES_FOR]-()-[:HIRES_FOR]->(o) } AND NOT EXISTS { (s)-[:COVERS]->()<-[:COVERS]-(o) }
        AND NOT EXISTS { (s)<-[:TEACHES]-()-[:TEACHES]->(o) } AND NOT EXISTS { (s)<-[:USES]-(:Occupation)-[:USES]->(o) }
      RETURN o.slug AS slug`,
    );
    const listed = new Set(top.skill.relatedSkills.map((r: Any) => r.skill.slug));
    for (const { slug } of unrelated) expect(listed.has(slug)).toBe(false);
  });

  it('searches across kinds, best match first', async () => {
    const data = await ok('{ search(text: "Model Security", first: 10) { nodes { score node { __typename id ... on Skill { slug } } } } }');
    const hits = data.search.nodes;
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0].node).toMatchObject({ __typename: 'Skill', slug: 'model-security' });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    const typo = await ok('{ search(text: "modle securty") { nodes { node { ... on Skill { slug } } } } }');
    expect(typo.search.nodes.map((h: Any) => h.node.slug)).toContain('model-security');
    const companies = await ok('{ search(text: "Mistral") { nodes { node { __typename ... on Company { slug } } } } }');
    expect(companies.search.nodes[0].node).toEqual({ __typename: 'Company', slug: 'mistral-ai' });
  });

  it('survives Lucene syntax in search text as plain words', async () => {
    for (const text of ['title:x OR *', 'a) OR (b', '"unterminated', 'x~999 AND y^100', 'name:/.*/', '*:*', 'AND', 'NOT OR']) {
      const res = await t.gql('query($t: String!) { search(text: $t) { nodes { score } } }', { t: text });
      // Either searched as words, or refused as holding none: never a Lucene parse error.
      if (res.errors) expect(res.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      else expect(Array.isArray((res.data as { search: { nodes: unknown[] } }).search.nodes)).toBe(true);
    }
  });

  it('lists frameworks, concepts and skill categories', async () => {
    const data = await ok(`{
      frameworks { slug name publisher skills { slug } }
      framework(slug: "owasp-llm-top-10-2025") { name version url skills { slug } resources { title } }
      concepts { slug skills { slug } }
      concept(slug: "prompt-injection") { name skills { slug } resources { title } }
      skillCategories { name skillCount }
    }`);
    expect(data.frameworks.map((f: Any) => f.slug)).toEqual(
      expect.arrayContaining(['owasp-llm-top-10-2025', 'nist-ai-rmf', 'mitre-atlas', 'eu-ai-act']),
    );
    expect(data.framework.skills.map((s: Any) => s.slug)).toContain('model-security');
    expect(data.concept.skills.map((s: Any) => s.slug)).toContain('model-security');
    const [{ total }] = await rawCypher<{ total: number }>(
      t.driver,
      'MATCH (s:Skill) WHERE s.category IS NOT NULL RETURN count(s) AS total',
    );
    expect(data.skillCategories.reduce((n: number, c: Any) => n + c.skillCount, 0)).toBe(Number(total));
  });
});
