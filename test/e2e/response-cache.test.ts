import type { Driver } from '../../src/db/driver';
import { startTestServer, type TestServer } from '../support/http';
import { rawCypher, testDriver } from '../support/neo4j';
import { API_KEYS_ENV, as, post, removePrefixed } from '../support/writes';

const P = 'response-cache-test-';
const SLUG = `${P}skill`;
const READ = 'query($slug: String!) { skill(slug: $slug) { slug name } }';
const UPSERT = 'mutation($input: SkillInput!) { upsertSkill(input: $input) { status } }';

/** RESPONSE_CACHE_TTL_S: answers served from memory, emptied by this replica's writes. */
describe('response cache', () => {
  let driver: Driver;
  let cached: TestServer;
  let plain: TestServer;
  const read = (server: TestServer) => post(server.url, READ, { slug: SLUG });
  const rename = (name: string) => rawCypher(driver, 'MATCH (s:Skill {slug: $slug}) SET s.name = $name', { slug: SLUG, name });

  beforeAll(async () => {
    driver = testDriver();
    await removePrefixed(driver, P);
    cached = await startTestServer(driver, { ...API_KEYS_ENV, RESPONSE_CACHE_TTL_S: '60', QUERY_STATS: 'true' });
    plain = await startTestServer(driver, { QUERY_STATS: 'true' });
    const made = await post(cached.url, UPSERT, { input: { slug: SLUG, name: 'Cache Probe' } }, as('editor'));
    expect(made.data?.upsertSkill.status).toBe('CREATED');
  });
  afterAll(async () => {
    await removePrefixed(driver, P);
    await cached.close();
    await plain.close();
    await driver.close();
  });

  it('serves a repeated query from memory, with its max-age, without asking Neo4j', async () => {
    const first = await read(cached);
    expect(first.data?.skill.name).toBe('Cache Probe');
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    // Changed behind the server's back: the cache still answers what it stored.
    await rename('Renamed Behind The Cache');
    const second = await read(cached);
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('age')).not.toBeNull();
    expect((second.extensions?.queryStats as { roundTrips: number }).roundTrips).toBe(0);
    // The server without the cache sees the change at once.
    expect((await read(plain)).data?.skill.name).toBe('Renamed Behind The Cache');
    expect((await read(plain)).headers.get('cache-control')).toBeNull();
  });

  it('a mutation through this server empties the cache: the writer reads its write', async () => {
    await read(cached);
    const res = await post(cached.url, UPSERT, { input: { slug: SLUG, name: 'Written Through The API' } }, as('editor'));
    expect(res.data?.upsertSkill.status).toBe('UPDATED');
    const after = await read(cached);
    expect(after.data?.skill.name).toBe('Written Through The API');
    expect((after.extensions?.queryStats as { roundTrips: number }).roundTrips).toBeGreaterThan(0);
  });

  it('does not store answers with errors', async () => {
    const bad = 'query($slug: String!) { skill(slug: $slug) { hiringCompanies(first: 1000) { slug } } }';
    const first = await post(cached.url, bad, { slug: SLUG });
    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const second = await post(cached.url, bad, { slug: SLUG });
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.headers.get('age')).toBeNull();
  });
});
