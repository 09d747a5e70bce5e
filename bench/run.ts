/**
 * `npm run bench [-- --quick] [--size S|M|L] [--wipe] [--scenarios S1,S2] [--targets ...] [--rounds 3] [--growth-uri bolt://…]`
 *
 * Side by side, on one Neo4j and one dataset: (a) skillgraph, (b) @neo4j/graphql 7,
 * (c) hand-written Cypher over neo4j-driver. Every figure is taken in the same run,
 * so ratios between targets hold even on a busy machine; absolute numbers do not.
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { connectNeo4j } from '../src/db/connect';
import { QueryRunner } from '../src/db/query-runner';
import { createLogger } from '../src/logger';
import { projectRoot } from '../src/project-root';
import { generateInto, graphTotals, readDataset, wipeGraph } from './generate/load';
import { loadRealData } from './real/load-real';
import { isSizeName, SIZES, type SizeName } from './generate/sizes';
import { sideBySideGrowth, type GrowthRow } from './runner/growth';
import { importOnce, type ImportResult } from './runner/import-bench';
import { median } from './runner/median';
import { roundOrder, sustainedRate } from './runner/rounds';
import { warmUp, type WarmUpResult } from './runner/warm-up';
import { fixedRateLatency, maxThroughput, serialLatency } from './runner/load';
import { probeScenario, startInProcess, type InProcessTarget, type Probe } from './runner/probe';
import { startTarget, type TargetProcess } from './runner/processes';
import { ratioChart, ratios, table, type ResultRow, type Results } from './runner/report';
import { ask, rotatingPlan } from './runner/requests';
import { ALL_TARGETS, SCENARIOS, SEARCH_TEXTS, TARGETS, type Scenario, type ScenarioId, type TargetId } from './scenarios';
import { benchCypher } from './support/bench-cypher';

const resultsDir = join(projectRoot, 'bench', 'results');
const say = (line: string) => process.stderr.write(`${line}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * --quick: shorter measurements, but each target (and through it Neo4j) still warmed long
 * enough that the ratios land near the full run's: with 2 s of warm-up, S1 a/c came out
 * 0.30 where the full run gave 0.48.
 */
const QUICK = { warmupS: 4, warmupMaxS: 20, durationS: 3 };

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      size: { type: 'string' },
      seed: { type: 'string', default: '42' },
      wipe: { type: 'boolean', default: false },
      scenarios: { type: 'string' },
      targets: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '8' },
      'import-nodes': { type: 'string' },
      'import-rounds': { type: 'string' },
      rotate: { type: 'string', default: '0' },
      'growth-uri': { type: 'string' },
    },
  });
  const quick = values.quick;
  const given = values.size ?? (quick ? 'S' : 'M');
  // `real`: the seed and every public data set (npm start's graph), nothing generated (S7).
  const size = given.toLowerCase() === 'real' ? 'real' : given.toUpperCase();
  if (size !== 'real' && !isSizeName(size)) throw new Error('--size must be S, M, L or real');
  const real = size === 'real';
  const scenarioIds = SCENARIOS.filter((s) => Boolean(s.realOnly) === real).map((s) => s.id);
  const pickList = <T extends string>(v: string | undefined, all: readonly T[]) =>
    v ? (v.split(',') as T[]).filter((x) => all.includes(x)) : [...all];
  return {
    quick,
    size: size as SizeName | 'real',
    seed: Number(values.seed),
    wipe: values.wipe,
    // By default the scenarios of the graph measured: S1-S6 on generated sizes, S1 and S7 on the real one.
    scenarios: values.scenarios
      ? pickList<ScenarioId | 'S6'>(values.scenarios, [...SCENARIOS.map((s) => s.id), 'S6'])
      : real
        ? (['S1', ...scenarioIds] as Array<ScenarioId | 'S6'>)
        : [...scenarioIds, 'S6' as const],
    targets: values.targets ? pickList(values.targets, ALL_TARGETS) : [...TARGETS],
    /** Each target's warm-up: at least this, then until its CPU ms/req and req/s settle, at most warmupMaxS. */
    warmupS: Number(values.warmup ?? (quick ? QUICK.warmupS : 10)),
    warmupMaxS: Math.max(Number(values.warmup ?? 0), quick ? QUICK.warmupMaxS : 60),
    durationS: Number(values.duration ?? (quick ? QUICK.durationS : 20)),
    /** Rounds of the maximum rate per target, in alternating order (a b c, c b a, …); the median counts. */
    rounds: Math.max(1, Number(values.rounds)),
    connections: Number(values.connections),
    importNodes: Number(values['import-nodes'] ?? (quick ? 20_000 : 1_000_000)),
    /** S6 rounds per way, alternating (writer, plain, plain, writer, …): one round of each was the noisiest figure. */
    importRounds: Math.max(1, Number(values['import-rounds'] ?? (quick ? 1 : 2))),
    rotate: Number(values.rotate),
    /** A second Neo4j holding generated size S (same seed): the S→L growth is measured against it in this run. */
    growthUri: values['growth-uri'],
  };
}

async function pickKeys(db: QueryRunner, size: SizeName | 'real'): Promise<Record<Scenario['keys'], string[]>> {
  const slugs = async (name: string, params: Record<string, unknown>) =>
    (await db.read<{ slug: string }>(benchCypher(name), params)).map((r) => r.slug);
  const spread = (n: number, exclude: string[] = [], withOccupations = false) => slugs('pick/spread', { n, exclude, withOccupations });
  // Generated graphs spread their sample over the generated demand rank; the real one has none, so over slugs.
  const any =
    size === 'real' ? await spread(200) : await slugs('pick/any', { stride: Math.max(1, Math.floor(SIZES[size].skills / 200)), n: 200 });
  const hubs = size === 'real' ? await slugs('pick/hubs', { n: 50 }) : [];
  const manyHirers = (await db.read<{ slug: string }>(benchCypher('pick/many-hirers'), { min: 50, n: 50 })).map((r) => r.slug);
  const mid = (
    await db.read<{ slug: string }>(benchCypher('pick/mid-neighbourhood'), { slugs: any.slice(0, 80), min: 500, max: 2000, n: 20 })
  ).map((r) => r.slug);
  return {
    any,
    'many-hirers': manyHirers,
    'mid-neighbourhood': mid,
    'hubs-and-spread': size === 'real' ? [...hubs, ...(await spread(50, hubs))] : [],
    'with-occupations': size === 'real' ? await spread(50, [], true) : [],
    'search-texts': SEARCH_TEXTS,
  };
}

async function main(): Promise<void> {
  const opt = options();
  // skillgraph runs as it does in production (Dockerfile): compiled JavaScript, not tsx.
  execSync('npm run --silent build', { cwd: projectRoot, stdio: 'inherit' });
  const config = loadConfig();
  const conn = await connectNeo4j(config, createLogger('warn'));
  const db = new QueryRunner(conn.driver, { database: config.neo4j.database, metadata: { task: 'bench' } });
  const started = new Date();
  const loadAtStart = load();
  try {
    let dataset = await readDataset(db);
    const totals = await graphTotals(db);
    // The marker node itself is the one node more; anything else means the graph changed (a seed load, a test run).
    const intact = dataset !== null && totals.nodes === dataset.nodes + 1 && totals.relationships === dataset.relationships;
    const seed = opt.size === 'real' ? 0 : opt.seed;
    if (dataset?.size !== opt.size || dataset.seed !== seed || !intact) {
      if (!opt.wipe) {
        throw new Error(
          `the graph at ${conn.uri} holds ${dataset ? `generated size ${dataset.size} seed ${dataset.seed}${intact ? '' : ', changed since it was generated'}` : 'no generated dataset'}; ` +
            `the bench needs ${opt.size === 'real' ? 'the real graph' : `size ${opt.size} seed ${opt.seed}`}. ${opt.size === 'real' ? '' : `Run \`npm run generate -- --size ${opt.size} --wipe\`, or a`}${opt.size === 'real' ? 'A' : ''}dd --wipe here (it deletes the graph).`,
        );
      }
      await wipeGraph(db);
      if (opt.size === 'real') {
        if (!config.dataDir) throw new Error('--size real needs the public data sets: set SKILLGRAPH_DATA_DIR');
        say(`wiping ${conn.uri} and loading the seed and every data set of ${config.dataDir}...`);
        const r = await loadRealData(db, config.dataDir, say);
        say(`loaded ${r.nodes} nodes, ${r.relationships} relationships`);
      } else {
        say(`wiping ${conn.uri} and generating size ${opt.size}...`);
        const g = await generateInto(db, opt.size, opt.seed, say);
        say(
          `generated ${g.nodes} nodes (${Math.round(g.nodesPerSecond)}/s), ${g.relationships} relationships (${Math.round(g.relationshipsPerSecond)}/s)`,
        );
      }
      dataset = await readDataset(db);
    }
    const keys = await pickKeys(db, opt.size);
    say(`dataset ${dataset!.size}: ${dataset!.nodes} nodes, ${dataset!.relationships} relationships; load average ${loadAtStart}`);

    const rows: ResultRow[] = [];
    const skipped: Results['skipped'] = [];
    const readScenarios = SCENARIOS.filter((s) => opt.scenarios.includes(s.id));

    // 1. Probe, in this process: agreement, round trips, PROFILE db hits.
    const inProcess = new Map<TargetId, InProcessTarget>();
    for (const t of opt.targets) inProcess.set(t, await startInProcess(t, conn.driver, config));
    const probes = new Map<string, Probe>();
    const runnable = new Map<Scenario['id'], TargetId[]>();
    for (const s of readScenarios) {
      const ks = keys[s.keys];
      const present: TargetId[] = [];
      for (const t of opt.targets) {
        if (!s.requests[t]) {
          skipped.push({ id: s.id, target: t, reason: s.notes?.[t] ?? 'no equivalent query' });
          continue;
        }
        if ((t === 'skillgraph' || t === 'skillgraph-cached') && s.requiresField) {
          const a = await ask(inProcess.get(t)!.port, {
            method: 'POST',
            path: '/graphql',
            body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } } }' }),
          });
          const fields = (a.json.data as { __schema: { queryType: { fields: Array<{ name: string }> } } }).__schema.queryType.fields.map(
            (f) => f.name,
          );
          if (!fields.includes(s.requiresField)) {
            skipped.push({ id: s.id, target: t, reason: `this server's schema has no Query.${s.requiresField} (it arrives with issue 4)` });
            continue;
          }
        }
        present.push(t);
      }
      if (ks.length === 0) {
        for (const t of present) skipped.push({ id: s.id, target: t, reason: `no skill in this dataset fits (${s.keys})` });
        continue;
      }
      const subset = new Map([...inProcess].filter(([t]) => present.includes(t)));
      const result = await probeScenario(s, subset, ks.slice(0, 10), conn.driver, config.neo4j.database);
      for (const [t, p] of result) probes.set(`${s.id}/${t}`, p);
      runnable.set(s.id, present);
      say(
        `${s.id} probe: ${[...result].map(([t, p]) => `${t} ${p.roundTrips} rt, ${p.dbHits} db hits${p.agrees ? '' : ` DISAGREES (${p.disagreement})`}`).join('; ')}`,
      );
    }
    for (const t of inProcess.values()) await t.close();

    // 2. Load, one target at a time, order rotated per scenario: every target warmed, then its
    // maximum rate in alternating rounds (a b c, c b a, …), then its latencies.
    const env = { ...process.env, NEO4J_URI: conn.uri };
    for (const [i, s] of readScenarios.entries()) {
      const present = runnable.get(s.id);
      if (!present?.length) continue;
      const order = present.map((_, k) => present[(k + i + opt.rotate) % present.length]);
      const procs = new Map<TargetId, TargetProcess>();
      const plan = (t: TargetId) => rotatingPlan(s, t, procs.get(t)!.port, keys[s.keys]);
      try {
        for (const t of order) procs.set(t, await startTarget(t, env));
        const warm = new Map<TargetId, WarmUpResult>();
        for (const t of order) {
          const w = await warmUp(plan(t), procs.get(t)!.cpuMs, { connections: opt.connections, minS: opt.warmupS, maxS: opt.warmupMaxS });
          warm.set(t, w);
          say(
            `${s.id} ${t} warm-up: ${w.seconds} s, ${w.settled ? 'settled' : 'NOT settled'} (CPU ms/req ${w.cpuMsPerReq.map((v) => v.toFixed(2)).join(' ')})`,
          );
        }
        const rounds = new Map<TargetId, { rps: number[]; cpuMsPerReq: number[]; errors: number }>(
          order.map((t) => [t, { rps: [], cpuMsPerReq: [], errors: 0 }]),
        );
        for (let round = 0; round < opt.rounds; round++) {
          for (const t of roundOrder(order, round)) {
            const p = procs.get(t)!;
            const cpu0 = p.cpuMs();
            const m = await maxThroughput(plan(t), opt.connections, opt.durationS);
            const r = rounds.get(t)!;
            r.rps.push(m.rps);
            // The server's own CPU time per request served in the window: the load generator's share does not count.
            r.cpuMsPerReq.push((p.cpuMs() - cpu0) / Math.max(1, m.requests));
            r.errors += m.errors;
            say(
              `${s.id} ${t} round ${round + 1}: ${m.rps.toFixed(0)} req/s, ${r.cpuMsPerReq.at(-1)!.toFixed(2)} CPU ms/req${m.errors ? `, ${m.errors} errors` : ''} (load ${load()})`,
            );
          }
        }
        const maxRps = (t: TargetId) => median(rounds.get(t)!.rps);
        const common = sustainedRate(order.map(maxRps));
        const rawHalf = rounds.has('raw-driver') ? Math.max(1, Math.round(maxRps('raw-driver') / 2)) : null;
        for (const t of order) {
          const sustained = await fixedRateLatency(plan(t), opt.connections, common, opt.durationS);
          // An open loop at more than twice what the target serves only measures a queue, and
          // drains for rate/rps times the duration (S7a: (b) at 4 req/s against 892 would run
          // over an hour): such a target gets no figures at (c)'s half-max.
          const atRaw =
            rawHalf === null || maxRps(t) * 2 < rawHalf
              ? null
              : rawHalf === common
                ? sustained
                : await fixedRateLatency(plan(t), opt.connections, rawHalf, opt.durationS);
          const one = await serialLatency(plan(t), Math.min(opt.durationS, 10));
          const probe = probes.get(`${s.id}/${t}`)!;
          const r = rounds.get(t)!;
          const ms = (v: number) => (Number.isNaN(v) ? null : Math.round(v * 100) / 100);
          rows.push({
            id: s.id,
            target: t,
            rps: Math.round(maxRps(t)),
            roundRps: r.rps.map((v) => Math.round(v * 10) / 10),
            cpuMsPerReq: ms(median(r.cpuMsPerReq)),
            roundCpuMsPerReq: r.cpuMsPerReq.map((v) => ms(v)!),
            warmUp: { seconds: warm.get(t)!.seconds, settled: warm.get(t)!.settled },
            sustained: { rate: common, p50Ms: ms(sustained.p50Ms), p99Ms: ms(sustained.p99Ms) },
            atRawHalfMax: rawHalf === null ? undefined : { rate: rawHalf, p50Ms: ms(atRaw?.p50Ms ?? NaN), p99Ms: ms(atRaw?.p99Ms ?? NaN) },
            p50MsOneConnection: ms(one.p50Ms)!,
            roundTrips: probe.roundTrips,
            dbHits: probe.dbHits,
            peakRssMb: Math.round(procs.get(t)!.peakRssMb()),
            responseBytes: probe.responseBytes,
            agrees: probe.agrees,
            disagreement: probe.disagreement,
            errors: r.errors + sustained.errors + (atRaw && atRaw !== sustained ? atRaw.errors : 0) + one.errors,
          });
          say(
            `${s.id} ${t}: p50 ${sustained.p50Ms.toFixed(2)} ms, p99 ${sustained.p99Ms.toFixed(2)} ms at ${common} req/s` +
              `${atRaw && rawHalf !== common ? `; p50 ${atRaw.p50Ms.toFixed(2)} ms, p99 ${atRaw.p99Ms.toFixed(2)} ms at ${rawHalf} req/s ((c)'s half-max)` : ''}` +
              `; p50 ${one.p50Ms.toFixed(2)} ms alone`,
          );
        }
      } finally {
        for (const p of procs.values()) await p.stop();
      }
    }

    // 2b. S→L growth of the service time, side by side against a Neo4j holding size S.
    let growthRows: GrowthRow[] | undefined;
    if (opt.growthUri) growthRows = await measureGrowth(opt, config, env, keys, readScenarios);

    // 3. Bulk import through the writer and through plain UNWIND, order rotated, in
    // alternating rounds (AB BA …) so drift of the machine's speed hits both alike.
    if (opt.scenarios.includes('S6')) {
      const first = (['writer', 'plain'] as const).slice();
      if (opt.rotate % 2 === 1) first.reverse();
      const runs: Record<'writer' | 'plain', ImportResult[]> = { writer: [], plain: [] };
      for (let round = 0; round < opt.importRounds; round++) {
        for (const way of round % 2 === 0 ? first : [...first].reverse()) {
          const r = await importOnce(db, way, opt.importNodes);
          say(
            `S6 ${way} (round ${round + 1}): ${r.nodes} nodes + ${r.relationships} relationships in ${r.seconds.toFixed(1)} s (${Math.round(r.rowsPerSecond)} rows/s)`,
          );
          runs[way].push(r);
        }
      }
      for (const way of first) {
        const seconds = median(runs[way].map((r) => r.seconds));
        const { nodes, relationships } = runs[way][0];
        rows.push({
          id: 'S6',
          target: way === 'writer' ? 'skillgraph' : 'raw-driver',
          rps: null,
          cpuMsPerReq: null,
          roundTrips: null,
          dbHits: null,
          peakRssMb: null,
          import: {
            nodes,
            relationships,
            seconds: Math.round(seconds * 10) / 10,
            rowsPerSecond: Math.round((nodes + relationships) / seconds),
            roundSeconds: runs[way].map((r) => Math.round(r.seconds * 10) / 10),
          },
        });
      }
    }

    const [component] = await db.read<{ version: string; edition: string }>(benchCypher('meta/components'));
    const results: Results = {
      machine: {
        cpu: cpus()[0]?.model.trim(),
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        os: `Linux ${release()}`,
        node: process.version,
        neo4j: `${component.version} ${component.edition}`,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: load(),
        note: 'ratios are measured side by side in one run; absolute figures depend on what else the machine was doing',
      },
      date: started.toISOString(),
      size:
        opt.size === 'real'
          ? `real (the seed and every public data set; ${dataset!.nodes} nodes, ${dataset!.relationships} relationships)`
          : `${opt.size} (${SIZES[opt.size].skills} skills; ${dataset!.nodes} nodes, ${dataset!.relationships} relationships)`,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      settings: {
        connections: opt.connections,
        warmupS: opt.warmupS,
        warmupMaxS: opt.warmupMaxS,
        durationS: opt.durationS,
        rounds: opt.rounds,
        importNodes: opt.importNodes,
        importRounds: opt.importRounds,
        rotate: opt.rotate,
      },
      scenarios: rows,
      growth: growthRows,
      skipped,
      ratios: ratios(rows, growthRows),
    };
    mkdirSync(resultsDir, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    writeFileSync(join(resultsDir, 'latest.json'), json);
    writeFileSync(join(resultsDir, `size-${opt.size}.json`), json);
    writeFileSync(join(resultsDir, 'latest.svg'), ratioChart(results));
    process.stdout.write(`${table(results)}\n${growthRows ? '' : `${growth()}\n`}`);
    say(`written: bench/results/latest.json, bench/results/size-${opt.size}.json, bench/results/latest.svg`);
  } finally {
    await conn.close();
  }
}

/**
 * Measures the S→L growth in this run (src: bench/runner/growth.ts) for skillgraph and
 * the raw driver, against the Neo4j at --growth-uri, which must hold size S of the same seed.
 */
async function measureGrowth(
  opt: ReturnType<typeof options>,
  config: ReturnType<typeof loadConfig>,
  env: NodeJS.ProcessEnv,
  keys: Record<Scenario['keys'], string[]>,
  readScenarios: Scenario[],
): Promise<GrowthRow[]> {
  const conn = await connectNeo4j({ ...config, neo4j: { ...config.neo4j, uri: opt.growthUri } }, createLogger('warn'));
  try {
    const small = new QueryRunner(conn.driver, { database: config.neo4j.database, metadata: { task: 'bench' } });
    const dataset = await readDataset(small);
    const totals = await graphTotals(small);
    if (dataset?.size !== 'S' || dataset.seed !== opt.seed || totals.nodes !== dataset.nodes + 1) {
      throw new Error(
        `--growth-uri ${opt.growthUri} must hold generated size S seed ${opt.seed}, unchanged: run \`NEO4J_URI=${opt.growthUri} npm run generate -- --size S --seed ${opt.seed} --wipe\``,
      );
    }
    return await sideBySideGrowth({
      scenarios: readScenarios.filter((s) => ['S1', 'S2', 'S3', 'S4', 'S8'].includes(s.id)),
      targets: opt.targets.filter((t) => t === 'skillgraph' || t === 'raw-driver'),
      env: { small: { ...env, NEO4J_URI: opt.growthUri }, large: env },
      keys: { small: await pickKeys(small, 'S'), large: keys },
      warmupS: Math.min(opt.warmupS, 5),
      turnS: opt.quick ? 1 : 5,
      rounds: opt.quick ? 2 : 4,
      say,
    });
  } finally {
    await conn.close();
  }
}

/** p50 growth from size S to L per scenario, when both result files exist. */
function growth(): string {
  const file = (size: string) => join(resultsDir, `size-${size}.json`);
  if (!existsSync(file('S')) || !existsSync(file('L'))) return '\n(p50 growth S→L: run the bench at both --size S and --size L)';
  const s = JSON.parse(readFileSync(file('S'), 'utf8')) as Results;
  const l = JSON.parse(readFileSync(file('L'), 'utf8')) as Results;
  const lines = [
    '',
    `S→L growth of p50: one request at a time (service time) / at a rate every target sustains; S ${s.date}, L ${l.date}`,
    '',
    '| p50 growth S→L | skillgraph | neo4j-graphql | raw-driver |',
    '| --- | ---: | ---: | ---: |',
  ];
  const p50 = (r: Results, id: string, t: TargetId): [number | undefined, number | undefined] => {
    const row = r.scenarios.find((x) => x.id === id && x.target === t);
    return [row?.p50MsOneConnection, row?.sustained?.p50Ms ?? undefined];
  };
  for (const id of ['S1', 'S2', 'S3', 'S4']) {
    const cell = (t: TargetId) =>
      [0, 1]
        .map((k) => {
          const a = p50(s, id, t)[k];
          const b = p50(l, id, t)[k];
          return a && b ? `${(b / a).toFixed(2)}×` : '-';
        })
        .join(' / ');
    lines.push(`| ${id} | ${cell('skillgraph')} | ${cell('neo4j-graphql')} | ${cell('raw-driver')} |`);
  }
  return lines.join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
