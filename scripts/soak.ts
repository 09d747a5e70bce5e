/**
 * `npm run soak [-- --duration 60 --connections 50 --reads-only]`: a bounded loopback soak.
 * Starts the server as `npm start` does (its own process, Neo4j from NEO4J_URI or the local
 * one), then drives it with autocannon in two phases of `duration` each: the four reads alone
 * (the baseline), then the mix — 70% reads (skill pages, lists, search, learning paths), 30%
 * writes (upserts and prerequisites among `soak-*` skills, one in five of those prerequisites
 * pointing backwards, so some would close a cycle and must be refused). It then checks that
 * no cycle got through, deletes what it wrote, and prints one line per phase: requests and
 * req/s, errors by kind (client timeouts and 503s included; refused cycles are counted apart,
 * as answers), p99 latency, the server's RSS at start and end; then the mix's throughput as a
 * share of the baseline's. RSS "start" is taken after a short warm-up under the same load, so
 * start -> end shows growth, not the first allocation. After the mix, where its time went (from
 * the server's /metrics): per operation and per Cypher statement, counts, means and how many
 * were slow. `--reads-only` runs the baseline only.
 * Traffic goes to 127.0.0.1 only; the run stops by itself. Not part of `npm test`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parse, validate } from 'graphql';
import { adjacencyOf, findCycle } from '../src/domain/find-cycle';
import { buildSchema } from '../src/graphql/schema';
import { projectRoot } from '../src/project-root';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    'reads-only': { type: 'boolean', default: false },
  },
});
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
  json(
    'query Search { search(text: "prompt injection", first: 5) { totalCount nodes { score node { __typename ... on Skill { slug } } } } }',
  ),
  json('query LearningPath { skill(slug: "ai-red-teaming") { learningPath { depth skill { name } } unlocks { skill { name } } } }'),
];
const UPSERT = 'mutation UpsertSkill($input: SkillInput!) { upsertSkill(input: $input) { status } }';
const PREREQUISITE =
  'mutation AddPrerequisite($skill: String!, $requires: String!) { addPrerequisite(skill: $skill, requires: $requires) { status } }';

/** Mean duration per operation and retried transactions, from the server's metrics (on stderr). */
type Timing = { count: number; sum: number; over: number };

/**
 * One histogram's series by its label (`operation`, `statement`): count, sum of seconds, and
 * how many took longer than the bucket bound `over` (a bucket of the histogram).
 */
function timings(metrics: string, histogram: string, label: string, over: string): Map<string, Timing> {
  const found = new Map<string, Timing>();
  const series = /^(\w+?)_(bucket|sum|count)\{([^}]*)\} ([\d.e+-]+)$/gm;
  for (const [, name, kind, labels, value] of metrics.matchAll(series)) {
    if (name !== histogram) continue;
    const key = new RegExp(`(?:^|,)${label}="([^"]+)"`).exec(labels)?.[1];
    if (!key) continue;
    const t = found.get(key) ?? { count: 0, sum: 0, over: 0 };
    if (kind === 'count') t.count = Number(value);
    else if (kind === 'sum') t.sum = Number(value);
    else if (labels.includes(`le="${over}"`)) t.over = -Number(value); // count - bucket, once count is known
    found.set(key, t);
  }
  for (const t of found.values()) t.over += t.count;
  return found;
}

/** `after` minus `before`, per key; keys with nothing in between are left out. */
function between(before: Map<string, Timing>, after: Map<string, Timing>): Array<[string, Timing]> {
  const rows: Array<[string, Timing]> = [];
  for (const [key, now] of after) {
    const then = before.get(key) ?? { count: 0, sum: 0, over: 0 };
    const t = { count: now.count - then.count, sum: now.sum - then.sum, over: now.over - then.over };
    if (t.count > 0) rows.push([key, t]);
  }
  return rows;
}

/**
 * Where the mix phase's time went, from the server's histograms (metrics after it minus before
 * it; server-side, so without the admission queue): each operation's count, mean and how many
 * took over 1 s; the Cypher statements that took the most time in all, with how many took over
 * 250 ms; and the transactions the driver ran again.
 */
function breakdown(before: string, after: string): string {
  const lines: string[] = [];
  const ops = 'skillgraph_graphql_operation_duration_seconds';
  for (const [op, t] of between(timings(before, ops, 'operation', '1'), timings(after, ops, 'operation', '1'))) {
    lines.push(`  ${op}: ${t.count} operations, mean ${((t.sum / t.count) * 1000).toFixed(0)} ms, over 1 s ${t.over}`);
  }
  const cypher = 'skillgraph_cypher_statement_duration_seconds';
  const statements = between(timings(before, cypher, 'statement', '0.25'), timings(after, cypher, 'statement', '0.25'));
  for (const [name, t] of statements.sort((a, b) => b[1].sum - a[1].sum).slice(0, 16)) {
    lines.push(
      `  cypher ${name}: ${t.count} round trips, ${t.sum.toFixed(1)} s in all, mean ${((t.sum / t.count) * 1000).toFixed(1)} ms, over 250 ms ${t.over}`,
    );
  }
  for (const [line] of after.matchAll(/^skillgraph_neo4j_transaction_retries_total\{.*$/gm)) lines.push(`  retried: ${line}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

interface PhaseResult {
  line: string;
  rps: number;
  failed: number;
}

/** One autocannon phase (after a warm-up under the same load), with errors by kind. */
async function phase(base: string, name: string, requests: autocannon.Request[]): Promise<PhaseResult> {
  const kinds = new Map<string, number>();
  const count = (kind: string, n = 1) => n > 0 && kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  let refusedCycles = 0;
  const onResponse = (status: number, body: string) => {
    if (status === 200 && !body.includes('"errors"')) return;
    const code = /"code":"(\w+)"/.exec(body)?.[1];
    // A refused cycle is the server doing its job: an answer, not an error.
    if (code === 'CYCLE_DETECTED') refusedCycles += 1;
    else count(code ? `${code} (HTTP ${status})` : `HTTP ${status}`);
  };
  const withCounting = requests.map((r) => ({ ...r, onResponse }));
  const warmup = await autocannon({ url: base, connections, duration: Math.min(10, Math.ceil(duration / 6)), requests: withCounting });
  kinds.clear();
  refusedCycles = 0;
  const rssStart = await rssMb(base);
  const result = await autocannon({ url: base, connections, duration, requests: withCounting });
  const rssEnd = await rssMb(base);
  count('client timeout (10 s)', result.timeouts);
  count('connection error', result.errors - result.timeouts);
  void warmup;
  const failed = [...kinds.values()].reduce((a, b) => a + b, 0);
  const byKind = failed > 0 ? ` (${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')})` : '';
  const rps = result.requests.total / duration;
  const cycles = refusedCycles > 0 ? `, ${refusedCycles} cycles refused` : '';
  const growth = ((rssEnd / rssStart - 1) * 100).toFixed(1);
  return {
    rps,
    failed,
    line: `${name}: ${result.requests.total} requests (${rps.toFixed(1)} req/s), ${failed} errors${byKind}${cycles}, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, RSS ${rssStart.toFixed(1)} MB -> ${rssEnd.toFixed(1)} MB (${growth}%)`,
  };
}

/** Whether the soak skills' prerequisites hold a cycle, read back through the API. */
async function soakCycle(base: string): Promise<string[] | null> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < SKILLS; i += 50) {
    const slugs = Array.from({ length: Math.min(50, SKILLS - i) }, (_, k) => `soak-${i + k}`);
    const query = `{ ${slugs.map((s, k) => `s${k}: skill(slug: "${s}") { slug prerequisites { slug } }`).join(' ')} }`;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': editorKey },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: Record<string, { slug: string; prerequisites: Array<{ slug: string }> } | null> };
    for (const skill of Object.values(body.data ?? {})) for (const p of skill?.prerequisites ?? []) pairs.push([skill!.slug, p.slug]);
  }
  return findCycle(adjacencyOf(pairs));
}

async function main(): Promise<void> {
  // A stale query would only show up as errors under load: refuse to start instead.
  const schema = buildSchema();
  for (const body of [...READS, json(UPSERT), json(PREREQUISITE)]) {
    const { query } = JSON.parse(body) as { query: string };
    const problems = validate(schema, parse(query)).map((e) => e.message);
    if (problems.length > 0) throw new Error(`a soak operation does not fit the schema: ${problems.join('; ')}\n${query}`);
  }
  const { child, base } = await startServer();
  try {
    // Every soak skill exists before prerequisites between them are added.
    for (let i = 0; i < SKILLS; i++) await gql(base, UPSERT, { input: { slug: `soak-${i}`, name: `Soak ${i}` } });
    const rssIdle = await rssMb(base);
    const request = (body: () => string): autocannon.Request => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': editorKey },
      setupRequest: (req: autocannon.Request) => ({ ...req, body: body() }),
    });
    const reads = Array.from({ length: 10 }, () => request(() => READS[pick(READS.length)]));
    // Per connection, in turn: seven reads, two upserts (sometimes a change), one new
    // prerequisite: mostly a higher number requiring a lower one (acyclic), one in five
    // the other way round, which closes a cycle when a path already leads back.
    const mixed = [
      ...Array.from({ length: 7 }, () => request(() => READS[pick(READS.length)])),
      ...Array.from({ length: 2 }, () =>
        request(() => json(UPSERT, { input: { slug: `soak-${pick(SKILLS)}`, name: `Soak ${pick(3)}`, demandRank: 1 + pick(100) } })),
      ),
      request(() => {
        const a = 1 + pick(SKILLS - 1);
        const b = pick(a);
        return pick(5) === 0
          ? json(PREREQUISITE, { skill: `soak-${b}`, requires: `soak-${a}` })
          : json(PREREQUISITE, { skill: `soak-${a}`, requires: `soak-${b}` });
      }),
    ];
    process.stdout.write(`soak ${duration} s per phase, ${connections} connections (RSS idle ${rssIdle.toFixed(1)} MB)\n`);
    const baseline = await phase(base, 'reads only', reads);
    process.stdout.write(`${baseline.line}\n`);
    let failed = baseline.failed;
    if (!values['reads-only']) {
      const metricsBefore = await (await fetch(`${base}/metrics`)).text();
      const mix = await phase(base, '70% reads, 30% writes', mixed);
      process.stdout.write(`${mix.line}\n`);
      process.stderr.write(breakdown(metricsBefore, await (await fetch(`${base}/metrics`)).text()));
      const cycle = await soakCycle(base);
      process.stdout.write(
        `mixed throughput: ${((mix.rps / baseline.rps) * 100).toFixed(0)}% of reads only; cycles in the graph after the run: ${cycle ? cycle.join(' -> ') : 'none'}\n`,
      );
      failed += mix.failed + (cycle ? 1 : 0);
    }
    for (let i = 0; i < SKILLS; i++) await gql(base, 'mutation($s: String!) { deleteSkill(slug: $s) { status } }', { s: `soak-${i}` });
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
