import type { Driver } from '../../src/db/driver';
import { startTestServer, type TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';

/**
 * README (Limits): the rate limit counts anonymous clients by address; with TRUST_PROXY
 * the address is the client's from X-Forwarded-For, without it the header is ignored,
 * so a client cannot buy a fresh budget by sending another one.
 */
describe('TRUST_PROXY and X-Forwarded-For', () => {
  let driver: Driver;
  const servers: TestServer[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer(driver, { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '600000', ...env });
    servers.push(server);
    return server;
  };
  /** The statuses of one request per forwarded address, in order. */
  const statuses = async (server: TestServer, forwardedFor: string[]) => {
    const out: number[] = [];
    for (const address of forwardedFor) out.push((await server.gql('{ __typename }', {}, { 'x-forwarded-for': address })).status);
    return out;
  };

  beforeAll(() => (driver = testDriver()));
  afterAll(async () => {
    for (const s of servers) await s.close();
    await driver.close();
  });

  it('untrusted (the default): X-Forwarded-For is ignored, every request counts against the peer address', async () => {
    const server = await start({});
    expect(await statuses(server, ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4'])).toEqual([200, 200, 429, 429]);
  });

  it('trusted (TRUST_PROXY=loopback, the proxy being this host): each forwarded client has its own budget', async () => {
    const server = await start({ TRUST_PROXY: 'loopback' });
    expect(await statuses(server, ['203.0.113.1', '203.0.113.1', '203.0.113.1'])).toEqual([200, 200, 429]);
    expect(await statuses(server, ['203.0.113.2', '203.0.113.2', '203.0.113.2'])).toEqual([200, 200, 429]);
    // The proxy's own requests (no header) are a client of their own too.
    expect((await server.gql('{ __typename }')).status).toBe(200);
  });

  it('a hop count trusts only that many proxies: the address one hop in front of them counts', async () => {
    const server = await start({ TRUST_PROXY: '1' });
    // One trusted hop: the last address in the header is the client; what a client put before it is not believed.
    expect(await statuses(server, ['198.51.100.7, 203.0.113.5', '198.51.100.8, 203.0.113.5', '203.0.113.5'])).toEqual([200, 200, 429]);
    expect(await statuses(server, ['203.0.113.5, 203.0.113.6'])).toEqual([200]);
  });
});
