import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config';
import type { Driver } from '../../src/db/driver';
import { createLogger } from '../../src/logger';
import { createHttpApp, type HttpApp } from '../../src/server/http-app';
import { gql, type Reply } from '../support/http';
import { removePrefixed, testDriver } from '../support/neo4j';
import { ownRedis, type OwnRedis } from '../support/redis';
import { testConfig } from '../support/test-config';
import { uniquePrefix } from '../support/unique';
import { waitUntil } from '../support/wait';
import { as, KEYS } from '../support/writes';

const P = uniquePrefix('replicas');
const SLUG = `${P}skill`;
const READ = 'query($slug: String!) { skill(slug: $slug) { slug name } }';
const UPSERT = 'mutation($input: SkillInput!) { upsertSkill(input: $input) { status } }';

/** Reader keys, one per step, so each step counts its own window of the rate limit. */
const STEPS = ['shared', 'cache', 'load-0', 'load-1', 'load-2', 'load-3', 'local', 'back'] as const;
const readerKey = (step: (typeof STEPS)[number]) => `reader-${step}-key-for-replica-tests`;
const by = (step: (typeof STEPS)[number]) => ({ 'x-api-key': readerKey(step) });

interface Replica {
  app: HttpApp;
  url: string;
  /** The replica's log, parsed. */
  lines: Array<{ msg?: string; level?: number }>;
  read(headers: Record<string, string>): Promise<Reply>;
}

/** How many lines of a replica's log start with `msg`. */
const logged = (replica: Replica, msg: string) => replica.lines.filter((l) => l.msg?.startsWith(msg)).length;

/** `n` reads one after the other; their statuses. */
async function reads(replica: Replica, n: number, headers: Record<string, string>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push((await replica.read(headers)).status);
  return statuses;
}

/**
 * Two replicas in this process over one Neo4j and one Redis of the test's own (REDIS_URL):
 * they count the rate limit together and empty each other's response cache on a write;
 * with Redis stopped they keep serving on their own, and they come back to it by themselves.
 */
describe('replicas sharing state through Redis', () => {
  let redis: OwnRedis;
  let driver: Driver;
  let a: Replica;
  let b: Replica;

  const replica = async (): Promise<Replica> => {
    const lines: Replica['lines'] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line) as Replica['lines'][number]);
        done();
      },
    });
    const keys = [...Object.entries(KEYS).map(([role, key]) => `${role}:${key}`), ...STEPS.map((s) => `reader:${readerKey(s)}`)];
    const config = testConfig({
      SKILLGRAPH_API_KEYS: keys.join(','),
      RATE_LIMIT_MAX: '10',
      // Long enough that no window ends during the test.
      RATE_LIMIT_WINDOW_MS: '3600000',
      RESPONSE_CACHE_TTL_S: '60',
      REDIS_URL: redis.url,
    });
    const app = await createHttpApp({ driver, config, log: createLogger('info', sink) });
    const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}/graphql`;
    return { app, url, lines, read: (headers) => gql(url, READ, { slug: SLUG }, headers) };
  };
  const write = (on: Replica, name: string) => gql(on.url, UPSERT, { input: { slug: SLUG, name } }, as('editor'));
  const nameOn = async (on: Replica, step: (typeof STEPS)[number]) => {
    const reply = await on.read(by(step));
    expect(reply.status).toBe(200);
    return { name: (reply.data?.skill as { name: string }).name, cached: reply.headers.get('age') !== null };
  };

  beforeAll(async () => {
    redis = await ownRedis();
    await redis.start();
    driver = testDriver();
    a = await replica();
    b = await replica();
    await waitUntil('both replicas to reach Redis', () => logged(a, 'redis connected') + logged(b, 'redis connected') === 2);
  });
  afterAll(async () => {
    await removePrefixed(driver, P);
    await a?.app.close();
    await b?.app.close();
    await redis?.remove();
    await driver?.close();
  }, 60_000);

  it('counts the rate limit across both: 6 requests on A and 4 on B use up 10, the next on B is refused', async () => {
    expect(await reads(a, 6, by('shared'))).toEqual(Array(6).fill(200));
    expect(await reads(b, 4, by('shared'))).toEqual(Array(4).fill(200));
    const refused = await b.read(by('shared'));
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('shows a write taken by A on the next read on B, though B had the answer cached', async () => {
    expect((await write(a, 'Before')).data).toEqual({ upsertSkill: { status: 'CREATED' } });
    expect(await nameOn(b, 'cache')).toEqual({ name: 'Before', cached: false });
    expect(await nameOn(b, 'cache')).toEqual({ name: 'Before', cached: true });
    expect((await write(a, 'After')).data).toEqual({ upsertSkill: { status: 'UPDATED' } });
    expect(await nameOn(b, 'cache')).toEqual({ name: 'After', cached: false });
  });

  it('keeps serving with Redis stopped under load, on per-process limits, says so once, and returns to Redis when it is back', async () => {
    // Load: four clients, each on its own key, alternating replicas, until told to stop.
    const statuses: Array<{ status: number; afterFallback: boolean }> = [];
    let fellBack = false;
    let loading = true;
    const load = ['load-0', 'load-1', 'load-2', 'load-3'].map(async (step, i) => {
      for (let n = i; loading; n++) {
        const reply = await (n % 2 ? a : b).read(by(step as (typeof STEPS)[number]));
        statuses.push({ status: reply.status, afterFallback: fellBack });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    await waitUntil('load before the stop', () => statuses.length >= 20);
    await redis.stop();
    await waitUntil(
      'both replicas to log the fallback',
      () => logged(a, 'redis unavailable') === 1 && logged(b, 'redis unavailable') === 1,
    );
    fellBack = true;
    await waitUntil('load after the fallback', () => statuses.filter((s) => s.afterFallback).length >= 40);
    loading = false;
    await Promise.all(load);

    // Served throughout: answers or rate-limit refusals, never a server error.
    expect(statuses.filter((s) => s.status !== 200 && s.status !== 429)).toEqual([]);
    // Fresh per-process counters: the load keys, used up in Redis, are served again.
    expect(statuses.some((s) => s.afterFallback && s.status === 200)).toBe(true);
    // Logged once per replica, however many requests went by.
    expect(logged(a, 'redis unavailable')).toBe(1);
    expect(logged(b, 'redis unavailable')).toBe(1);

    // Per-process limits: 10 on each replica.
    expect(await reads(a, 10, by('local'))).toEqual(Array(10).fill(200));
    expect(await reads(b, 10, by('local'))).toEqual(Array(10).fill(200));
    expect((await a.read(by('local'))).status).toBe(429);
    expect((await b.read(by('local'))).status).toBe(429);
    // Writes still go through, and empty the cache of the replica that took them.
    expect((await write(a, 'Offline')).status).toBe(200);
    expect((await nameOn(a, 'cache')).name).toBe('Offline');

    await redis.start();
    await waitUntil(
      'both replicas back on Redis',
      () => logged(a, 'redis reachable again') === 1 && logged(b, 'redis reachable again') === 1,
    );
    // B's cache may hold an answer from before A's write while Redis was away: emptied on return.
    expect((await nameOn(b, 'cache')).name).toBe('Offline');
    // Shared again: 6 on A and 4 on B use up the 10.
    expect(await reads(a, 6, by('back'))).toEqual(Array(6).fill(200));
    expect(await reads(b, 4, by('back'))).toEqual(Array(4).fill(200));
    expect((await b.read(by('back'))).status).toBe(429);
  });

  it('refuses a REDIS_URL that is not a redis:// or rediss:// URL, naming the variable', () => {
    for (const bad of ['http://127.0.0.1:6379', '127.0.0.1:6379', 'redis://']) {
      expect(() => parseConfig({ REDIS_URL: bad })).toThrow('REDIS_URL: a redis:// or rediss:// URL such as redis://127.0.0.1:6379');
    }
    expect(parseConfig({ REDIS_URL: 'rediss://user:secret@cache.internal:6380/0' }).redisUrl).toBe(
      'rediss://user:secret@cache.internal:6380/0',
    );
    expect(parseConfig({}).redisUrl).toBeNull();
  });
});
