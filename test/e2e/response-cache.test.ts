import neo4j from 'neo4j-driver';
import type { Driver } from '../../src/db/driver';
import { startTestServer, type TestServer } from '../support/http';
import { rawCypher, removePrefixed, testDriver } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';
import { API_KEYS_ENV, as } from '../support/writes';

const P = uniquePrefix('rc');
const SLUG = `${P}skill`;
const READ = 'query($slug: String!) { skill(slug: $slug) { slug name } }';
const UPSERT = 'mutation($input: SkillInput!) { upsertSkill(input: $input) { status } }';

/**
 * A driver whose next read, once `hold()` is called, gets its rows from Neo4j and then
 * waits until released: a request that read the graph and has not answered yet, held
 * there as long as the test needs, without timing anything. Writes pass straight through.
 */
function holdingDriver(driver: Driver) {
  let armed: { reached: () => void; released: Promise<void> } | null = null;
  const proxy = new Proxy(driver, {
    get(target, prop) {
      if (prop !== 'session') {
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        const hold = config?.defaultAccessMode === neo4j.session.READ ? armed : null;
        if (!hold) return session;
        armed = null;
        return new Proxy(session, {
          get(s, p) {
            const value = Reflect.get(s, p, s) as unknown;
            if (p !== 'run' || typeof value !== 'function') return typeof value === 'function' ? value.bind(s) : value;
            return async (...args: unknown[]) => {
              const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(s, args);
              hold.reached();
              await hold.released;
              return result;
            };
          },
        });
      };
    },
  });
  return {
    driver: proxy,
    /** Holds the next read; resolves `reached` once it has its rows. */
    hold() {
      let release!: () => void;
      let reached!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const isReached = new Promise<void>((resolve) => (reached = resolve));
      armed = { reached, released };
      return { reached: isReached, release };
    },
  };
}

/** RESPONSE_CACHE_TTL_S: answers served from memory, emptied by this replica's writes. */
describe('response cache', () => {
  let driver: Driver;
  let cached: TestServer;
  let plain: TestServer;
  let holding: ReturnType<typeof holdingDriver>;
  const read = (server: TestServer) => server.gql(READ, { slug: SLUG });
  const rename = (name: string) => rawCypher(driver, 'MATCH (s:Skill {slug: $slug}) SET s.name = $name', { slug: SLUG, name });

  beforeAll(async () => {
    driver = testDriver();
    holding = holdingDriver(driver);
    cached = await startTestServer(holding.driver, { ...API_KEYS_ENV, RESPONSE_CACHE_TTL_S: '60', QUERY_STATS: 'true' });
    plain = await startTestServer(driver, { QUERY_STATS: 'true' });
    const made = await cached.gql(UPSERT, { input: { slug: SLUG, name: 'Cache Probe' } }, as('editor'));
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
    const res = await cached.gql(UPSERT, { input: { slug: SLUG, name: 'Written Through The API' } }, as('editor'));
    expect(res.data?.upsertSkill.status).toBe('UPDATED');
    const after = await read(cached);
    expect(after.data?.skill.name).toBe('Written Through The API');
    expect((after.extensions?.queryStats as { roundTrips: number }).roundTrips).toBeGreaterThan(0);
  });

  it('does not store answers with errors', async () => {
    const bad = 'query($slug: String!) { skill(slug: $slug) { hiringCompanies(first: 1000) { slug } } }';
    const first = await cached.gql(bad, { slug: SLUG });
    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const second = await cached.gql(bad, { slug: SLUG });
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.headers.get('age')).toBeNull();
  });

  it('does not store an answer read while a mutation ran: the next read asks Neo4j and sees the write', async () => {
    const slug = `${P}during`;
    const query = 'query($slug: String!) { skill(slug: $slug) { slug name } }';
    const write = (name: string) => cached.gql(UPSERT, { input: { slug, name } }, as('editor'));
    expect((await write('Before')).data?.upsertSkill.status).toBe('CREATED');

    // A read that has its rows (the name before the write) but has not answered yet...
    const held = holding.hold();
    const during = cached.gql(query, { slug });
    await held.reached;
    // ...while a mutation runs and finishes, emptying the cache.
    expect((await write('After')).data?.upsertSkill.status).toBe('UPDATED');
    held.release();
    const stale = await during;
    expect(stale.data?.skill.name).toBe('Before');

    // Had that stale answer been stored, this would be it, from memory.
    const next = await cached.gql(query, { slug });
    expect(next.data?.skill.name).toBe('After');
    expect(next.headers.get('age')).toBeNull();
    expect((next.extensions?.queryStats as { roundTrips: number }).roundTrips).toBeGreaterThan(0);
    // And that answer, read after the write, is stored.
    const again = await cached.gql(query, { slug });
    expect(again.data?.skill.name).toBe('After');
    expect((again.extensions?.queryStats as { roundTrips: number }).roundTrips).toBe(0);
  });
});
