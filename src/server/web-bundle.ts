import { build } from 'esbuild';
import { extname, join } from 'node:path';
import { projectRoot } from '../project-root';

/** A built file, served from memory. */
export interface Asset {
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Browser code lives in web/ (TypeScript, typechecked with web/tsconfig.json). */
export const webDir = join(projectRoot, 'web');

const builds = new Map<string, Promise<Map<string, Asset>>>();

/**
 * Bundles a browser entry point (and the npm packages it imports, e.g. cytoscape)
 * with esbuild, in process and in memory, once per process, on first use. So
 * `npm start` on a fresh clone, CI and the Docker image need no build step and no
 * generated file is committed; the first request waits for the build (~0.5 s). A
 * failed build is retried on the next request.
 */
export function webBundle(entry: string): Promise<Map<string, Asset>> {
  const hit = builds.get(entry);
  if (hit) return hit;
  const pending = build({
    entryPoints: { main: join(webDir, entry) },
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    outdir: '/bundle',
    write: false,
    logLevel: 'silent',
    legalComments: 'linked',
  }).then((result) => {
    const assets = new Map<string, Asset>();
    for (const file of result.outputFiles) {
      const name = file.path.slice('/bundle/'.length);
      assets.set(name, { contentType: CONTENT_TYPES[extname(name)] ?? 'text/plain; charset=utf-8', body: Buffer.from(file.contents) });
    }
    return assets;
  });
  pending.catch(() => builds.delete(entry));
  builds.set(entry, pending);
  return pending;
}
