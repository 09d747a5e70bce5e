/**
 * `npm run soak [-- --duration 60 --connections 50]`: a bounded loopback soak. Starts the
 * server as `npm start` does (its own process, Neo4j from NEO4J_URI or the local one),
 * drives it with autocannon — 70% reads (skill pages, lists, search, learning paths),
 * 30% writes (upserts and prerequisites among `soak-*` skills) — then deletes what it wrote and
 * prints one line: requests, errors, p99 latency, the server's RSS at start and end.
 * RSS "start" is taken after a short warm-up under the same load, so start -> end shows
 * growth, not the first allocation. Traffic goes to 127.0.0.1 only; the run stops by
 * itself. Not part of `npm test`.
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
  // tsx as a loader in this process's child itself, so a signal reaches the server directly.
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/main.ts')], {
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
    'query SkillPage { skill(slug: "model-security") { name demandRank prerequisites { name } hiringCompanies { name } resources { title provider { name } } frameworks { name } relatedSkills(first: 5) { score skill { name } } } }',
  ),
  json(
    'query SkillList { skills(first: 20, filter: { level: ADVANCED }) { totalCount nodes { slug name prerequisites { slug } hiringCompanies { slug } } } }',
  ),
  json('query Search { search(text: "prompt injection", first: 5) { score node { __typename ... on Skill { slug } } } }'),
  json('query LearningPath { skill(slug: "ai-red-teaming") { learningPath { depth skill { name } } unlocks { skill { name } } } }'),
];
const UPSERT = 'mutation UpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { status } }';
const PREREQUISITE =
  'mutation AddPrerequisite($skill: String!, $requires: String!) { addPrerequisite(skill: $skill, requires: $requires) { status } }';

/** Mean duration per operation and retried transactions, from the server's metrics (on stderr). */
function breakdown(metrics: string): string {
  const lines: string[] = [];
  for (const [, op, sum] of metrics.matchAll(
    /^skillgraph_graphql_operation_duration_seconds_sum\{operation="(\w+)",type="\w+"\} ([\d.e+-]+)$/gm,
  )) {
    const count = new RegExp(`^skillgraph_graphql_operation_duration_seconds_count\\{operation="${op}",[^}]*\\} (\\d+)$`, 'm').exec(
      metrics,
    )?.[1];
    if (count) lines.push(`  ${op}: ${count} operations, mean ${((Number(sum) / Number(count)) * 1000).toFixed(0)} ms`);
  }
  for (const [line] of metrics.matchAll(/^skillgraph_neo4j_transaction_retries_total\{.*$/gm)) lines.push(`  retried: ${line}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

async function main(): Promise<void> {
  const { child, base } = await startServer();
  let errors = 0;
  const codes = new Map<string, number>();
  const countErrors = (status: number, body: string) => {
    if (status === 200 && !body.includes('"errors"')) return;
    errors += 1;
    const code = /"code":"(\w+)"/.exec(body)?.[1] ?? `HTTP ${status}`;
    codes.set(code, (codes.get(code) ?? 0) + 1);
  };
  try {
    // Every soak skill exists before prerequisites between them are added.
    for (let i = 0; i < SKILLS; i++) await gql(base, UPSERT, { input: { slug: `soak-${i}`, name: `Soak ${i}` } });
    const rssIdle = await rssMb(base);
    const request = (body: () => string) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': editorKey },
      setupRequest: (req: autocannon.Request) => ({ ...req, body: body() }),
      onResponse: countErrors,
    });
    // Per connection, in turn: seven reads, two upserts (sometimes a change), one new
    // prerequisite that keeps the graph acyclic (a higher number requires a lower one).
    const requests = [
      ...Array.from({ length: 7 }, () => request(() => READS[pick(READS.length)])),
      ...Array.from({ length: 2 }, () =>
        request(() => json(UPSERT, { input: { slug: `soak-${pick(SKILLS)}`, name: `Soak ${pick(3)}`, demandRank: 1 + pick(100) } })),
      ),
      request(() => {
        const a = 1 + pick(SKILLS - 1);
        return json(PREREQUISITE, { skill: `soak-${a}`, requires: `soak-${pick(a)}` });
      }),
    ];
    // A warm-up first, so "start" memory is the server's working size under load rather
    // than its idle size: growth from there to the end is what a leak would show.
    const warmup = await autocannon({ url: base, connections, duration: Math.min(10, Math.ceil(duration / 6)), requests });
    const rssStart = await rssMb(base);
    const result = await autocannon({ url: base, connections, duration, requests });
    const rssEnd = await rssMb(base);
    process.stderr.write(breakdown(await (await fetch(`${base}/metrics`)).text()));
    for (let i = 0; i < SKILLS; i++) await gql(base, 'mutation($s: String!) { deleteSkill(slug: $s) { status } }', { s: `soak-${i}` });
    const failed = errors + result.errors + result.timeouts + warmup.errors + warmup.timeouts;
    const byCode = codes.size > 0 ? ` (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')})` : '';
    process.stdout.write(
      `soak ${duration} s, ${connections} connections: ${result.requests.total} requests, ${failed} errors${byCode}, p99 ${result.latency.p99} ms, RSS ${rssStart.toFixed(1)} MB -> ${rssEnd.toFixed(1)} MB (idle ${rssIdle.toFixed(1)} MB)\n`,
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
