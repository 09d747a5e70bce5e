/**
 * `npm run build:web [outDir]`: writes the browser bundles (explorer, GraphiQL) under
 * dist/web/, where the compiled server serves them from, so the Docker image needs
 * neither src/ nor esbuild at run time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundleWeb, prebuiltWebDir, WEB_ENTRIES } from '../src/server/web-bundle';

export async function writeWebBundles(outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const entry of Object.values(WEB_ENTRIES)) {
    const folder = join(outDir, dirname(entry));
    // Start clean: the server serves every file in the folder.
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [name, file] of await bundleWeb(entry)) {
      writeFileSync(join(folder, name), file.body);
      written.push(join(folder, name));
    }
  }
  return written;
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? prebuiltWebDir);
  writeWebBundles(outDir).then(
    (files) => process.stdout.write(`web bundles: ${files.length} files under ${outDir}\n`),
    (err: unknown) => {
      process.stderr.write(`build:web failed: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
