import { printMergedSchema } from '../../src/graphql/print-schema';
import { type Reply, useTestServer } from '../support/http';
import { API_KEYS_ENV, as } from '../support/writes';

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
  const t = useTestServer(API_KEYS_ENV);

  it('a 50-deep prerequisites nest hits MAX_DEPTH (400), while a 4-deep one runs', async () => {
    const deep = await t.gql(nest(50));
    expect(deep.status).toBe(400);
    expect(deep.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPTH_LIMIT' });
    expect(deep.errors![0].message).toMatch(/depth limit of 12/);
    const shallow = await t.gql(nest(4));
    expect(shallow.errors).toBeUndefined();
  });

  it('1,000 aliases hit MAX_ALIASES (400)', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await t.gql(query);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALIAS_LIMIT' });
  });

  it('a 1 MB query is refused by the body limit (413) before it is parsed', async () => {
    const query = `{ skill(slug: "${'x'.repeat(1024 * 1024)}") { name } }`;
    const res = await send(t.url, JSON.stringify({ query }));
    expect(res.status).toBe(413);
    expect(res.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' });
  });

  it('a query under the body limit but over MAX_TOKENS is refused by the parser (400)', async () => {
    const res = await t.gql(`{ ${'__typename '.repeat(6000)}}`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_LIMIT' });
  });

  it('100 batched operations are refused: batching is off by default', async () => {
    const res = await send(t.url, JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' }))));
    expect(res.status).toBe(400);
    expect(res.json.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BATCH_LIMIT' });
  });

  it('too many directives hit MAX_DIRECTIVES (400)', async () => {
    const res = await t.gql(`{ __typename ${'@include(if: true) '.repeat(50)}}`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DIRECTIVE_LIMIT' });
  });

  it('a shallow but wide query over MAX_COST is refused (list sizes and first weigh in)', async () => {
    const res = await t.gql(
      `query($n: Int) { skills(first: $n) { nodes { learningPath { skill { requiredBy { hiringCompanies { skills { slug } } } } } } } }`,
      { n: 100 },
    );
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COST_LIMIT', maxCost: 50_000 });
    expect(res.errors![0].extensions!.cost).toBeGreaterThan(50_000);
    // The same shape for a small page is fine.
    const small = await t.gql(`{ skills(first: 2) { nodes { learningPath { skill { slug } } } } }`);
    expect(small.errors).toBeUndefined();
  });

  it('CSRF prevention: a form-like POST without a preflight-forcing header is refused, saying what to send', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: '{"query":"mutation { deleteSkill(slug: \\"model-security\\") { status } }"}',
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors).toEqual([
        {
          message: expect.stringContaining('content-type: application/json, or add the header apollo-require-preflight: true'),
          extensions: { code: 'BAD_REQUEST', reason: 'CSRF_PREVENTION' },
        },
      ]);
    }
    const preflighted = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
      body: '{"query":"{ __typename }"}',
    });
    // Past CSRF prevention; Apollo then finds no JSON body.
    expect(JSON.stringify(await preflighted.json())).not.toContain('CSRF_PREVENTION');
  });

  it('GET runs queries without extra headers (urql, APQ over GET), and refuses mutations with 405', async () => {
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ skill(slug: "model-security") { name } }')}`);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { skill: { name: 'Model Security' } } });
    const mutation = await fetch(`${t.url}?query=${encodeURIComponent('mutation { deleteSkill(slug: "model-security") { status } }')}`);
    expect(mutation.status).toBe(405);
    expect(((await mutation.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('deep nesting is refused before parsing, naming the limit, over POST and GET', async () => {
    const deep = `{ skill(slug: "model-security") { name } a: skills(filter: { text: ${'['.repeat(2400)}"x"${']'.repeat(2400)} }) { totalCount } }`;
    const big = await send(t.url, JSON.stringify({ query: deep }));
    expect(big.status).toBe(400);
    expect(big.json.errors).toEqual([
      {
        message: expect.stringMatching(/more than 64 deep \(MAX_NESTING\)/),
        extensions: { code: 'BAD_USER_INPUT', reason: 'NESTING_LIMIT' },
      },
    ]);
    // (2,400 deep, within MAX_TOKENS, overflowed graphql-js's parser.) 65 brackets deep is refused, 60 passes the precheck (and is then a type error).
    const nested = (n: number) => `{ skills(filter: { text: ${'['.repeat(n)}"x"${']'.repeat(n)} }) { totalCount } }`;
    const refused = await fetch(`${t.url}?query=${encodeURIComponent(nested(65))}`);
    expect(((await refused.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NESTING_LIMIT',
    });
    const passed = await t.gql(nested(60));
    expect(passed.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify([big.json, passed])).not.toMatch(/call stack/i);
  });

  it('a flood of directives is one refusal, not one error per directive', async () => {
    const res = await t.gql(`{ __typename ${'@include(if: true) '.repeat(1000)}}`);
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      {
        message: 'The document uses more than 20 directives (MAX_DIRECTIVES).',
        extensions: { code: 'BAD_USER_INPUT', reason: 'DIRECTIVE_LIMIT' },
      },
    ]);
  });

  it('malformed JSON is a 400 with a JSON error body, not an HTML page', async () => {
    const res = await send(t.url, '{"query": ');
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('introspection is on in development, and so is GET /schema.graphql (the merged SDL)', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const sdl = await fetch(t.url.replace(/graphql$/, 'schema.graphql'));
    expect(sdl.headers.get('content-type')).toBe('application/graphql; charset=utf-8');
    expect(await sdl.text()).toBe(printMergedSchema());
  });

  it('field suggestions are given in development', async () => {
    const res = await t.gql('{ skill(slug: "x") { nme } }');
    expect(res.errors![0].message).toMatch(/Did you mean "name"/);
  });
});

describe('limits are configurable', () => {
  const t = useTestServer({
    ...API_KEYS_ENV,
    MAX_DEPTH: '3',
    MAX_BATCH: '5',
    MAX_BODY_SIZE: '4kb',
    IMPORT_MAX_BODY_SIZE: '64kb',
    MAX_COST: '100',
  });

  it('MAX_DEPTH=3 refuses a 4-deep query', async () => {
    expect((await t.gql(nest(1))).errors).toBeUndefined(); // skill > prerequisites > slug
    expect((await t.gql(nest(2))).errors![0].extensions!.reason).toBe('DEPTH_LIMIT');
  });

  it('MAX_BATCH=5 allows 5 operations per request and refuses 100', async () => {
    const ok = await send(t.url, JSON.stringify(Array.from({ length: 5 }, () => ({ query: '{ __typename }' }))));
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveLength(5);
    const res = await send(t.url, JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ __typename }' }))));
    expect(res.status).toBe(400);
    expect(res.json.errors![0].message).toMatch(/At most 5 operations/);
  });

  it('MAX_BODY_SIZE applies to everyone but admins, who get IMPORT_MAX_BODY_SIZE for imports', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(10_000) } });
    expect((await send(t.url, body)).status).toBe(413);
    expect((await send(t.url, body, as('editor'))).status).toBe(413);
    expect((await send(t.url, body, as('admin'))).status).toBe(200);
  });

  it('MAX_COST=100 refuses a page of 60 skills', async () => {
    expect((await t.gql('{ skills(first: 40) { nodes { slug } } }')).errors).toBeUndefined();
    const res = await t.gql('{ skills(first: 60) { nodes { slug } } }');
    expect(res.errors![0].extensions).toMatchObject({ reason: 'COST_LIMIT', maxCost: 100 });
  });

  it('a remembered cost follows the variables that set it: first, depth and @include', async () => {
    const page = 'query($n: Int) { skills(first: $n) { nodes { slug } } }';
    const refused = (res: Reply) => res.errors?.[0]?.extensions?.reason === 'COST_LIMIT';
    expect(refused(await t.gql(page, { n: 40 }))).toBe(false);
    expect(refused(await t.gql(page, { n: 60 }))).toBe(true);
    expect(refused(await t.gql(page, { n: 40 }))).toBe(false);
    expect(refused(await t.gql(page))).toBe(false); // the schema's default first: 20

    const optional =
      'query($s: String!, $all: Boolean!) { skill(slug: $s) { slug } skills(first: 60) @include(if: $all) { nodes { slug } } }';
    expect(refused(await t.gql(optional, { s: 'model-security', all: false }))).toBe(false);
    expect(refused(await t.gql(optional, { s: 'model-security', all: true }))).toBe(true);
    expect(refused(await t.gql(optional, { s: 'llm-security', all: false }))).toBe(false);

    // crosswalk returns a list with no size argument: maxHops multiplies it, 5 * hops * (1 + 1 + 5).
    const hops = 'query($h: Int) { crosswalk(code: "LLM01:2025", maxHops: $h) { item { code } path { code } } }';
    expect(refused(await t.gql(hops, { h: 2 }))).toBe(false);
    expect(refused(await t.gql(hops, { h: 3 }))).toBe(true);
  });
});

describe('per-client rate limit', () => {
  const t = useTestServer({ ...API_KEYS_ENV, RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });

  it('the 6th request in a window is 429 RATE_LIMITED with RateLimit headers; another client is counted apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await t.gql('{ __typename }')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await t.gql('{ __typename }');
    expect(limited.status).toBe(429);
    expect(limited.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    expect(limited.headers.get('ratelimit-policy')).toMatch(/q=5; w=60/);
    expect(limited.headers.get('retry-after')).toBeTruthy();
    // Guessing keys is limited too: a wrong key counts against the caller's address.
    expect((await t.gql('{ __typename }', {}, { 'x-api-key': 'guess-guess-guess-guess-guess' })).status).toBe(429);
    // A client with its own key has its own budget.
    expect((await t.gql('{ __typename }', {}, as('reader'))).status).toBe(200);
  });
});

describe('production mode', () => {
  const t = useTestServer({ NODE_ENV: 'production' });
  // A database that does not exist: the driver's errors must never reach a client.
  const broken = useTestServer({ NODE_ENV: 'production', NEO4J_DATABASE: 'nosuchdatabase' });

  it('introspection is off, and field suggestions are masked', async () => {
    const intro = await t.gql('{ __schema { queryType { name } } }');
    expect(intro.status).toBe(400);
    expect(intro.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await t.gql('{ skill(slug: "x") { nme } }');
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('GraphiQL and /schema.graphql are off: a browser opening /graphql is told why, queries still run', async () => {
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/GraphiQL is off on this server \(GRAPHIQL=true turns it on\)/);
    expect((await fetch(t.url.replace(/graphql$/, 'graphiql/vendor/graphiql.min.js'))).status).toBe(404);
    expect((await fetch(t.url.replace(/graphql$/, 'schema.graphql'))).status).toBe(404);
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: browser } });
    expect(get.status).toBe(200);
  });

  it('an unexpected failure is INTERNAL_SERVER_ERROR with no stack trace and no driver message', async () => {
    const res = await broken.gql('{ skill(slug: "model-security") { name } }');
    expect(res.errors![0]).toEqual({ message: 'Internal server error', path: ['skill'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(res)).not.toMatch(/nosuchdatabase|Neo4j|Neo\.|stack|\.ts:\d+/i);
  });
});

describe('production mode with INTROSPECTION=true and GRAPHIQL=true', () => {
  const t = useTestServer({ NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHIQL: 'true' });

  it('turns introspection, /schema.graphql and GraphiQL back on', async () => {
    expect((await t.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>');
    expect((await fetch(t.url.replace(/graphql$/, 'schema.graphql'))).status).toBe(200);
  });
});
