import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { projectRoot } from '../../../src/project-root';
import { useTestServer } from '../../support/http';

/** The ```ts blocks of the README's "## Clients" section. */
function readmeClientBlocks(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Clients\n'));
  const end = section.indexOf('\n## ', 1);
  return [...section.slice(0, end).matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Typechecks files as a client project would (strict), returning the diagnostics as text. */
function typecheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: ['node'],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/**
 * The README's client snippets hold: each typechecks, and its codegen.ts, run as it
 * stands (only the server's address changed) against the started server's
 * /schema.graphql, generates typed documents that typecheck with the scalars mapped
 * (wrong uses rejected) and run through graphql-request.
 */
describe('README client snippets and GraphQL Code Generator client preset', () => {
  const t = useTestServer();
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skillgraph-codegen-'));
    // The client project resolves packages from ours.
    symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'src'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("the README's Apollo Client, Relay, urql, graphql-request and APQ snippets typecheck, each a module of its own", () => {
    const snippets = readmeClientBlocks().filter((b) => !b.includes("preset: 'client'") && !b.includes("from './gql'"));
    expect(snippets.length).toBeGreaterThanOrEqual(5); // Apollo Client, Relay, urql, graphql-request, APQ
    mkdirSync(join(dir, 'snippets'));
    const files = snippets.map((code, i) => {
      const file = join(dir, 'snippets', `readme-${i}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    expect(typecheck(files)).toEqual([]);
  });

  it('generates typed documents that typecheck and run against the server', async () => {
    const blocks = readmeClientBlocks();
    const config = blocks.find((b) => b.includes("preset: 'client'"))!;
    const usage = blocks.find((b) => b.includes("from './gql'"))!;
    writeFileSync(join(dir, 'codegen.ts'), config.replace('http://localhost:4000/schema.graphql', new URL('/schema.graphql', t.url).href));
    writeFileSync(join(dir, 'src', 'readme-usage.ts'), `${usage}\nexport {};\n`);
    // The test's own use of the same document: checks the types say what the server sends.
    writeFileSync(
      join(dir, 'src', 'check.ts'),
      `import { request } from 'graphql-request';
import { graphql } from './gql';

const SkillPage = graphql(\`
  query CheckSkillPage($slug: String!) {
    skill(slug: $slug) { id name createdAt demandRank }
  }
\`);

export async function skillPage(url: string) {
  const data = await request(url, SkillPage, { slug: 'model-security' });
  const createdAt: string | null | undefined = data.skill?.createdAt;
  const demandRank: number | null | undefined = data.skill?.demandRank;
  // @ts-expect-error DateTime is a string, not a Date
  const asDate: Date | null | undefined = data.skill?.createdAt;
  // @ts-expect-error variables are typed: a slug is a string
  void (() => request(url, SkillPage, { slug: 1 }));
  return { name: data.skill?.name, createdAt, demandRank, asDate };
}
`,
    );

    const run = await promisify(execFile)(join(dir, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts'], {
      cwd: dir,
    }).catch((e: { stdout: string; stderr: string }) => ({ stdout: e.stdout, stderr: `codegen failed: ${e.stdout}\n${e.stderr}` }));
    expect(run.stderr).not.toMatch(/failed/i);
    const generated = join(dir, 'src', 'gql');
    const graphqlTs = readFileSync(join(generated, 'graphql.ts'), 'utf8');
    expect(graphqlTs).toContain('skill: { id: string, name: string, createdAt: string | null, demandRank: number | null } | null');

    const sources = [join(dir, 'codegen.ts'), ...['readme-usage.ts', 'check.ts'].map((f) => join(dir, 'src', f))];
    expect(typecheck([...sources, ...readdirSync(generated).map((f) => join(generated, f))])).toEqual([]);

    // Run the typed document: transpile the generated module and ours, load, call.
    for (const file of [...readdirSync(generated).map((f) => join(generated, f)), join(dir, 'src', 'check.ts')]) {
      const js = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      }).outputText;
      writeFileSync(file.replace(/\.ts$/, '.js'), js);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is generated at run time
    const { skillPage } = require(join(dir, 'src', 'check.js')) as { skillPage: (url: string) => Promise<Record<string, unknown>> };
    const page = await skillPage(t.url);
    expect(page).toMatchObject({ name: 'Model Security', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });
});
