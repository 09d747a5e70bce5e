import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';
import { waitUntil } from '../support/wait';
import { API_KEYS_ENV, as, graphTotals } from '../support/writes';

const P = uniquePrefix('mut');

describe('mutations: idempotent upserts, one transaction each, clear errors', () => {
  const t = useTestServer(API_KEYS_ENV, { prefix: P });
  const edit = (query: string, variables: Record<string, unknown> = {}) => t.gql(query, variables, as('editor'));

  /** Nodes and the graph's relationships; RELATED_TO (the internal related-skill lists) moves with any skill write. */
  const graphCounts = async () => {
    const [row] = await rawCypher(
      t.driver,
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r WHERE NOT r:RELATED_TO]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    return { nodes: Number(row.nodes), relationships: Number(row.rels) };
  };

  const UPSERT_SKILL = `mutation($input: SkillInput!) {
    upsertSkill(input: $input) { status skill { slug name description category level demandRank trend aliases source createdAt updatedAt } }
  }`;

  it('upsertSkill creates, then answers UNCHANGED for the same content and keeps both timestamps', async () => {
    const input = {
      slug: `${P}llm-fuzzing`,
      name: 'LLM Fuzzing',
      level: 'ADVANCED',
      aliases: ['prompt fuzzing', 'prompt fuzzing'],
      demandRank: 7,
    };
    const first = await edit(UPSERT_SKILL, { input });
    expect(first.errors).toBeUndefined();
    const created = first.data!.upsertSkill;
    expect(created).toMatchObject({
      status: 'CREATED',
      skill: { name: 'LLM Fuzzing', aliases: ['prompt fuzzing'], source: 'curated', demandRank: 7 },
    });
    expect(created.skill.createdAt).toBe(created.skill.updatedAt);

    const again = (await edit(UPSERT_SKILL, { input })).data!.upsertSkill;
    expect(again.status).toBe('UNCHANGED');
    expect(again.skill.updatedAt).toBe(created.skill.updatedAt);
    expect(again.skill.createdAt).toBe(created.skill.createdAt);
  });

  it('an update moves updatedAt only, keeps fields left out, and clears fields sent as null', async () => {
    const slug = `${P}model-fingerprinting`;
    const made = (
      await edit(UPSERT_SKILL, {
        input: { slug, name: 'Model Fingerprinting', category: 'AI Security', description: 'Tell models apart.' },
      })
    ).data!.upsertSkill.skill;
    // The next write must fall in a later millisecond than the first, whatever the machine's speed.
    await waitUntil('the clock to pass the creation time', () => Date.now() > Date.parse(made.updatedAt));
    const res = await edit(UPSERT_SKILL, { input: { slug, name: 'Model Fingerprinting', trend: 'RISING', description: null } });
    const updated = res.data!.upsertSkill;
    expect(updated.status).toBe('UPDATED');
    expect(updated.skill).toMatchObject({ category: 'AI Security', trend: 'RISING', description: null });
    expect(updated.skill.createdAt).toBe(made.createdAt);
    expect(Date.parse(updated.skill.updatedAt)).toBeGreaterThan(Date.parse(made.updatedAt));
  });

  it('sending a seeded skill its own content changes nothing (same content hash as the seed)', async () => {
    const before = await rawCypher(t.driver, "MATCH (s:Skill {slug: 'model-security'}) RETURN s.updatedAt AS at, s.contentHash AS hash");
    const res = await edit(UPSERT_SKILL, { input: { slug: 'model-security', name: 'Model Security' } });
    expect(res.data!.upsertSkill.status).toBe('UNCHANGED');
    const after = await rawCypher(t.driver, "MATCH (s:Skill {slug: 'model-security'}) RETURN s.updatedAt AS at, s.contentHash AS hash");
    expect(String(after[0].at)).toBe(String(before[0].at));
    expect(after[0].hash).toBe(before[0].hash);
  });

  it.each([
    ['a slug with spaces', { slug: 'Not A Slug', name: 'x' }, 'input.slug', /kebab-case slug/],
    ['an overlong slug', { slug: `${P}${'a'.repeat(120)}`, name: 'x' }, 'input.slug', /at most 100/],
    ['a blank name', { slug: `${P}blank`, name: '   ' }, 'input.name', /blank|empty/],
    ['a name with a newline', { slug: `${P}nl`, name: 'two\nlines' }, 'input.name', /one line/],
    ['an overlong name', { slug: `${P}long`, name: 'n'.repeat(201) }, 'input.name', /at most 200/],
    ['a control character in the description', { slug: `${P}ctl`, name: 'x', description: 'bell\u0007' }, 'input.description', /control/],
    ['a javascript: source', { slug: `${P}src`, name: 'x', source: 'javascript:alert(1)' }, 'input.source', /curated, seed-page/],
    [
      'too many aliases',
      { slug: `${P}al`, name: 'x', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) },
      'input.aliases',
      /at most 50/,
    ],
    ['a blank alias', { slug: `${P}al2`, name: 'x', aliases: ['ok', ' '] }, 'input.aliases[1]', /blank|empty/],
    ['demandRank above a million', { slug: `${P}rank`, name: 'x', demandRank: 1_000_001 }, 'input.demandRank', /1,000,000/],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, input, field, message) => {
    const before = await graphTotals(t.driver);
    const res = await edit(UPSERT_SKILL, { input });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toMatch(message);
    expect(await graphTotals(t.driver)).toEqual(before);
  });

  it('graphql-scalars refuse what the types forbid: a zero rank, an empty name, a malformed URL, an unknown enum', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [UPSERT_SKILL, { input: { slug: `${P}z`, name: 'x', demandRank: 0 } }],
      [UPSERT_SKILL, { input: { slug: `${P}z`, name: '' } }],
      [UPSERT_SKILL, { input: { slug: `${P}z`, name: 'x', level: 'GURU' } }],
      [
        'mutation($input: CompanyInput!) { upsertCompany(input: $input) { status } }',
        { input: { slug: `${P}z`, name: 'x', website: 'not a url' } },
      ],
    ];
    for (const [query, variables] of cases) {
      const res = await edit(query, variables);
      expect(res.status).toBe(400);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/input/);
    }
  });

  it('upsertCompany accepts only http(s) websites and keeps the URL as written', async () => {
    const q = 'mutation($input: CompanyInput!) { upsertCompany(input: $input) { status company { slug website } } }';
    const bad = await edit(q, { input: { slug: `${P}acme`, name: 'Acme', website: 'ftp://acme.example' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.website' });
    const good = await edit(q, { input: { slug: `${P}acme`, name: 'Acme', website: 'https://acme.example' } });
    expect(good.data!.upsertCompany).toEqual({ status: 'CREATED', company: { slug: `${P}acme`, website: 'https://acme.example' } });
  });

  it("a field's own source (as the seed stores it) holds while its value does, and goes when an edit changes the value", async () => {
    const q = 'mutation($input: CompanyInput!) { upsertCompany(input: $input) { status } }';
    const slug = `${P}sourced`;
    const input = { slug, name: 'Sourced', website: 'https://sourced.example/' };
    expect((await edit(q, { input })).data!.upsertCompany.status).toBe('CREATED');
    await rawCypher(t.driver, 'MATCH (c:Company {slug: $slug}) SET c.websiteSource = $src', { slug, src: 'https://sourced.example/about' });
    const websiteSource = async () =>
      (await rawCypher(t.driver, 'MATCH (c:Company {slug: $slug}) RETURN c.websiteSource AS s', { slug }))[0].s;
    expect((await edit(q, { input: { ...input, name: 'Sourced Inc.' } })).data!.upsertCompany.status).toBe('UPDATED');
    expect(await websiteSource()).toBe('https://sourced.example/about');
    await edit(q, { input: { ...input, website: 'https://elsewhere.example/' } });
    expect(await websiteSource()).toBeNull();
  });

  it('setHiring links and unlinks a company and a skill, idempotently', async () => {
    const q = `mutation($hiring: Boolean!) { setHiring(company: "${P}acme", skill: "${P}llm-fuzzing", hiring: $hiring) { status hiring company { slug } skill { slug hiringCompanies { slug } } } }`;
    const on = (await edit(q, { hiring: true })).data!.setHiring;
    expect(on.status).toBe('CREATED');
    expect((await edit(q, { hiring: true })).data!.setHiring.status).toBe('UNCHANGED');
    const skill = await t.gql(`{ skill(slug: "${P}llm-fuzzing") { hiringCompanies { slug } } }`);
    expect(skill.data!.skill.hiringCompanies).toEqual([{ slug: `${P}acme` }]);
    expect((await edit(q, { hiring: false })).data!.setHiring).toMatchObject({ status: 'DELETED', hiring: false });
    expect((await edit(q, { hiring: false })).data!.setHiring.status).toBe('UNCHANGED');
  });

  it('names the missing node with NOT_FOUND and writes nothing', async () => {
    const before = await graphTotals(t.driver);
    const res = await edit(`mutation { setHiring(company: "${P}nobody", skill: "${P}llm-fuzzing", hiring: true) { status } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'company', slug: `${P}nobody` });
    const res2 = await edit(`mutation { addPrerequisite(skill: "${P}llm-fuzzing", requires: "${P}ghost") { status } }`);
    expect(res2.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'requires' });
    expect(await graphTotals(t.driver)).toEqual(before);
  });

  it('upsertResource sets and replaces its one provider; linkResource and unlinkResource manage TEACHES', async () => {
    const q = `mutation($input: ResourceInput!) { upsertResource(input: $input) { status resource { slug title kind url year authors provider { slug } skills { slug } } } }`;
    const base = {
      slug: `${P}fuzzing-guide`,
      kind: 'GUIDE',
      title: 'A Fuzzing Guide',
      url: 'https://example.org/fuzz',
      year: 2025,
      authors: ['A. Author'],
    };
    const unknownProvider = await edit(q, { input: { ...base, provider: `${P}no-provider` } });
    expect(unknownProvider.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.provider' });

    const created = (await edit(q, { input: { ...base, provider: 'owasp' } })).data!.upsertResource;
    expect(created).toMatchObject({ status: 'CREATED', resource: { title: 'A Fuzzing Guide', year: 2025, provider: { slug: 'owasp' } } });
    expect((await edit(q, { input: { ...base, provider: 'owasp' } })).data!.upsertResource.status).toBe('UNCHANGED');
    const moved = (await edit(q, { input: { ...base, provider: 'coursera' } })).data!.upsertResource;
    expect(moved).toMatchObject({ status: 'UPDATED', resource: { provider: { slug: 'coursera' } } });
    const [{ n }] = await rawCypher(t.driver, `MATCH (:Resource {slug: $s})-[:OFFERED_BY]->(p) RETURN count(p) AS n`, { s: base.slug });
    expect(Number(n)).toBe(1);
    const dropped = (await edit(q, { input: { ...base, provider: null } })).data!.upsertResource;
    expect(dropped).toMatchObject({ status: 'UPDATED', resource: { provider: null } });

    const link = `mutation { linkResource(resource: "${P}fuzzing-guide", skill: "${P}llm-fuzzing", source: "https://example.org/fuzz") { status skill { slug } } }`;
    expect((await edit(link)).data!.linkResource.status).toBe('CREATED');
    expect((await edit(link)).data!.linkResource.status).toBe('UNCHANGED');
    const unlink = `mutation { unlinkResource(resource: "${P}fuzzing-guide", skill: "${P}llm-fuzzing") { status } }`;
    expect((await edit(unlink)).data!.unlinkResource.status).toBe('DELETED');
    expect((await edit(unlink)).data!.unlinkResource.status).toBe('UNCHANGED');
  });

  it('addPrerequisite refuses a cycle with CYCLE_DETECTED and the cycle in extensions.cycle', async () => {
    for (const s of ['a', 'b', 'c']) await edit(UPSERT_SKILL, { input: { slug: `${P}cyc-${s}`, name: `Cycle ${s}` } });
    const add = (skill: string, requires: string) =>
      edit(
        `mutation { addPrerequisite(skill: "${P}cyc-${skill}", requires: "${P}cyc-${requires}") { status skill { prerequisites { slug } } } }`,
      );
    expect((await add('a', 'b')).data!.addPrerequisite.status).toBe('CREATED');
    expect((await add('b', 'c')).data!.addPrerequisite.status).toBe('CREATED');
    expect((await add('a', 'b')).data!.addPrerequisite.status).toBe('UNCHANGED');

    const before = await graphTotals(t.driver);
    const closing = await add('c', 'a');
    expect(closing.errors![0].extensions).toEqual({ code: 'CYCLE_DETECTED', cycle: [`${P}cyc-c`, `${P}cyc-a`, `${P}cyc-b`, `${P}cyc-c`] });
    expect(closing.errors![0].message).toMatch(/would close a cycle/);
    const self = await add('a', 'a');
    expect(self.errors![0].extensions).toMatchObject({ code: 'CYCLE_DETECTED', cycle: [`${P}cyc-a`, `${P}cyc-a`] });
    expect(await graphTotals(t.driver)).toEqual(before);

    const removed = await edit(
      `mutation { removePrerequisite(skill: "${P}cyc-b", requires: "${P}cyc-c") { status skill { prerequisites { slug } } } }`,
    );
    expect(removed.data!.removePrerequisite).toEqual({ status: 'DELETED', skill: { prerequisites: [] } });
    expect((await add('c', 'a')).data!.addPrerequisite.status).toBe('CREATED');
  });

  it('deleteSkill removes the skill and its relationships; a second delete is UNCHANGED', async () => {
    const doomed = `${P}doomed`;
    await edit(UPSERT_SKILL, { input: { slug: doomed, name: 'Doomed' } });
    await edit(`mutation { addPrerequisite(skill: "${doomed}", requires: "${P}llm-fuzzing") { status } }`);
    const around = () =>
      rawCypher<{ type: string; other: string }>(
        t.driver,
        'MATCH (:Skill {slug: $slug})-[r WHERE NOT r:RELATED_TO]-(o) RETURN type(r) AS type, o.slug AS other ORDER BY type, other',
        { slug: doomed },
      );
    expect(await around()).toEqual([{ type: 'REQUIRES', other: `${P}llm-fuzzing` }]);
    const before = await graphCounts();

    const first = (await edit(`mutation { deleteSkill(slug: "${doomed}") { status slug relationshipsDeleted } }`)).data!.deleteSkill;
    expect(first).toEqual({ status: 'DELETED', slug: doomed, relationshipsDeleted: 1 });
    const [{ n }] = await rawCypher(t.driver, 'MATCH (n) WHERE n.slug = $slug RETURN count(n) AS n', { slug: doomed });
    expect(Number(n)).toBe(0);
    // Exactly that node and its one edge went; the skill it required is still there.
    expect(await graphCounts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - 1 });
    const [kept] = await rawCypher(t.driver, 'MATCH (s:Skill {slug: $slug}) RETURN s.name AS name', { slug: `${P}llm-fuzzing` });
    expect(kept).toEqual({ name: 'LLM Fuzzing' });

    expect((await edit(`mutation { deleteSkill(slug: "${doomed}") { status } }`)).data!.deleteSkill.status).toBe('UNCHANGED');
    expect(await graphCounts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - 1 });
    expect((await t.gql(`{ skill(slug: "${doomed}") { slug } }`)).data!.skill).toBeNull();
  });

  it('several mutations in one request each run in their own transaction; a failing one leaves the others', async () => {
    const before = await graphCounts();
    const res = await edit(`mutation {
      ok: upsertSkill(input: { slug: "${P}multi-ok", name: "Fine" }) { status }
      bad: addPrerequisite(skill: "${P}multi-ok", requires: "${P}missing") { status }
    }`);
    expect(res.data).toEqual({ ok: { status: 'CREATED' }, bad: null });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    // The upsert committed; the failed edge left nothing, not even a node for the slug it named.
    const rows = await rawCypher(
      t.driver,
      'MATCH (s:Skill {slug: $slug}) RETURN s.name AS name, COUNT { (s)-[:REQUIRES]->() } AS requires',
      {
        slug: `${P}multi-ok`,
      },
    );
    expect(rows.map((r) => ({ name: r.name, requires: Number(r.requires) }))).toEqual([{ name: 'Fine', requires: 0 }]);
    expect(await graphCounts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
  });
});
