import type { Driver } from '../../src/db/driver';
import { startTestServer, type TestServer } from '../support/http';
import { testDriver } from '../support/neo4j';
import { API_KEYS_ENV, as, post } from '../support/writes';

/** Sends a raw body; returns status, headers and the parsed JSON. */
async function send(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    status: res.status,
    headers: res.headers,
    json: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> },
  };
}

const nest = (levels: number) => `{ skill(slug: "model-security") { ${'prerequisites { '.repeat(levels)}slug${' }'.repeat(levels)} } }`;

describe('abuse limits: each attack is refused before it costs anything', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, API_KEYS_ENV);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('a 50-deep prerequisites nest hits MAX_DEPTH (400), while a 4-deep one runs', async () => {
    const deep = await post(server.url, nest(50));
    expect(deep.status).toBe(400);
    expect(deep.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPTH_LIMIT' });
    expect(deep.errors![0].message).toMatch(/depth limit of 12/);
    const shallow = await post(server.url, nest(4));
    expect(shallow.errors).toBeUndefined();
  });

  it('1,000 aliases hit MAX_ALIASES (400)', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await post(server.url, query);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALIAS_LIMIT' });
  });

  it('a 1 MB query is refused by the body limit (413) before it is parsed', async () => {
    const query = `{ skill(slug: "${'x'.repeat(1024 * 1024)}") { name } }`;
    const res = await send(server.url, JSON.stringify({ query }));
    expect(res.status).toBe(413);
    expect(res.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' });
  });

  it('a query under the body limit but over MAX_TOKENS is refused by the parser (400)', async () => {
    const res = await post(server.url, `{ ${'__typename '.repeat(6000)}}`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_LIMIT' });
  });

  it('100 batched operations are refused: batching is off by default', async () => {
    const res = await send(server.url, JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' }))));
    expect(res.status).toBe(400);
    expect(res.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BATCH_LIMIT' });
  });

  it('too many directives hit MAX_DIRECTIVES (400)', async () => {
    const res = await post(server.url, `{ __typename ${'@include(if: true) '.repeat(50)}}`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DIRECTIVE_LIMIT' });
  });

  it('a shallow but wide query over MAX_COST is refused (list sizes and first weigh in)', async () => {
    const res = await post(
      server.url,
      `query($n: Int) { skills(first: $n) { nodes { learningPath { skill { requiredBy { hiringCompanies { skills { slug } } } } } } } }`,
      { n: 100 },
    );
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COST_LIMIT', maxCost: 50_000 });
    expect(res.errors![0].extensions!.cost).toBeGreaterThan(50_000);
    // The same shape for a small page is fine.
    const small = await post(server.url, `{ skills(first: 2) { nodes { learningPath { skill { slug } } } } }`);
    expect(small.errors).toBeUndefined();
  });

  it('CSRF prevention: a GET or text/plain POST without a preflight-forcing header is refused', async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const plain = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(plain.status).toBe(400);
    const allowed = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('malformed JSON is a 400 with a JSON error body, not an HTML page', async () => {
    const res = await send(server.url, '{"query": ');
    expect(res.status).toBe(400);
    expect(res.json.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('introspection is on in development', async () => {
    const res = await post(server.url, '{ __schema { queryType { name } } }');
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('field suggestions are given in development', async () => {
    const res = await post(server.url, '{ skill(slug: "x") { nme } }');
    expect(res.errors![0].message).toMatch(/Did you mean "name"/);
  });
});

describe('limits are configurable', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, {
      ...API_KEYS_ENV,
      MAX_DEPTH: '3',
      MAX_BATCH: '5',
      MAX_BODY_SIZE: '4kb',
      IMPORT_MAX_BODY_SIZE: '64kb',
      MAX_COST: '100',
    });
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('MAX_DEPTH=3 refuses a 4-deep query', async () => {
    expect((await post(server.url, nest(1))).errors).toBeUndefined(); // skill > prerequisites > slug
    expect((await post(server.url, nest(2))).errors![0].extensions!.reason).toBe('DEPTH_LIMIT');
  });

  it('MAX_BATCH=5 allows 5 operations per request and refuses 100', async () => {
    const ok = await send(server.url, JSON.stringify(Array.from({ length: 5 }, () => ({ query: '{ __typename }' }))));
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveLength(5);
    const res = await send(server.url, JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' }))));
    expect(res.status).toBe(400);
    expect(res.json.errors![0].message).toMatch(/At most 5 operations/);
  });

  it('MAX_BODY_SIZE applies to everyone but admins, who get IMPORT_MAX_BODY_SIZE for imports', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(10_000) } });
    expect((await send(server.url, body)).status).toBe(413);
    expect((await send(server.url, body, as('editor'))).status).toBe(413);
    expect((await send(server.url, body, as('admin'))).status).toBe(200);
  });

  it('MAX_COST=100 refuses a page of 60 skills', async () => {
    expect((await post(server.url, '{ skills(first: 40) { nodes { slug } } }')).errors).toBeUndefined();
    const res = await post(server.url, '{ skills(first: 60) { nodes { slug } } }');
    expect(res.errors![0].extensions).toMatchObject({ reason: 'COST_LIMIT', maxCost: 100 });
  });

  it('a remembered cost follows the variables that set it: first, depth and @include', async () => {
    const page = 'query($n: Int) { skills(first: $n) { nodes { slug } } }';
    const refused = (res: Awaited<ReturnType<typeof post>>) => res.errors?.[0]?.extensions?.reason === 'COST_LIMIT';
    expect(refused(await post(server.url, page, { n: 40 }))).toBe(false);
    expect(refused(await post(server.url, page, { n: 60 }))).toBe(true);
    expect(refused(await post(server.url, page, { n: 40 }))).toBe(false);
    expect(refused(await post(server.url, page))).toBe(false); // the schema's default first: 20

    const optional =
      'query($s: String!, $all: Boolean!) { skill(slug: $s) { slug } skills(first: 60) @include(if: $all) { nodes { slug } } }';
    expect(refused(await post(server.url, optional, { s: 'model-security', all: false }))).toBe(false);
    expect(refused(await post(server.url, optional, { s: 'model-security', all: true }))).toBe(true);
    expect(refused(await post(server.url, optional, { s: 'llm-security', all: false }))).toBe(false);

    // crosswalk returns a list with no size argument: maxHops multiplies it, 5 * hops * (1 + 1 + 5).
    const hops = 'query($h: Int) { crosswalk(code: "LLM01:2025", maxHops: $h) { item { code } path { code } } }';
    expect(refused(await post(server.url, hops, { h: 2 }))).toBe(false);
    expect(refused(await post(server.url, hops, { h: 3 }))).toBe(true);
  });
});

describe('per-client rate limit', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, { ...API_KEYS_ENV, RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('the 6th request in a window is 429 RATE_LIMITED with RateLimit headers; another client is counted apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(server.url, '{ __typename }')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await post(server.url, '{ __typename }');
    expect(limited.status).toBe(429);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    expect(limited.headers.get('ratelimit-policy')).toMatch(/q=5; w=60/);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    // Guessing keys is limited too: a wrong key counts against the caller's address.
    expect((await post(server.url, '{ __typename }', {}, { 'x-api-key': 'guess-guess-guess-guess-guess' })).status).toBe(429);
    // A client with its own key has its own budget.
    expect((await post(server.url, '{ __typename }', {}, as('reader'))).status).toBe(200);
  });
});

describe('production mode', () => {
  let driver: Driver;
  let server: TestServer;
  let broken: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, { NODE_ENV: 'production' });
    // A database that does not exist: the driver's errors must never reach a client.
    broken = await startTestServer(driver, { NODE_ENV: 'production', NEO4J_DATABASE: 'nosuchdatabase' });
  });
  afterAll(async () => {
    await server.close();
    await broken.close();
    await driver.close();
  });

  it('introspection is off, and field suggestions are masked', async () => {
    const intro = await post(server.url, '{ __schema { queryType { name } } }');
    expect(intro.status).toBe(400);
    expect(intro.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const typo = await post(server.url, '{ skill(slug: "x") { nme } }');
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('an unexpected failure is INTERNAL_SERVER_ERROR with no stack trace and no driver message', async () => {
    const res = await post(broken.url, '{ skill(slug: "model-security") { name } }');
    expect(res.errors![0]).toEqual({ message: 'Internal server error', path: ['skill'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res)).not.toMatch(/nosuchdatabase|Neo4j|Neo\.|stack|\.ts:\d+/i);
  });
});

describe('production mode with INTROSPECTION=true', () => {
  it('turns introspection back on', async () => {
    const driver = testDriver();
    const server = await startTestServer(driver, { NODE_ENV: 'production', INTROSPECTION: 'true' });
    try {
      expect((await post(server.url, '{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await server.close();
      await driver.close();
    }
  });
});
