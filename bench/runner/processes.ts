import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

import { projectRoot } from '../../src/project-root';
import { CACHED_TTL_S, type TargetId } from '../scenarios';

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface TargetProcess {
  target: TargetId;
  port: number;
  pid: number;
  /** CPU time (user + system) the process has used so far, in ms. */
  cpuMs(): number;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Starts one target as its own Node process (one process, so its pid is the
 * server's): skillgraph is the real server compiled to `dist/` with production
 * settings; the fixtures run bench/targets/main.ts through tsx.
 */
export async function startTarget(target: TargetId, env: NodeJS.ProcessEnv): Promise<TargetProcess> {
  const port = await freePort();
  // skillgraph: the compiled server (bench/run.ts builds it first), as the Dockerfile runs it.
  const ours = target === 'skillgraph' || target === 'skillgraph-cached';
  const args = ours ? ['dist/src/main.js'] : ['--import', 'tsx', 'bench/targets/main.ts', target, String(port)];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: projectRoot,
    // RATE_LIMIT_MAX=0: all the load comes from one address, which the per-client rate limit would answer with 429.
    env: {
      ...env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      IMPORT_ON_START: 'false',
      RATE_LIMIT_MAX: '0',
      // Reported apart from the comparisons: answers repeat within the run, so most come from memory.
      RESPONSE_CACHE_TTL_S: target === 'skillgraph-cached' ? String(CACHED_TTL_S) : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
  child.stderr!.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 90_000;
  const probePath = target === 'raw-driver' ? '/s1?slug=-' : ours ? '/health' : '/graphql?query=%7B__typename%7D';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${target} exited during start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${target} did not answer within 90 s:\n${output}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}${probePath}`, { headers: { 'apollo-require-preflight': 'true' } });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  const stat = () => readFileSync(`/proc/${pid}/stat`, 'utf8');
  return {
    target,
    port,
    pid,
    cpuMs: () => {
      // Fields after the parenthesised command name: utime is the 14th field, stime the 15th.
      const fields = stat()
        .slice(stat().lastIndexOf(')') + 2)
        .split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    },
    peakRssMb: () => {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
