import { createServer, type Server } from 'node:http';
import type { Driver } from '../../src/db/driver';
import { toGlobalId } from '../../src/graphql/global-id';
import { launchChromium, type TestBrowser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';
import { API_KEYS_ENV, KEYS } from '../support/writes';

/**
 * A page on a second loopback origin (another port, as a Vite dev server would be) calls
 * the API in a real Chromium: a query with credentials (preflighted), an export download
 * whose headers it reads, and a third origin, outside CORS_ORIGINS, that the browser blocks.
 */
const MODEL_SECURITY = toGlobalId('Skill', 'model-security');

type PageResult = { ok: boolean; status?: number; body?: unknown; headers?: Record<string, string | null>; error?: string };

describe('CORS in a real browser', () => {
  let driver: Driver;
  let api: TestServer;
  let pages: Server;
  let pagePort: number;
  let browser: TestBrowser;
  beforeAll(async () => {
    driver = testDriver();
    pages = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>front end</title><p>a front end on its own origin</p>');
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagePort = (pages.address() as { port: number }).port;
    // Allowed: the page as served from localhost; 127.0.0.1 on the same port is another origin.
    api = await startTestServer(driver, { ...API_KEYS_ENV, CORS_ORIGINS: `http://localhost:${pagePort}` });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await new Promise((resolve) => pages.close(resolve));
    await driver.close();
  });

  /** Opens the page at `origin` and runs the calls there; console errors are collected. */
  async function fromPage(origin: string) {
    const page = await browser.browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`${origin}/`);
    const base = api.url.replace(/\/graphql$/, '');
    const result = await page.evaluate(
      async ({ base, id, key }) => {
        const call = async (url: string, init?: RequestInit, names: string[] = []) => {
          try {
            const res = await fetch(url, init);
            const text = await res.text();
            const headers = Object.fromEntries(names.map((n) => [n, res.headers.get(n)]));
            return { ok: true, status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text.length, headers };
          } catch (err) {
            return { ok: false, error: String(err) };
          }
        };
        const query = await call(
          `${base}/graphql`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-api-key': key, 'x-request-id': 'from-the-page' },
            body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { ... on Skill { name } } }', variables: { id } }),
          },
          ['x-request-id', 'ratelimit'],
        );
        const download = await call(`${base}/graph/export?center=${id}&limit=5&format=graphml`, undefined, [
          'x-graph-truncated',
          'x-graph-omitted-nodes',
          'content-disposition',
        ]);
        return { query, download };
      },
      { base, id: MODEL_SECURITY, key: KEYS.reader },
    );
    await page.close();
    return { ...(result as { query: PageResult; download: PageResult }), consoleErrors };
  }

  it('a page on an allowed origin queries /graphql with credentials and downloads an export, reading its headers', async () => {
    const { query, download, consoleErrors } = await fromPage(`http://localhost:${pagePort}`);
    expect(query).toMatchObject({ ok: true, status: 200, body: { data: { node: { name: 'Model Security' } } } });
    expect(query.headers!['x-request-id']).toBe('from-the-page');
    expect(query.headers!.ratelimit).toMatch(/; r=\d+; t=\d+$/); // draft-8 RateLimit: remaining and reset
    expect(download).toMatchObject({ ok: true, status: 200, headers: { 'x-graph-truncated': 'true' } });
    expect(Number(download.headers!['x-graph-omitted-nodes'])).toBeGreaterThan(0);
    expect(download.headers!['content-disposition']).toMatch(/^attachment; filename=.*\.graphml/);
    expect(download.body).toBeGreaterThan(100); // the GraphML text's length
    expect(consoleErrors).toEqual([]);
  });

  it('a page on an origin outside CORS_ORIGINS is blocked by the browser', async () => {
    const { query, download, consoleErrors } = await fromPage(`http://127.0.0.1:${pagePort}`);
    expect(query).toEqual({ ok: false, error: expect.stringMatching(/Failed to fetch/) });
    expect(download).toEqual({ ok: false, error: expect.stringMatching(/Failed to fetch/) });
    expect(consoleErrors.join('\n')).toMatch(/blocked by CORS policy/);
  });
});
