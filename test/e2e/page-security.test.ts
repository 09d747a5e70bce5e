import { useTestServer } from '../support/http';

/** The policy README promises for the pages (src/server/explorer.route.ts), written out so a change to it shows here. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** The explorer and GraphiQL pages carry a strict Content-Security-Policy, and load nothing it would block. */
describe('page security headers', () => {
  const t = useTestServer();
  let base: string;
  beforeAll(async () => {
    base = t.url.replace(/\/graphql$/, '');
  });

  it.each([
    ['the explorer', '/explore'],
    ['GraphiQL', '/graphql'],
  ])('%s is sent with the exact Content-Security-Policy and nosniff', async (_name, path) => {
    const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');

    // What the policy allows must be enough: scripts and styles from this server only, no inline script.
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/[^/]/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i); // inline event handlers are inline script
    const links = [...html.matchAll(/<link\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]);
    for (const href of links) expect(href).toMatch(/^(\/[^/]|data:)/);
    // Every script and stylesheet the page names is served here.
    for (const src of [...scripts.map((s) => /\ssrc="([^"]+)"/.exec(s[1])![1]), ...links.filter((h) => h.startsWith('/'))]) {
      expect({ src, status: (await fetch(`${base}${src}`)).status }).toEqual({ src, status: 200 });
    }
  });
});
