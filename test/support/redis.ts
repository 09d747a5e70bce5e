import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeFixedPort } from './spawn';
import { waitUntil } from './wait';

export interface OwnRedis {
  /** `redis://127.0.0.1:<port>`, the same across restarts. */
  url: string;
  /** Starts it (again) on its port. */
  start(): Promise<void>;
  /** Stops it and waits until the process is gone. */
  stop(): Promise<void>;
  /** Stops it and deletes its folder. */
  remove(): Promise<void>;
}

/**
 * A Redis of a test's own, from Debian's redis-server: loopback only, on a free port below
 * the ephemeral range (so a restart gets it back), nothing saved to disk, its own working
 * folder. Never the system's instance on 6379.
 */
export async function ownRedis(): Promise<OwnRedis> {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error) throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does it)');
  const port = await freeFixedPort();
  const dir = mkdtempSync(join(tmpdir(), 'skillgraph-redis-'));
  let child: ChildProcess | null = null;
  let output = '';
  const ping = () => spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG';

  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    child = null;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      if (child) throw new Error('this Redis is already running');
      output = '';
      const started = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = started;
      started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitUntil(`redis-server on port ${port}`, () => {
        if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}:\n${output}`);
        return ping();
      });
    },
    stop,
    remove: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
