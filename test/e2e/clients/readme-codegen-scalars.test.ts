import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import serverCodegen from '../../../codegen';
import { printMergedSchema } from '../../../src/graphql/print-schema';
import { projectRoot } from '../../../src/project-root';

/**
 * The README's client-preset setup, run: GraphQL Code Generator's client preset over the
 * merged SDL with the README's `scalars` map types every graphql-scalars type (strictScalars
 * fails on one the map misses), where without it they come out `unknown`. It needs no
 * database, but it runs the codegen CLI twice (seconds each): kept beside the other client
 * tests, out of the fast layer (`npm run test:fast`).
 */
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const clientBlock = /```ts\n([^`]*preset: 'client'[^`]*)```/.exec(readme)?.[1] ?? '';

/** `Name: 'type'` pairs of a `scalars: { … }` object literal. */
function scalarsIn(text: string): Record<string, string> {
  const body = /scalars: \{([^}]*)\}/.exec(text)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/(\w+): '([^']+)'/g)].map((m) => [m[1], m[2]]));
}

/** Runs the graphql-codegen CLI (as a user would) with the client preset; returns SkillPage's type. */
function skillPageType(config: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'skillgraph-codegen-'));
  try {
    writeFileSync(join(dir, 'schema.graphql'), printMergedSchema());
    writeFileSync(join(dir, 'page.graphql'), 'query SkillPage($slug: String!) { skill(slug: $slug) { id name createdAt demandRank } }');
    const codegenConfig = {
      schema: join(dir, 'schema.graphql'),
      documents: [join(dir, 'page.graphql')],
      silent: true,
      generates: { [join(dir, 'gql/')]: { preset: 'client', config } },
    };
    writeFileSync(join(dir, 'codegen.json'), JSON.stringify(codegenConfig));
    execFileSync(join(projectRoot, 'node_modules/.bin/graphql-codegen'), ['--config', join(dir, 'codegen.json')], {
      cwd: projectRoot,
      stdio: 'pipe',
    });
    const types = readFileSync(join(dir, 'gql/graphql.ts'), 'utf8');
    return /export type SkillPageQuery = (.*);/.exec(types)![1];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the README's codegen setup for clients", () => {
  const readmeScalars = scalarsIn(clientBlock);

  it("maps the same scalars as the server's own codegen", () => {
    const serverConfig = (serverCodegen.generates as Record<string, { config: { scalars: Record<string, string> } }>)[
      'src/generated/graphql.ts'
    ];
    expect(readmeScalars).toEqual(serverConfig.config.scalars);
  });

  it('types the skill page as the README says; without the map the scalars are unknown', () => {
    expect(clientBlock).toContain('strictScalars: true');
    const typed = skillPageType({ strictScalars: true, scalars: readmeScalars });
    expect(typed).toBe('{ skill: { id: string, name: string, createdAt: string | null, demandRank: number | null } | null }');
    expect(readme).toContain(`// data.skill: ${typed.slice('{ skill: '.length, -2).replace(/, /g, '; ')}`);
    expect(skillPageType({})).toContain('createdAt: unknown, demandRank: unknown');
  }, 60_000);
});
