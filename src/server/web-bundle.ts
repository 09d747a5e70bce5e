import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
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

const asset = (name: string, body: Buffer): Asset => ({
  contentType: CONTENT_TYPES[extname(name)] ?? 'text/plain; charset=utf-8',
  body,
});

/** Browser code lives in web/ (TypeScript, typechecked with web/tsconfig.json). */
export const webDir = join(projectRoot, 'web');

/** The browser entry points, relative to web/. Each bundles to `main.js` (+ css, maps) in its folder. */
export const WEB_ENTRIES = { explorer: 'explorer/main.ts', graphiql: 'graphiql/main.ts' } as const;
export type WebEntry = (typeof WEB_ENTRIES)[keyof typeof WEB_ENTRIES];

/** Where `npm run build` (build:web) writes the bundles: dist/web/<entry folder>/. */
export const prebuiltWebDir = join(projectRoot, 'dist', 'web');

/**
 * Only the compiled server (dist/, the Docker image) serves prebuilt bundles: the
 * image has neither src/ (the explorer imports src/graph-view/kind-style.ts) nor
 * esbuild. Run from source (tsx, jest), it always bundles afresh, so a stale dist/web
 * can never hide an edit to web/.
 */
const servesPrebuilt = extname(__filename) === '.js';

/**
 * Bundles an entry point (and the npm packages it imports, e.g. cytoscape) with
 * esbuild in memory. esbuild is loaded here only, so a server with prebuilt bundles
 * never needs it.
 */
export async function bundleWeb(entry: WebEntry): Promise<Map<string, Asset>> {
  const { build } = await import('esbuild');
  // The output folder build:web writes to, so source-map paths match either way.
  const outdir = join(prebuiltWebDir, dirname(entry));
  const result = await build({
    entryPoints: { main: join(webDir, entry) },
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    outdir,
    write: false,
    logLevel: 'silent',
    legalComments: 'linked',
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = relative(outdir, file.path);
    assets.set(name, asset(name, Buffer.from(file.contents)));
  }
  return assets;
}

/** The bundle of an entry as build:web wrote it under `dir`, or null when there is none. */
export function readPrebuilt(entry: WebEntry, dir: string): Map<string, Asset> | null {
  const folder = join(dir, dirname(entry));
  if (!existsSync(join(folder, 'main.js'))) return null;
  return new Map(readdirSync(folder).map((name) => [name, asset(name, readFileSync(join(folder, name)))]));
}

const bundles = new Map<string, Promise<Map<string, Asset>>>();

/**
 * An entry's bundle, once per process, on first use: the prebuilt files when the
 * compiled server has them, else built in memory (`npm start` on a fresh clone and
 * the tests need no build step; the first request waits ~0.5 s). A failed build is
 * retried on the next request.
 */
export function webBundle(entry: WebEntry): Promise<Map<string, Asset>> {
  const hit = bundles.get(entry);
  if (hit) return hit;
  const prebuilt = servesPrebuilt ? readPrebuilt(entry, prebuiltWebDir) : null;
  const pending = prebuilt ? Promise.resolve(prebuilt) : bundleWeb(entry);
  pending.catch(() => bundles.delete(entry));
  bundles.set(entry, pending);
  return pending;
}
