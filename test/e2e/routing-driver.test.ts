import neo4j, { type SessionConfig } from 'neo4j-driver';
import { createDriver, type Driver } from '../../src/db/driver';
import { startTestServer, type TestServer } from '../support/http';
import { removePrefixed } from '../support/neo4j';
import { testConfig } from '../support/test-config';
import { uniquePrefix } from '../support/unique';
import { API_KEYS_ENV, as } from '../support/writes';

/**
 * The server on the routing scheme that clusters and Aura use (`neo4j://`), against the
 * local single instance, which answers the routing table with itself in every role. The
 * driver is the real one; a proxy only writes down the access mode of every session and
 * executeQuery call the server makes, so the test can see reads leave as read work (what a
 * cluster sends to its secondaries) and writes as write work (to the leader).
 */
describe('routing driver (neo4j://)', () => {
  const P = uniquePrefix('routing');
  const config = testConfig();
  const routingUri = config.neo4j.uri!.replace(/^bolt:/, 'neo4j:');
  let real: Driver;
  let server: TestServer;
  const modes: string[] = [];

  beforeAll(async () => {
    real = createDriver({ uri: routingUri, user: config.neo4j.user, password: config.neo4j.password });
    const recording = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'session') {
          return (cfg: SessionConfig = {}) => {
            modes.push(`session:${cfg.defaultAccessMode ?? neo4j.session.WRITE}`);
            return target.session(cfg);
          };
        }
        if (prop === 'executeQuery') {
          return (query: string, params: unknown, cfg: { routing?: string } = {}) => {
            modes.push(`executeQuery:${cfg.routing ?? neo4j.routing.WRITE}`);
            return target.executeQuery(query, params as Record<string, unknown>, cfg as never);
          };
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    server = await startTestServer(recording, API_KEYS_ENV);
  });

  afterAll(async () => {
    await server?.close();
    await removePrefixed(real, P);
    await real?.close();
  });

  it('the routing driver connects to the single instance (it answers the routing table with itself)', async () => {
    expect(routingUri).toMatch(/^neo4j:\/\//);
    await real.verifyConnectivity();
    const info = await real.getServerInfo();
    expect(info.address).toMatch(/127\.0\.0\.1:\d+|localhost:\d+/);
  });

  it('reads go out as read work only; a write as write work; a read right after a write sees it (bookmarks)', async () => {
    modes.length = 0;
    const page = await server.gql(
      `{ skill(slug: "model-security") { name prerequisites { slug } hiringCompanies(first: 5) { slug } relatedSkills(first: 5) { skill { slug } } }
         search(text: "prompt injection", first: 3) { totalCount } frameworkItem(code: "LLM01:2025") { code } }`,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.skill.name).toBe('Model Security');
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set(['session:READ']));

    for (let i = 0; i < 5; i++) {
      modes.length = 0;
      const slug = `${P}skill-${i}`;
      const write = await server.gql(
        `mutation($input: SkillInput!) { upsertSkill(input: $input) { status } }`,
        { input: { slug, name: `Routing ${i}` } },
        as('editor'),
      );
      expect(write.data).toEqual({ upsertSkill: { status: 'CREATED' } });
      expect(modes.filter((m) => m.endsWith('WRITE')).length).toBeGreaterThan(0);
      // Read at once, through the same server: the read session carries the write's bookmark.
      const read = await server.gql(`query($slug: String!) { skill(slug: $slug) { name } }`, { slug });
      expect(read.data).toEqual({ skill: { name: `Routing ${i}` } });
    }
  });
});
