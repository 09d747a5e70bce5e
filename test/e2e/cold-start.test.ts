import { type OwnNeo4j, ownNeo4j } from '../support/own-neo4j';
import { type Spawned, spawnTs } from '../support/spawn';
import { waitUntil } from '../support/wait';

/**
 * A server and a Neo4j both freshly started, hit by 50 connections from the moment the
 * server listens (a replica joining under load, a rolling restart). Every request is
 * answered, with data or with 503 and Retry-After, well before a client would give up:
 * admission control keeps the cold server from taking on more than it can finish, and
 * /ready turns 200 only once the warm-up has run the hot operations.
 */
describe('cold start under load', () => {
  const CONNECTIONS = 50;
  const CLIENT_TIMEOUT_MS = 10_000;
  const QUEUE_MS = 2_000;
  let own: OwnNeo4j;
  let server: Spawned | undefined;

  beforeAll(async () => {
    own = await ownNeo4j('cold-start');
    await own.start();
  }, 300_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await own?.remove();
  }, 180_000);

  it('answers every request (data, or 503 with Retry-After) before the clients time out, and is ready only after the warm-up', async () => {
    server = spawnTs('src/main.ts', [], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      NEO4J_URI: own.neo4j.uri,
      IMPORT_ON_START: 'false',
      RATE_LIMIT_MAX: '0',
      PUBLIC_READ: 'true',
      ADMISSION_QUEUE_MS: String(QUEUE_MS),
      ...(process.env.COLD_START_MAX_CONCURRENT ? { MAX_CONCURRENT_REQUESTS: process.env.COLD_START_MAX_CONCURRENT } : {}),
      WARMUP_MS: '3000',
      LOG_LEVEL: 'info',
    });
    const listening = await server.waitFor(/listening at .*warming up/, 180_000);
    const base = /listening at (http:\/\/\S+?)\/graphql/.exec(listening)![1].replace('localhost', '127.0.0.1');

    type Outcome = { at: number; ms: number; result: string };
    const outcomes: Outcome[] = [];
    const readiness: Array<{ status: number; reason?: string }> = [];
    let running = true;
    const started = Date.now();
    // What a skill page asks for, a different skill per request.
    const slugs = ['model-security', 'python', 'adversarial-machine-learning', 'llm-security', 'mlsecops'];
    const client = async (n: number) => {
      for (let i = 0; running; i++) {
        const at = Date.now();
        const query = `query Page($slug: String!) { skill(slug: $slug) { name prerequisites { name } hiringCompanies(first: 10) { name } relatedSkills(first: 10) { score skill { name } } } }`;
        let result: string;
        let retryAfterS = 0;
        try {
          const res = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables: { slug: slugs[(n + i) % slugs.length] } }),
            signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
          });
          const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
          const code = body.errors?.[0]?.extensions?.code;
          result = res.status === 200 && !code ? 'OK' : `${res.status} ${code ?? ''} retry-after=${res.headers.get('retry-after')}`;
          retryAfterS = Number(res.headers.get('retry-after') ?? 0);
        } catch (err) {
          result = `${(err as Error).name}: ${(err as Error).message}`;
        }
        outcomes.push({ at: at - started, ms: Date.now() - at, result });
        // A well-behaved client honours Retry-After.
        if (retryAfterS > 0) await new Promise((r) => setTimeout(r, retryAfterS * 1000));
      }
    };
    const clients = Array.from({ length: CONNECTIONS }, (_, n) => client(n));
    try {
      const probe = async () => {
        while (running) {
          try {
            const res = await fetch(`${base}/ready`);
            readiness.push({ status: res.status, reason: ((await res.json()) as { reason?: string }).reason });
          } catch (err) {
            readiness.push({ status: 0, reason: `${(err as Error).message} ${String((err as { cause?: unknown }).cause)}` });
          }
          await new Promise((r) => setTimeout(r, 200));
        }
      };
      const probing = probe();
      await server.waitFor(/skillgraph ready at/, 120_000);
      await waitUntil('/ready to say 200', () => readiness.some((r) => r.status === 200)).catch((err: Error) => {
        throw new Error(`${err.message}\nreadiness: ${JSON.stringify(readiness.slice(-10))}\nserver:\n${server!.output().slice(-3000)}`);
      });
      // Keep the load on a few seconds past the warm-up.
      await new Promise((r) => setTimeout(r, 5_000));
      running = false;
      await probing;
    } finally {
      running = false;
      await Promise.all(clients);
    }

    const kinds = new Map<string, number>();
    for (const o of outcomes) kinds.set(o.result, (kinds.get(o.result) ?? 0) + 1);
    const summary = Object.fromEntries(kinds);
    // Only data, or a clear 503 with Retry-After: no client timed out, nothing else failed.
    expect(Object.keys(summary).filter((k) => k !== 'OK' && k !== '503 SERVICE_UNAVAILABLE retry-after=1')).toEqual([]);
    expect(summary.OK).toBeGreaterThan(CONNECTIONS);
    // A refusal comes once the queue deadline passes, never after a client gave up.
    const slowest = Math.max(...outcomes.map((o) => o.ms));
    expect(slowest).toBeLessThan(CLIENT_TIMEOUT_MS);
    // /ready said "warming up" before it said 200, and the log tells what the warm-up did.
    expect(readiness.findIndex((r) => r.reason === 'warming up')).toBeLessThan(readiness.findIndex((r) => r.status === 200));
    expect(server.output()).toMatch(/warm-up: \d+ operations in \d+ ms/);
    const okMs = outcomes
      .filter((o) => o.result === 'OK')
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    const firstOkAt = Math.min(...outcomes.filter((o) => o.result === 'OK').map((o) => o.at + o.ms));
    const pct = (q: number) => okMs[Math.min(okMs.length - 1, Math.floor(q * okMs.length))];
    process.stdout.write(
      `cold start under load: ${JSON.stringify({ summary, firstOkAtMs: firstOkAt, okP50Ms: pct(0.5), okP99Ms: pct(0.99), slowestMs: slowest })}\n`,
    );
  }, 300_000);
});
