import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root';

/**
 * The Docker image without Docker: the Dockerfile's stages replayed in temp folders
 * (COPY copies from this clone, `npm ci` links this clone's node_modules, `npm ci
 * --omit=dev` links only the production packages, `npm run` runs), then the image's
 * CMD against the test Neo4j. The runtime folder gets exactly what the Dockerfile
 * copies, so the pages must work without src/ (which the explorer's code imports from).
 */

interface Stage {
  name: string;
  dir: string;
  env: Record<string, string>;
  cmd: string[];
}

/** Top-level packages `npm ci --omit=dev` installs, from the lockfile. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, pkg]) => /^node_modules\/(@[^/]+\/)?[^/@]+$/.test(path) && !pkg.dev && !pkg.devOptional)
    .map(([path]) => path.slice('node_modules/'.length));
}

function linkNodeModules(dir: string, only: string[] | null): void {
  const source = join(projectRoot, 'node_modules');
  if (!only) return symlinkSync(source, join(dir, 'node_modules'), 'dir');
  for (const name of only) {
    if (!existsSync(join(source, name))) continue; // an optional package for another platform
    mkdirSync(join(dir, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(source, name), join(dir, 'node_modules', name), 'dir');
  }
}

function run(stage: Stage, command: string): void {
  const words = command.trim().split(/\s+/);
  const line = words.join(' ');
  if (line === 'npm ci') linkNodeModules(stage.dir, null);
  else if (line === 'npm ci --omit=dev') linkNodeModules(stage.dir, productionPackages());
  else if (line === 'npm cache clean --force') return;
  else if (words[0] === 'npm' && words[1] === 'run') execFileSync('npm', words.slice(1), { cwd: stage.dir, stdio: 'pipe' });
  else throw new Error(`the Dockerfile runs "${line}", which this test does not know how to replay`);
}

/** Replays every stage of the Dockerfile under `root`; returns the last (the image). */
function replayDockerfile(root: string): Stage {
  const stages: Stage[] = [];
  let stage: Stage | undefined;
  for (const raw of readFileSync(join(projectRoot, 'Dockerfile'), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [instruction, ...args] = line.split(/\s+/);
    if (instruction === 'FROM') {
      const name = args[2] ?? String(stages.length);
      stage = { name, dir: join(root, name), env: {}, cmd: [] };
      mkdirSync(stage.dir);
      stages.push(stage);
    } else if (!stage) throw new Error(`${instruction} before FROM`);
    else if (instruction === 'COPY') {
      const from = args[0].startsWith('--from=') ? stages.find((s) => s.name === args.shift()!.slice('--from='.length))! : null;
      const dest = join(stage.dir, args.pop()!);
      for (const src of args) {
        const path = from ? join(from.dir, src.replace(/^\/app\//, '')) : join(projectRoot, src);
        const target = dest.endsWith('/') || args.length > 1 ? join(dest, src.split('/').pop()!) : dest;
        cpSync(path, target, { recursive: true });
      }
    } else if (instruction === 'RUN') for (const command of args.join(' ').split('&&')) run(stage, command);
    else if (instruction === 'ENV') for (const pair of args) stage.env[pair.split('=')[0]] = pair.split('=')[1];
    else if (instruction === 'CMD') stage.cmd = JSON.parse(args.join(' ')) as string[];
    else if (!['WORKDIR', 'USER', 'EXPOSE'].includes(instruction)) throw new Error(`unknown instruction ${instruction}`);
  }
  return stage!;
}

describe('the Docker image, replayed without Docker', () => {
  const root = mkdtempSync(join(tmpdir(), 'skillgraph-image-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves the explorer and GraphiQL bundles without src/', async () => {
    const image = replayDockerfile(root);
    expect(readdirSync(image.dir)).not.toContain('src');
    expect(image.cmd[0]).toBe('node');

    const server = spawn(process.execPath, image.cmd.slice(1), {
      cwd: image.dir,
      env: {
        PATH: process.env.PATH,
        ...image.env,
        NEO4J_URI: process.env.NEO4J_URI,
        ...(process.env.NEO4J_PASSWORD ? { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD } : {}),
        HOST: '127.0.0.1',
        PORT: '0',
        SEED_ON_START: 'false',
        IMPORT_ON_START: 'false',
        LOG_LEVEL: 'info',
        // GraphiQL is off in production unless asked for, as docker-compose.yml's local stack does.
        GRAPHIQL: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
    try {
      const port = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /ready at http:\/\/[^:]+:(\d+)\//.exec(output);
          if (ready) resolve(ready[1]);
        };
        server.stdout!.on('data', onData);
        server.stderr!.on('data', onData);
        exited.then(() => reject(new Error(`the server exited:\n${output}`)));
      });
      const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
      const page = await get('/explore');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/explore/assets/main.js');
      for (const [path, file, type] of [
        ['/explore/assets/main.js', 'explorer/main.js', 'text/javascript'],
        ['/explore/assets/main.css', 'explorer/main.css', 'text/css'],
        ['/graphiql/assets/main.js', 'graphiql/main.js', 'text/javascript'],
        ['/graphiql/assets/main.css', 'graphiql/main.css', 'text/css'],
      ]) {
        const res = await get(path);
        expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({
          path,
          status: 200,
          type: `${type}; charset=utf-8`,
        });
        // Byte for byte what the build stage wrote: served, not rebuilt.
        const body = Buffer.from(await res.arrayBuffer());
        expect(body.equals(readFileSync(join(image.dir, 'dist/web', file)))).toBe(true);
      }
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
  }, 240_000);
});
