import { useTestServer } from '../support/http';

/** No N+1: the number of Cypher round trips does not grow with the page size. */
describe('round trips per request (QUERY_STATS=true)', () => {
  const t = useTestServer({ QUERY_STATS: 'true' });

  // Curated skills (only they have a level): pages where every list has members, so each
  // level of the selection sends its statement (the first skills by slug are O*NET's, with no resources).
  const page = `query($n: Int) { skills(first: $n, filter: { level: INTERMEDIATE }) { nodes { slug
    prerequisites { slug } hiringCompanies { slug } resources { title provider { name } } } } }`;

  const stats = async (query: string, variables?: Record<string, unknown>) => {
    const res = await t.gql(query, variables);
    expect(res.errors).toBeUndefined();
    return res.extensions!.queryStats as { roundTrips: number; dbTimeMs: number };
  };

  it('is the same for 5 skills as for 50', async () => {
    const five = await stats(page, { n: 5 });
    const fifty = await stats(page, { n: 50 });
    expect(five.roundTrips).toBe(fifty.roundTrips);
    // page + prerequisites + companies + resources + providers
    expect(fifty.roundTrips).toBe(5);
    expect(fifty.dbTimeMs).toBeGreaterThan(0);
  });

  it('batches nested levels too: one round trip per field per level', async () => {
    const nested = `{ skills(first: 50, filter: { level: INTERMEDIATE }) { nodes { prerequisites { prerequisites { hiringCompanies { skills { slug } } } } } } }`;
    expect((await stats(nested)).roundTrips).toBe(5);
  });

  it('counts only when totalCount is asked for', async () => {
    expect((await stats('{ skills(first: 3) { nodes { slug } } }')).roundTrips).toBe(1);
    expect((await stats('{ skills(first: 3) { totalCount nodes { slug } } }')).roundTrips).toBe(2);
  });
});
