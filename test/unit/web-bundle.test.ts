import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { writeWebBundles } from '../../scripts/build-web';
import { readPrebuilt, WEB_ENTRIES } from '../../src/server/web-bundle';

describe('prebuilt web bundles (npm run build:web)', () => {
  const out = mkdtempSync(join(tmpdir(), 'skillgraph-web-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes each entry once and reads back exactly the files written', async () => {
    const written = await writeWebBundles(out);
    for (const entry of Object.values(WEB_ENTRIES)) {
      const folder = join(out, dirname(entry));
      const files = written.filter((f) => dirname(f) === folder).map((f) => basename(f));
      expect(files).toEqual(expect.arrayContaining(['main.js', 'main.css', 'main.js.map']));
      const served = readPrebuilt(entry, out)!;
      expect([...served.keys()].sort()).toEqual(files.sort());
      expect(served.get('main.js')!.contentType).toBe('text/javascript; charset=utf-8');
      expect(served.get('main.js')!.body.equals(readFileSync(join(folder, 'main.js')))).toBe(true);
    }
  });

  it('the bundles are self-contained: no require and no path into src/', () => {
    for (const entry of Object.values(WEB_ENTRIES)) {
      const js = readFileSync(join(out, dirname(entry), 'main.js'), 'utf8');
      expect(js).not.toMatch(/\brequire\(/);
      expect(js).not.toMatch(/\bsrc\//);
    }
    // The explorer does use src/graph-view/kind-style.ts: its colours are inlined.
    expect(readFileSync(join(out, 'explorer/main.js.map'), 'utf8')).toContain('src/graph-view/kind-style.ts');
  });

  it('what is on disk is served as is, never rebuilt', () => {
    writeFileSync(join(out, 'graphiql/main.js'), '/* marker */');
    expect(readPrebuilt(WEB_ENTRIES.graphiql, out)!.get('main.js')!.body.toString()).toBe('/* marker */');
    expect(readPrebuilt(WEB_ENTRIES.explorer, join(out, 'nothing-here'))).toBeNull();
  });
});
