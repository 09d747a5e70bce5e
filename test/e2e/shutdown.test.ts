import { connect, type Socket } from 'node:net';
import { spawnTs, type Spawned } from '../support/spawn';
import { testConfig } from '../support/test-config';

/**
 * SIGTERM with requests in flight: they finish (up to SHUTDOWN_GRACE_MS), new
 * connections are refused, and the process exits 0. The server runs as `npm start`
 * does, against the shared test Neo4j (given by URI, so it is not stopped).
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

  /** A POST whose body arrives in two parts: in flight until `finish` is called. */
  function slowRequest(port: number) {
    const body = JSON.stringify({ query: '{ skill(slug: "model-security") { name } }' });
    const socket: Socket = connect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString()));
    const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(response)));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));
    return { finish: () => socket.write(body.slice(10)), closed };
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

  it('lets an in-flight request finish, refuses new connections, exits 0', async () => {
    const { app, port } = await start(10_000);
    try {
      const inFlight = slowRequest(port);
      await new Promise((r) => setTimeout(r, 300));
      app.child.kill('SIGTERM');
      await app.waitFor(/shutting down/, 10_000);
      await new Promise((r) => setTimeout(r, 300));
      expect(await refused(port)).toBe(true);
      inFlight.finish();
      const response = await inFlight.closed;
      expect(response).toMatch(/^HTTP\/1\.1 200/);
      expect(response).toContain('"name":"Model Security"');
      expect(await app.exited(30_000)).toBe(0);
      expect(app.output()).toMatch(/stopped cleanly/);
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
    }
  }, 90_000);

  it('cuts a request that outlives SHUTDOWN_GRACE_MS and still exits 0', async () => {
    const { app, port } = await start(1_500);
    try {
      const stuck = slowRequest(port);
      await new Promise((r) => setTimeout(r, 300));
      const signalled = Date.now();
      app.child.kill('SIGTERM');
      expect(await stuck.closed).toBe(''); // closed at the deadline, no response
      const waited = Date.now() - signalled;
      expect(waited).toBeGreaterThanOrEqual(1_400);
      expect(await app.exited(30_000)).toBe(0);
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
    }
  }, 90_000);
});
