import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return listenOnce(0);
}

/**
 * A free loopback port below Linux's ephemeral range (32768 up): for a server that must
 * get its port back after a restart. A port from freePort() is in that range, so while
 * the server is down any outgoing connection on the machine may take it as its source
 * port, and the restart then fails with "address in use".
 */
export async function freeFixedPort(): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    try {
      return await listenOnce(port);
    } catch (err) {
      if (attempt >= 50) throw err;
    }
  }
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first output line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** The exit code; rejects if the process is still running after `timeoutMs`. */
  exited(timeoutMs?: number): Promise<number | null>;
}

/** Runs a TypeScript entry point with tsx, as `npm start` does, capturing output. */
export function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv): Spawned {
  // tsx as a loader in this very process (not tsx's CLI, which runs the program in a
  // grandchild): a signal then reaches the program itself, and a kill leaves no orphan
  // holding our pipes open (which would keep jest from exiting).
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, entry), ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = out.split('\n').find((l) => pattern.test(l));
          if (line) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(line);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern}; output so far:\n${out.slice(-4000)}`));
        }, timeoutMs);
        listeners.add(check);
        exit.then(() => {
          check();
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`process exited before ${pattern}; output:\n${out.slice(-4000)}`));
          }
        });
        check();
      }),
    exited: (timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms:\n${out.slice(-4000)}`)), timeoutMs);
        exit.then((code) => {
          clearTimeout(timer);
          resolve(code);
        });
      }),
  };
}
