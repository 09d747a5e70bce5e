/**
 * `npm run soak [-- --duration 60 --connections 50]`: a bounded loopback soak. Starts the
 * server as `npm start` does (its own process, Neo4j from NEO4J_URI or the local one),
 * drives it with autocannon — mixed reads (skill pages, lists, search) and writes
 * (upserts and prerequisites among `soak-*` skills) — then deletes what it wrote and
 * prints one line: requests, errors, p99 latency, the server's RSS at start and end.
 * Traffic goes to 127.0.0.1 only; the run stops by itself. Not part of `npm test`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectRoot } from '../src/project-root';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '50' } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const SKILLS = 200;
const editorKey = `soak-${randomBytes(18).toString('hex')}`;

function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'src/main.ts')], {
    cwd: projectRoot,
    // The soak's clients share one address: the rate limit would cut them off. Everything else stays on.
    env: { ...process.env, PORT: '0', RATE_LIMIT_MAX: '0', SKILLGRAPH_API_KEYS: `editor:${editorKey}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    // Logs are read until the server is ready, then drained unread (one line per request).
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready at (http:\/\/\S+?)\/graphql/.exec(out);
      if (ready) {
        child.stdout!.off('data', onData).resume();
        resolve({ child, base: ready[1].replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
}

/** The server's resident memory, from its own process metrics. */
async function rssMb(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)![1]) / 1024 / 1024;
}

async function gql(base: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': editorKey },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { errors?: unknown[] };
}

const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const pick = (n: number) => Math.floor(Math.random() * n);
const READS = [
  json(
    '{ skill(slug: "model-security") { name demandRank prerequisites { name } hiringCompanies { name } resources { title provider { name } } frameworks { name } relatedSkills(first: 5) { score skill { name } } } }',
  ),
  json(
    '{ skills(first: 20, filter: { level: ADVANCED }) { totalCount nodes { slug name prerequisites { slug } hiringCompanies { slug } } } }',
  ),
  json('{ search(text: "prompt injection", first: 5) { score node { __typename ... on Skill { slug } } } }'),
  json('{ skill(slug: "ai-red-teaming") { learningPath { depth skill { name } } unlocks { skill { name } } } }'),
];
const UPSERT = 'mutation($input: SkillInput!) { upsertSkill(input: $input) { status } }';
const PREREQUISITE = 'mutation($skill: String!, $requires: String!) { addPrerequisite(skill: $skill, requires: $requires) { status } }';

async function main(): Promise<void> {
  const { child, base } = await startServer();
  let errors = 0;
  const countErrors = (status: number, body: string) => {
    if (status !== 200 || body.includes('"errors"')) errors += 1;
  };
  try {
    // Every soak skill exists before prerequisites between them are added.
    for (let i = 0; i < SKILLS; i++) await gql(base, UPSERT, { input: { slug: `soak-${i}`, name: `Soak ${i}` } });
    const rssStart = await rssMb(base);
    const request = (body: () => string) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': editorKey },
      setupRequest: (req: autocannon.Request) => ({ ...req, body: body() }),
      onResponse: countErrors,
    });
    const result = await autocannon({
      url: base,
      connections,
      duration,
      requests: [
        request(() => READS[pick(READS.length)]),
        request(() => READS[pick(READS.length)]),
        request(() => READS[pick(READS.length)]),
        // Writes: an upsert that is sometimes a change, and a prerequisite that keeps the graph acyclic (higher requires lower).
        request(() => json(UPSERT, { input: { slug: `soak-${pick(SKILLS)}`, name: `Soak ${pick(3)}`, demandRank: 1 + pick(100) } })),
        request(() => {
          const a = 1 + pick(SKILLS - 1);
          return json(PREREQUISITE, { skill: `soak-${a}`, requires: `soak-${pick(a)}` });
        }),
      ],
    });
    const rssEnd = await rssMb(base);
    for (let i = 0; i < SKILLS; i++) await gql(base, 'mutation($s: String!) { deleteSkill(slug: $s) { status } }', { s: `soak-${i}` });
    const failed = errors + result.errors + result.timeouts;
    process.stdout.write(
      `soak ${duration} s, ${connections} connections: ${result.requests.total} requests, ${failed} errors, p99 ${result.latency.p99} ms, RSS ${rssStart.toFixed(1)} MB -> ${rssEnd.toFixed(1)} MB\n`,
    );
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`soak failed: ${(err as Error).message}\n`);
  process.exit(1);
});
