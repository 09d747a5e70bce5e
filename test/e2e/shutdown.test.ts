import { connect, type Socket } from 'node:net';
import { spawnTs, type Spawned } from '../support/spawn';
import { testConfig } from '../support/test-config';
import { waitUntil } from '../support/wait';

/**
 * SIGTERM with requests in flight: they finish (up to SHUTDOWN_GRACE_MS), new
 * connections are refused, /ready answers 503, and the process exits 0. The server runs
 * as `npm start` does, against the shared test Neo4j (given by URI, so it is not stopped).
 */
describe('graceful shutdown on SIGTERM', () => {
  async function start(graceMs: number): Promise<{ app: Spawned; port: number }> {
    const app = spawnTs('src/main.ts', [], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      NEO4J_URI: testConfig().neo4j.uri,
      SHUTDOWN_GRACE_MS: String(graceMs),
      IMPORT_ON_START: 'false',
      LOG_LEVEL: 'info',
    });
    const line = await app.waitFor(/skillgraph ready at/, 60_000);
    return { app, port: Number(/:(\d+)\/graphql/.exec(line)![1]) };
  }

  /**
   * A POST on a keep-alive connection whose body is held back: in flight until `finish`.
   * `Expect: 100-continue` makes the server say when it has taken the request in (Node
   * answers 100 as it hands the request to the app), so the test waits on that, not on a
   * sleep. `finish` may pipeline more requests behind it on the same connection.
   */
  async function heldRequest(port: number) {
    const body = JSON.stringify({ query: '{ skill(slug: "model-security") { name } }' });
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
    );
    await waitUntil('the server to take the request in (100 Continue)', () => received.startsWith('HTTP/1.1 100 Continue\r\n\r\n'));
    return {
      finish: (pipelined = '') => socket.write(body + pipelined),
      /** Everything the server sent after its 100 Continue, once it closed the connection. */
      closed: closed.then((all) => all.replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '')),
    };
  }

  const refused = (port: number) =>
    new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.on('connect', () => {
        s.destroy();
        resolve(false);
      });
      s.on('error', () => resolve(true));
    });

  /** The responses in `text` (HTTP/1.1, bodies by content-length), in order. */
  function responses(text: string): Array<{ status: number; body: string }> {
    const out: Array<{ status: number; body: string }> = [];
    let rest = text;
    while (rest.length > 0) {
      const end = rest.indexOf('\r\n\r\n');
      const head = rest.slice(0, end);
      const length = Number(/^content-length: (\d+)$/im.exec(head)?.[1] ?? 0);
      out.push({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), body: rest.slice(end + 4, end + 4 + length) });
      rest = rest.slice(end + 4 + length);
    }
    return out;
  }

  it('lets an in-flight request finish, refuses new connections, answers /ready 503 meanwhile, exits 0', async () => {
    // A grace far beyond anything the steps below take: the request must finish, not race a deadline.
    const { app, port } = await start(60_000);
    try {
      const inFlight = await heldRequest(port);
      app.child.kill('SIGTERM');
      await app.waitFor(/shutting down/, 30_000);
      await waitUntil('new connections to be refused', () => refused(port));
      // A load balancer's probe behind the request on the same connection: the only way in now.
      inFlight.finish('GET /ready HTTP/1.1\r\nHost: localhost\r\n\r\n');
      const [answer, ready, ...more] = responses(await inFlight.closed);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { skill: { name: 'Model Security' } } });
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toEqual({ status: 'unavailable', reason: 'shutting down' });
      expect(more).toEqual([]);
      expect(await app.exited(60_000)).toBe(0);
      expect(app.output()).toMatch(/stopped cleanly/);
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
    }
  }, 180_000);

  it('cuts a request that outlives SHUTDOWN_GRACE_MS and still exits 0', async () => {
    const { app, port } = await start(1_500);
    try {
      // Its body never comes, so only the grace deadline can end it.
      const stuck = await heldRequest(port);
      app.child.kill('SIGTERM');
      expect(await stuck.closed).toBe(''); // cut: no response at all
      expect(await app.exited(60_000)).toBe(0);
      expect(app.output()).toMatch(/stopped cleanly/);
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
    }
  }, 120_000);
});
