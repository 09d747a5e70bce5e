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

  it('hiringCompanies(first) cuts the list; a bad first is BAD_USER_INPUT', async () => {
    const two = await run('{ skill(slug: "model-security") { hiringCompanies(first: 2) { name } } }', {});
    expect((two.data.skill as { hiringCompanies: unknown[] }).hiringCompanies).toHaveLength(2);
    const bad = await t.gql('{ skill(slug: "model-security") { hiringCompanies(first: 101) { name } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
