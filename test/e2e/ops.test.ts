import { Writable } from 'node:stream';
import { serverAudits } from 'graphql-http';
import type { Driver } from '../../src/db/driver';
import { createLogger } from '../../src/logger';
import { createHttpApp, type HttpApp } from '../../src/server/http-app';
import { gql } from '../support/http';
import { testDriver } from '../support/neo4j';
import { testConfig } from '../support/test-config';
import { API_KEYS_ENV, as } from '../support/writes';

describe('operations: probes, metrics, request ids in logs, GraphQL over HTTP', () => {
  let driver: Driver;
  let app: HttpApp;
  let base: string;
  const lines: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    driver = testDriver();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    app = await createHttpApp({ driver, config: testConfig(API_KEYS_ENV), log: createLogger('info', sink) });
    base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await app.close();
    await driver.close();
  });

  it('/health answers 200 and /ready 200 when Neo4j is up and the schema applied', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('honours a sane x-request-id, replaces an unsafe one, and logs every request with it', async () => {
    const mine = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42.a', ...as('editor') },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(mine.headers.get('x-request-id')).toBe('trace-42.a');
    const unsafe = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'evil\u00e9 id' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.requestId === 'trace-42.a' && l.msg === 'request completed');
    expect(line).toMatchObject({ principal: expect.stringMatching(/^key:editor:/), res: { statusCode: 200 } });
    expect(JSON.stringify(lines)).not.toContain('editor-key-for-tests');
  });

  it('logs each write with who made it', async () => {
    await gql(`${base}/graphql`, 'mutation { deleteSkill(slug: "t5o-never-existed") { status } }', {}, as('editor'));
    expect(lines.find((l) => l.mutation === 'deleteSkill')).toMatchObject({
      principal: expect.stringMatching(/^key:editor:/),
      status: 'UNCHANGED',
    });
  });

  it('/metrics exposes operations, durations, errors by code, Cypher round trips, batch sizes and the pool', async () => {
    await gql(`${base}/graphql`, 'query SkillPage { skills(first: 5) { nodes { slug prerequisites { slug } hiringCompanies { slug } } } }');
    await gql(`${base}/graphql`, 'query Broken { skill(slug: "x") { nope } }');
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/skillgraph_graphql_operations_total\{operation="SkillPage",type="query",outcome="ok"\} 1/);
    expect(text).toMatch(/skillgraph_graphql_operation_duration_seconds_count\{operation="SkillPage",type="query"\} 1/);
    expect(text).toMatch(/skillgraph_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1/);
    expect(text).toMatch(/skillgraph_cypher_statements_total\{statement="skill\/page",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/skillgraph_cypher_statement_duration_seconds_count\{statement="skill\/prerequisites"\} [1-9]/);
    // One batch of 5 keys answered the prerequisites of the whole page.
    expect(text).toMatch(/skillgraph_dataloader_batch_size_bucket\{le="5",statement="skill\/prerequisites"\} 1/);
    expect(text).toMatch(/skillgraph_neo4j_pool_connections\{state="idle"\} [1-9]/);
    expect(text).toMatch(/skillgraph_neo4j_transactions_in_flight 0/);
    expect(text).toMatch(/skillgraph_http_requests_total\{route="\/graphql",method="POST",status="200"\}/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });

  it('passes every MUST of the GraphQL-over-HTTP audits (graphql-http)', async () => {
    const results = await Promise.all(serverAudits({ url: `${base}/graphql` }).map((audit) => audit.fn()));
    const musts = results.filter((r) => r.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThan(10);
    expect(musts.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
  });
});

/** README (Operations): probes and metrics bypass credentials and the rate limit. */
describe('probes and metrics behind PUBLIC_READ=false and a rate limit', () => {
  let driver: Driver;
  let app: HttpApp;
  let base: string;
  beforeAll(async () => {
    driver = testDriver();
    const config = testConfig({ ...API_KEYS_ENV, PUBLIC_READ: 'false', RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '600000' });
    app = await createHttpApp({ driver, config, log: createLogger('silent') });
    base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await app.close();
    await driver.close();
  });

  it('answer without credentials, with wrong ones, and after this client is rate limited', async () => {
    // This client's budget spent on /graphql: refused for want of credentials, then for the rate.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await gql(`${base}/graphql`, '{ __typename }')).status);
    expect(statuses).toEqual([401, 401, 429]);

    const credentials: Array<Record<string, string>> = [
      {},
      { 'x-api-key': 'not-a-key-not-a-key-not-a-key' },
      { authorization: 'Bearer x.y.z' },
    ];
    for (const headers of credentials) {
      for (let i = 0; i < 3; i++) {
        const health = await fetch(`${base}/health`, { headers });
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok' });
        const ready = await fetch(`${base}/ready`, { headers });
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ status: 'ready' });
        const metrics = await fetch(`${base}/metrics`, { headers });
        expect(metrics.status).toBe(200);
        expect(await metrics.text()).toMatch(/^skillgraph_http_requests_total\{/m);
        // Not counted: no rate-limit headers on them.
        for (const res of [health, ready, metrics]) expect(res.headers.get('ratelimit')).toBeNull();
      }
    }
    // The limit still holds for /graphql: the probes neither used nor reset it.
    expect((await gql(`${base}/graphql`, '{ __typename }', {}, as('reader'))).status).toBe(200);
    expect((await gql(`${base}/graphql`, '{ __typename }')).status).toBe(429);
  });
});
