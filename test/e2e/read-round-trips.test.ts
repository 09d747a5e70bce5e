import { SCENARIOS, SKILL_PAGE } from '../../bench/scenarios';
import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';

const query = (id: string) => {
  const request = SCENARIOS.find((s) => s.id === id)!.requests.skillgraph!;
  if (request.kind !== 'graphql') throw new Error(`${id} is not a GraphQL request`);
  return request.query;
};

/** The benchmark's round-trip targets, on the seed's Model Security page (QUERY_STATS). */
describe('round trips of the benchmark scenarios', () => {
  const t = useTestServer({ QUERY_STATS: 'true' });

  const run = async (text: string, variables: Record<string, unknown>) => {
    const res = await t.gql(text, variables);
    expect(res.errors).toBeUndefined();
    return { data: res.data as Record<string, unknown>, roundTrips: (res.extensions!.queryStats as { roundTrips: number }).roundTrips };
  };

  it('S2, the skill page, costs at most 2 round trips and answers what the per-field loaders answer', async () => {
    const s2 = await run(query('S2'), { slug: 'model-security' });
    expect(s2.roundTrips).toBeLessThanOrEqual(2);
    const skill = s2.data.skill as { hiringCompanies: unknown[]; resources: Array<{ provider: unknown }>; prerequisites: unknown[] };
    expect(skill.hiringCompanies).toHaveLength(8);
    expect(skill.prerequisites).toHaveLength(4);
    expect(skill.resources.length).toBeGreaterThanOrEqual(10);
    expect(skill.resources.some((r) => r.provider !== null)).toBe(true);

    // The same selection through node(id), which has no look-ahead: one loader per list.
    const viaNode = await run(`query($id: ID!) { node(id: $id) { ... on Skill { ${SKILL_PAGE} } } }`, {
      id: Buffer.from('Skill:model-security').toString('base64url'),
    });
    expect(viaNode.roundTrips).toBeGreaterThan(2);
    expect(viaNode.data.node).toEqual(s2.data.skill);
  });

  it('S4, companies hiring for a skill with their top skills, is one round trip and answers what the loaders answer', async () => {
    const s4 = await run(query('S4'), { slug: 'model-security' });
    expect(s4.roundTrips).toBe(1);
    // node(id) has no look-ahead: companies, then their skills through the loaders.
    const body = query('S4')
      .replace(/^query S4\(\$slug: String!\) \{ skill\(slug: \$slug\) \{/, '')
      .replace(/\} \}$/, '');
    const viaNode = await run(`query($id: ID!) { node(id: $id) { ... on Skill { ${body} } } }`, {
      id: Buffer.from('Skill:model-security').toString('base64url'),
    });
    expect(viaNode.roundTrips).toBe(3); // the skill, its companies, their skills
    expect(viaNode.data.node).toEqual(s4.data.skill);
    const companies = (s4.data.skill as { hiringCompanies: Array<{ name: string; skills: Array<{ slug: string }> }> }).hiringCompanies;
    expect(companies.map((c) => c.name)).toEqual([...companies.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
    for (const c of companies) {
      expect(c.skills.length).toBeLessThanOrEqual(5);
      // orderBy: DEMAND is O*NET's rank, then the stated demandRank, then name; absent ranks last.
      const ranks = await rawCypher<{ onet: number | null; stated: number | null }>(
        t.driver,
        'UNWIND $slugs AS slug MATCH (s:Skill {slug: slug}) RETURN s.onetRank AS onet, s.demandRank AS stated',
        { slugs: c.skills.map((s) => s.slug) },
      );
      const keys = ranks.map((r) => [Number(r.onet ?? Infinity), Number(r.stated ?? Infinity)]);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
    expect(companies.some((c) => c.skills.length === 5)).toBe(true);
  });

  it("reads companies' skills ahead only when every selection asks for the same ones", async () => {
    const page = `{ skill(slug: "model-security") {
      hiringCompanies(first: 3) { slug top: skills(first: 2, orderBy: DEMAND) { slug demandRank } byName: skills(first: 2) { name } }
    } }`;
    const mixed = await run(page, {});
    expect(mixed.roundTrips).toBe(3); // the page, then one loader per distinct argument set
    const companies = (mixed.data.skill as { hiringCompanies: Array<{ slug: string; top: unknown[]; byName: unknown[] }> }).hiringCompanies;
    for (const c of companies) {
      const alone = await run(
        `{ company(slug: "${c.slug}") { top: skills(first: 2, orderBy: DEMAND) { slug demandRank } byName: skills(first: 2) { name } } }`,
        {},
      );
      expect({ top: c.top, byName: c.byName }).toEqual(alone.data.company);
    }
    const bad = await t.gql('{ skill(slug: "model-security") { hiringCompanies(first: 2) { skills(first: -1) { name } } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('FrameworkItem.coverage and coverage(framework) batch: the same round trips for 5 items as for 100', async () => {
    const entry = 'kind sources reason direct inheritedFrom { code }';
    const lists = `status skills { skill { slug } ${entry} } resources { resource { slug } skills { slug } ${entry} }`;
    const page = (n: number) => `{ framework(slug: "mitre-atlas") { items(first: ${n}) { nodes { code coverage { ${lists} } } } } }`;
    const five = await run(page(5), {});
    const hundred = await run(page(100), {});
    expect(hundred.roundTrips).toBe(five.roundTrips);
    expect(five.roundTrips).toBeLessThanOrEqual(4); // framework, items, skill and resource coverage
    const map = await run(
      `{ coverage(framework: "mitre-atlas") { counts { items } uncovered { code } items { item { code } ${lists} } } }`,
      {},
    );
    expect(map.roundTrips).toBeLessThanOrEqual(4);
  });

  it('the page as published (SOURCE order, the page as source) is read ahead in one round trip, as the loaders answer it', async () => {
    const published = `
      resourcesUpdatedAt
      prerequisites(orderBy: SOURCE) { slug }
      hiringCompanies(orderBy: SOURCE) { slug }
      resources(source: "seed-page", orderBy: SOURCE) { slug kind listedUnder costNote format provider { slug } }`;
    const page = await run(`{ skill(slug: "model-security") { ${published} } }`, {});
    expect(page.roundTrips).toBe(1);
    const viaNode = await run(`query($id: ID!) { node(id: $id) { ... on Skill { ${published} } } }`, {
      id: Buffer.from('Skill:model-security').toString('base64url'),
    });
    expect(viaNode.data.node).toEqual(page.data.skill);
    // Every resource's providers in one batch, however many resources.
    const providers = (first: number) => `{ resources(first: ${first}) { nodes { provider { slug } providers { slug } } } }`;
    const few = await run(providers(3), {});
    const many = await run(providers(60), {});
    expect(many.roundTrips).toBe(few.roundTrips);
    expect(many.roundTrips).toBeLessThanOrEqual(2); // the page, the providers
  });

  it('hiringCompanies(first) cuts the list; a bad first is BAD_USER_INPUT', async () => {
    const two = await run('{ skill(slug: "model-security") { hiringCompanies(first: 2) { name } } }', {});
    expect((two.data.skill as { hiringCompanies: unknown[] }).hiringCompanies).toHaveLength(2);
    const bad = await t.gql('{ skill(slug: "model-security") { hiringCompanies(first: 101) { name } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('FrameworkItem.details is read with the item: no round trip of its own', async () => {
    const details = 'details { __typename ... on AtlasTechniqueDetails { maturity } ... on AtlasMitigationDetails { categories } }';
    const page = (selection: string) => `{ framework(slug: "mitre-atlas") { items(first: 100) { nodes { code ${selection} } } } }`;
    const without = await run(page(''), {});
    const withDetails = await run(page(details), {});
    expect(withDetails.roundTrips).toBe(without.roundTrips);
    const one = await run(`{ frameworkItem(code: "AML.T0051") { code ${details} } }`, {});
    expect(one.roundTrips).toBe(1);
  });

  it('the provenance connections cost one round trip per list, however many parents (no N+1)', async () => {
    const skills = (first: number) => `{ skills(first: ${first}) { nodes {
      prerequisitesConnection { totalCount edges { node { slug } source sources position reason sourceDetails { id title } } }
      requiredByConnection { edges { node { slug } reason } }
      coversConnection { edges { node { code } note sourceDetails { id } } }
      hiringCompaniesConnection { edges { position node { skillsConnection { totalCount edges { node { slug } source } } } } }
      occupations(first: 3) { edges { sources position sourceDetails { id } } }
    } } }`;
    const few = await run(skills(3), {});
    const many = await run(skills(40), {});
    // The page, five lists, the companies' skills, the ledger for URL sources: at most 8, whatever `first`.
    expect(many.roundTrips).toBeLessThanOrEqual(8);
    expect(many.roundTrips).toBe(few.roundTrips);

    const items = (first: number) => `{ framework(slug: "owasp-llm-top-10-2025") { items(first: ${first}) { nodes {
      mitigationsConnection { totalCount edges { node { code } how via { technique { code } how } sourceDetails { id } } }
      mappingsConnection { edges { node { code } sources confidence statements { source confidence } sourceDetails { id } } }
    } } } }`;
    const two = await run(items(2), {});
    const ten = await run(items(10), {});
    // The framework, its page of items, the two lists, and the ledger for each list's sources.
    expect(ten.roundTrips).toBeLessThanOrEqual(6);
    expect(ten.roundTrips).toBe(two.roundTrips);
  });
});
