import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver, type Driver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import type { LocalNeo4j } from '../../src/local-neo4j/local-neo4j';
import { checkReadiness } from '../../src/server/readiness';
import { bulkImport, IMPORT_GRAPH } from '../support/import-data';
import { type OwnNeo4j, ownNeo4j } from '../support/own-neo4j';
import { type Spawned, spawnTs } from '../support/spawn';
import { waitUntil } from '../support/wait';
import { API_KEYS_ENV, KEYS } from '../support/writes';

/**
 * Faults on a Neo4j of this test's own (a temp NEO4J_HOME on a free port, small heap),
 * so the shared test database is never stopped. The server runs as `npm start` does,
 * in a child process: it must survive Neo4j dying under load, answer
 * SERVICE_UNAVAILABLE meanwhile, and recover by itself; and a bulk import killed midway
 * must leave nothing behind.
 */
describe('Neo4j faults', () => {
  let own: OwnNeo4j;
  let neo4j: LocalNeo4j;
  let server: Spawned;
  let base: string;
  let driver: Driver;
  const startNeo4j = () => own.start();

  const query = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return {
      status: res.status,
      json: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> },
    };
  };
  const ready = async () => (await fetch(`${base}/ready`)).status;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function startServer(): Promise<void> {
    server = spawnTs('src/main.ts', [], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      NEO4J_URI: neo4j.uri,
      NEO4J_MAX_RETRY_MS: '1000',
      NEO4J_CONNECTION_TIMEOUT_MS: '2000',
      RATE_LIMIT_MAX: '0',
      IMPORT_ON_START: 'false', // the seed is enough here; the public data sets would only slow the start
      WARMUP_MS: '500',
      LOG_LEVEL: 'info',
      ...API_KEYS_ENV,
    });
    const line = await server.waitFor(/skillgraph ready at/, 120_000);
    base = /ready at (http:\/\/\S+?)\/graphql/.exec(line)![1];
  }

  beforeAll(async () => {
    own = await ownNeo4j('faults');
    neo4j = own.neo4j;
    await own.start();
    driver = createDriver({ uri: neo4j.uri, user: own.config.neo4j.user, password: own.config.neo4j.password });
  }, 300_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    await driver?.close();
    await own?.remove();
  }, 180_000);

  it('is not ready on a Neo4j without the schema; the server applies it at start and turns ready', async () => {
    const probe = new QueryRunner(driver, { database: 'neo4j' });
    const before = await checkReadiness(probe, 5_000);
    expect(before).toMatchObject({ ready: false, reason: expect.stringMatching(/schema not applied.*skill_slug_unique/) });
    await startServer();
    expect(await ready()).toBe(200);
  }, 180_000);

  it('survives Neo4j dying under load: SERVICE_UNAVAILABLE and /ready 503 meanwhile, then recovers by itself', async () => {
    const seen: Array<{ at: number; status: number; code: string }> = [];
    let running = true;
    const body = JSON.stringify({ query: '{ skill(slug: "model-security") { name hiringCompanies { slug } } }' });
    const client = async () => {
      while (running) {
        const started = Date.now();
        try {
          const res = await query(body);
          seen.push({ at: started, status: res.status, code: res.json.errors?.[0]?.extensions?.code ?? 'OK' });
        } catch (err) {
          seen.push({ at: started, status: 0, code: `NETWORK: ${(err as Error).message} ${String((err as { cause?: unknown }).cause)}` });
        }
        await sleep(20);
      }
    };
    const clients = Array.from({ length: 8 }, client);
    /** Answers of requests begun after `t` with this code. */
    const since = (t: number, code: string) => seen.filter((s) => s.at > t && s.code === code).length;

    let killedAt = 0;
    let restartedAt = 0;
    let recoveredAt = 0;
    try {
      await waitUntil('the load to be answered', () => since(0, 'OK') >= 8);
      expect(await ready()).toBe(200);
      killedAt = Date.now();
      process.kill(neo4j.pid()!, 'SIGKILL');
      await waitUntil('Neo4j to be gone', () => neo4j.pid() === null);

      await waitUntil('/ready to turn 503', async () => (await ready()) === 503);
      expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
      const during = await query(body);
      expect(during.status).toBe(503);
      expect(during.json.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(during.json)).not.toMatch(/Neo4j|Neo\.|ECONNREFUSED|stack/i);
      await waitUntil('the load to meet SERVICE_UNAVAILABLE', () => since(killedAt, 'SERVICE_UNAVAILABLE') > 0);

      restartedAt = Date.now();
      await startNeo4j();
      await waitUntil('/ready to turn 200 again', async () => (await ready()) === 200, { deadlineMs: 120_000, everyMs: 250 });
      recoveredAt = Date.now();
      // Every client gets answers again, by itself (nothing restarted the server).
      await waitUntil('the load to be answered again', () => since(recoveredAt, 'OK') >= 8 * 3);
    } finally {
      // Also when an expectation above fails: clients left running would keep jest from exiting.
      running = false;
      await Promise.all(clients);
    }

    expect(server.child.exitCode).toBeNull(); // the server never went down
    const unexpected = seen.filter((s) => s.code !== 'OK' && s.code !== 'SERVICE_UNAVAILABLE');
    // Every answer was data or SERVICE_UNAVAILABLE; never a crash, a 500 or a dropped connection.
    if (unexpected.length > 0) writeFileSync(join(tmpdir(), 'skillgraph-faults-server.log'), server.output());
    expect(unexpected.map((s) => `${s.status} ${s.code} at +${s.at - killedAt} ms`)).toEqual([]);
    expect(since(killedAt, 'SERVICE_UNAVAILABLE') - since(restartedAt, 'SERVICE_UNAVAILABLE')).toBeGreaterThan(0);
    // Once /ready says 200 again, every request begun after it is answered with data.
    expect(seen.filter((s) => s.at > recoveredAt && s.code !== 'OK')).toEqual([]);
  }, 300_000);

  it('a bulk import killed midway (SIGKILL of the server) leaves nothing behind', async () => {
    const count = async () => {
      const { records } = await driver.executeQuery(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels, COUNT { MATCH (n) WHERE n.slug STARTS WITH 't5k-' } AS ours",
      );
      return records[0].toObject();
    };
    const requestId = 'import-to-be-killed';
    const importTx = async () => {
      const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD metaData, status RETURN metaData, status');
      return records
        .map((r) => ({ meta: r.get('metaData') as { requestId?: string } | null, status: String(r.get('status')) }))
        .find((t) => t.meta?.requestId === requestId);
    };
    const before = await count();

    // The import's last edge leads to a seed skill whose relationships this test holds
    // locked (an open transaction that created one at it: Neo4j's relationship-group lock of
    // the node). The import (4,049 node rows, then one statement of 5,951 edges, at most
    // 10,000 items) takes its nodes' own locks first (src/writes/lock-nodes.ts, which this
    // lock does not block), writes its nodes, then waits on the group lock at that edge
    // inside its open transaction: it cannot commit before the kill, however fast the writer
    // gets (chunk size, pipelining).
    const input = bulkImport('t5k-', 9_999);
    input.edges.push({ from: { kind: 'SKILL', slug: 't5k-skill-0' }, type: 'REQUIRES', to: { kind: 'SKILL', slug: 'model-security' } });
    const holder = driver.session();
    const lock = await holder.beginTransaction();
    await lock.run("MATCH (s:Skill {slug: 'model-security'}) CREATE (s)-[:FAULTS_TEST_HOLD]->(:FaultsTestHold)");
    try {
      const pending = fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': KEYS.admin, 'x-request-id': requestId },
        body: JSON.stringify({ query: IMPORT_GRAPH, variables: { input } }),
      }).catch(() => 'connection dropped');

      // Midway: every node row written inside the open transaction (the server logs each
      // chunk), and the transaction blocked on the lock in the middle of the edges.
      await server.waitFor(/"rowsWritten":\d+/, 120_000);
      await waitUntil('the import to wait on the lock', async () => (await importTx())?.status.startsWith('Blocked'), {
        deadlineMs: 60_000,
        everyMs: 100,
      });
      server.child.kill('SIGKILL'); // spawnTs runs the server itself (tsx as a loader), no wrapper
      await server.exited(30_000);
      expect(await pending).toBe('connection dropped');
    } finally {
      await lock.rollback();
      await holder.close();
    }

    // Neo4j rolls the transaction back when the connection drops.
    await waitUntil('the import transaction to be rolled back', async () => (await importTx()) === undefined, { everyMs: 100 });
    expect(await count()).toEqual(before);
    expect(before.ours).toBe(0);
  }, 180_000);
  it('starts again over the pid file of a Neo4j that died, even when that pid is a zombie', async () => {
    // A zombie: `sh` forks `sleep 0.1`, then becomes `sleep 60`, which never reaps it. A
    // container's init may leave a killed Neo4j like this; Neo4j's own launcher reads such
    // a pid as "already running".
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(
        await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()))),
      );
      await waitUntil('the child to be a zombie', () => /\) Z /.test(readFileSync(`/proc/${zombie}/stat`, 'utf8')));
      await neo4j.stop();
      writeFileSync(join(neo4j.home, 'run', 'neo4j.pid'), `${zombie}\n`);
      expect(neo4j.pid()).toBeNull(); // ours already reads a zombie as gone
      await startNeo4j();
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      expect(records[0].get('one')).toBe(1);
    } finally {
      parent.kill('SIGKILL');
    }
  }, 240_000);
});
