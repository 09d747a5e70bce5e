import type { Driver } from '../../src/db/driver';
import { toGlobalId } from '../../src/graphql/global-id';
import { CORS_ALLOWED_HEADERS } from '../../src/server/cors';
import { startTestServer, type TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';
import { API_KEYS_ENV } from '../support/writes';

/** CORS headers as a browser sees them (the browser test drives a real page: cors.browser.test.ts). */
const MODEL_SECURITY = toGlobalId('Skill', 'model-security');
const APP = 'http://localhost:5173';

const preflight = (url: string, origin: string, method = 'POST', headers = 'content-type, authorization') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });

describe('CORS', () => {
  let driver: Driver;
  const servers: TestServer[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer(driver, { ...API_KEYS_ENV, ...env });
    servers.push(server);
    return { graphql: server.url, exportUrl: server.url.replace(/\/graphql$/, `/graph/export?center=${MODEL_SECURITY}&limit=3`) };
  };
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await driver.close();
  });

  it('by default any origin may call /graphql and /graph/export, never with credentials', async () => {
    const { graphql, exportUrl } = await start({});
    for (const url of [graphql, exportUrl]) {
      const res = await preflight(url, APP, 'POST', CORS_ALLOWED_HEADERS.join(', '));
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET,HEAD,POST');
      expect(res.headers.get('access-control-allow-headers')!.split(',')).toEqual(CORS_ALLOWED_HEADERS);
      expect(res.headers.get('access-control-max-age')).toBe('600');
      expect(res.headers.has('access-control-allow-credentials')).toBe(false);
    }
    const post = await fetch(graphql, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json', 'x-request-id': 'cors-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    expect(post.headers.get('x-request-id')).toBe('cors-1');
    const exposed = post.headers.get('access-control-expose-headers')!.split(',');
    for (const name of ['x-graph-truncated', 'x-graph-omitted-nodes', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'x-request-id']) {
      expect(exposed).toContain(name);
    }
    const download = await fetch(exportUrl, { headers: { origin: APP } });
    expect(download.status).toBe(200);
    expect(download.headers.get('access-control-allow-origin')).toBe('*');
    expect(download.headers.get('x-graph-truncated')).toBe('true');
  });

  it('CORS_ORIGINS lists the origins allowed; others get no Access-Control-Allow-Origin, refusals stay readable', async () => {
    const { graphql, exportUrl } = await start({ CORS_ORIGINS: `${APP}, https://app.example.org`, RATE_LIMIT_MAX: '5' });
    const allowed = await preflight(graphql, 'https://app.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    for (const url of [graphql, exportUrl]) {
      const other = await preflight(url, 'https://evil.example');
      expect(other.headers.has('access-control-allow-origin')).toBe(false);
      const get = await fetch(url.includes('export') ? url : `${url}?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(get.headers.has('access-control-allow-origin')).toBe(false);
    }
    // A 401 and a 429 carry the CORS headers too, so the page can read why.
    const wrongKey = await fetch(graphql, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json', 'x-api-key': 'not-a-key-of-this-server-000' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.headers.get('access-control-allow-origin')).toBe(APP);
    let limited: Response | undefined;
    for (let i = 0; i < 10 && limited?.status !== 429; i++) {
      limited = await fetch(graphql, {
        method: 'POST',
        headers: { origin: APP, 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
    }
    expect(limited!.status).toBe(429);
    expect(limited!.headers.get('access-control-allow-origin')).toBe(APP);
    expect(limited!.headers.get('retry-after')).toBeTruthy();
  });

  it('CORS_ORIGINS=none sends no CORS headers at all', async () => {
    const { graphql } = await start({ CORS_ORIGINS: 'none' });
    const res = await preflight(graphql, APP);
    expect(res.headers.has('access-control-allow-origin')).toBe(false);
    expect(res.headers.has('access-control-allow-methods')).toBe(false);
  });
});
