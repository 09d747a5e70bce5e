import type { ScenarioId, TargetId } from '../scenarios';
import type { GrowthRow } from './growth';
import { perRoundRatios, spread } from './rounds';

/** An open loop at a fixed rate: p50 and p99 from when each request was due (null: not measured). */
export interface FixedRate {
  rate: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

/** One row of bench/results/latest.json. */
export interface ResultRow {
  id: ScenarioId | 'S6';
  target: TargetId;
  /** Maximum req/s at the run's connections: the median of the rounds. */
  rps: number | null;
  /** Each round's req/s (rounds alternate the targets' order: a b c, c b a, …). */
  roundRps?: number[];
  /** The server process's CPU time (user + system) per request served in the rounds: the median of the rounds. */
  cpuMsPerReq: number | null;
  roundCpuMsPerReq?: number[];
  /** How long the target was warmed, and whether its CPU ms/req and req/s had settled by then. */
  warmUp?: { seconds: number; settled: boolean };
  /** At half the slowest target's maximum in this scenario: a rate every target sustains, so p50 is service, not queue. */
  sustained?: FixedRate;
  /** At half of (c)'s maximum (the only fixed rate before issue 16); null figures: left out, the target serves under half of it. */
  atRawHalfMax?: FixedRate;
  roundTrips: number | null;
  dbHits: number | null;
  peakRssMb: number | null;
  responseBytes?: number;
  /** p50 with one connection and one request at a time (no queue): the service time. */
  p50MsOneConnection?: number;
  agrees?: boolean;
  disagreement?: string;
  errors?: number;
  /** S6 only. */
  /** S6 only: the median of the rounds, and each round's seconds. */
  import?: { nodes: number; relationships: number; seconds: number; rowsPerSecond: number; roundSeconds?: number[] };
  note?: string;
}

export interface Results {
  machine: Record<string, unknown>;
  date: string;
  size: string;
  command: string;
  settings: Record<string, unknown>;
  scenarios: ResultRow[];
  /** S→L growth measured in this run (--growth-uri). */
  growth?: GrowthRow[];
  skipped: Array<{ id: string; target: TargetId; reason: string }>;
  ratios: Ratio[];
}

/** A checked or reported figure; for ratios of per-round figures, `value` is the median of the per-round ratios. */
export interface Ratio {
  id: string;
  metric: string;
  value: number | null;
  /** Spread of the per-round ratios (each round's a over its b, measured seconds apart). */
  min?: number;
  max?: number;
  rounds?: number[];
  target: string;
  met: boolean | null;
}

const fmt = (v: number | null | undefined, digits = 0): string =>
  v === null || v === undefined || Number.isNaN(v) ? '-' : v.toFixed(digits);

/** The target ratios the issue sets, computed from the rows. */
export function ratios(rows: ResultRow[], growth: GrowthRow[] = []): Results['ratios'] {
  const get = (id: string, target: TargetId) => rows.find((r) => r.id === id && r.target === target);
  const out: Results['ratios'] = [];
  const push = (id: string, metric: string, values: number[], target: string, met: (v: number) => boolean | null) => {
    if (!values.length) {
      out.push({ id, metric, value: null, target, met: null });
      return;
    }
    const sp = spread(values);
    out.push({
      id,
      metric,
      value: sp.median,
      ...(values.length > 1 ? { min: sp.min, max: sp.max, rounds: values.map((v) => Math.round(v * 1000) / 1000) } : {}),
      target,
      met: met(sp.median),
    });
  };
  const ratio = (
    id: string,
    metric: string,
    a: number | null | undefined,
    b: number | null | undefined,
    goal: number,
    higherIsBetter = true,
  ) => push(id, metric, a && b ? [a / b] : [], `${higherIsBetter ? '>=' : '<='} ${goal}`, (v) => (higherIsBetter ? v >= goal : v <= goal));
  /** Per-round ratios when both targets ran the same rounds, else the ratio of the two figures. */
  const perRound = (id: string, a: TargetId, b: TargetId, field: 'rps' | 'cpuMs') => {
    const ra = get(id, a);
    const rb = get(id, b);
    const rounds = field === 'rps' ? [ra?.roundRps, rb?.roundRps] : [ra?.roundCpuMsPerReq, rb?.roundCpuMsPerReq];
    const paired = perRoundRatios(rounds[0] ?? [], rounds[1] ?? []);
    if (paired.length) return paired;
    const [x, y] = field === 'rps' ? [ra?.rps, rb?.rps] : [ra?.cpuMsPerReq, rb?.cpuMsPerReq];
    return x && y ? [x / y] : [];
  };
  const rpsRatio = (id: string, a: TargetId, b: TargetId, goal: number | null) =>
    push(id, `rps ${a} / ${b}`, perRound(id, a, b, 'rps'), goal === null ? 'reported' : `>= ${goal}`, (v) =>
      goal === null ? null : v >= goal,
    );
  // Related skills (S3, and S7a on the real graph) read stored lists where (b) computes them on the fly: at least 5×.
  // Issue 16: at least 2× on S1, S2 and S4.
  for (const id of ['S1', 'S2', 'S3', 'S4', 'S5', 'S7a'])
    rpsRatio(id, 'skillgraph', 'neo4j-graphql', id === 'S3' || id === 'S7a' ? 5 : id === 'S5' ? 1.5 : 2);
  // The occupations of a skill (S7b) has no target of its own: reported.
  if (get('S7b', 'skillgraph')?.rps && get('S7b', 'neo4j-graphql')?.rps) rpsRatio('S7b', 'skillgraph', 'neo4j-graphql', null);
  // On the real graph, related skills of hubs cost at most twice a plain skill read (S1), one request at a time.
  ratio(
    'S7a',
    'p50 alone skillgraph S7a / S1',
    get('S7a', 'skillgraph')?.p50MsOneConnection,
    get('S1', 'skillgraph')?.p50MsOneConnection,
    2,
    false,
  );
  // Search (S8) costs at most three plain skill reads, one request at a time.
  ratio(
    'S8',
    'p50 alone skillgraph S8 / S1',
    get('S8', 'skillgraph')?.p50MsOneConnection,
    get('S1', 'skillgraph')?.p50MsOneConnection,
    3,
    false,
  );
  for (const id of ['S1', 'S2', 'S3', 'S4', 'S5']) rpsRatio(id, 'skillgraph', 'raw-driver', id === 'S5' ? 0.5 : 0.7);
  // Server CPU per request, which the load generator sharing the cores hardly moves: reported.
  for (const id of ['S1', 'S2', 'S3', 'S4', 'S5', 'S7a', 'S7b']) {
    const values = perRound(id, 'skillgraph', 'raw-driver', 'cpuMs');
    if (values.length) push(id, 'CPU ms/req skillgraph / raw-driver', values, 'reported', () => null);
  }
  // The response cache is reported apart from the comparisons above, as the issue asks.
  for (const id of ['S1', 'S2', 'S3', 'S4', 'S5']) {
    const cached = get(id, 'skillgraph-cached')?.rps;
    const plain = get(id, 'skillgraph')?.rps;
    if (cached && plain)
      push(id, 'rps skillgraph-cached / skillgraph', perRound(id, 'skillgraph-cached', 'skillgraph', 'rps'), 'reported apart', () => null);
  }
  const s2 = get('S2', 'skillgraph')?.roundTrips;
  const s4 = get('S4', 'skillgraph')?.roundTrips;
  if (s2 != null) out.push({ id: 'S2', metric: 'skillgraph round trips', value: s2, target: '<= 2', met: s2 <= 2 });
  if (s4 != null) out.push({ id: 'S4', metric: 'skillgraph round trips', value: s4, target: '<= 3', met: s4 <= 3 });
  const w = get('S6', 'skillgraph')?.import?.rowsPerSecond;
  const p = get('S6', 'raw-driver')?.import?.rowsPerSecond;
  ratio('S6', 'import rows/s writer / plain UNWIND', w, p, 0.8);
  for (const g of growth.filter((x) => x.target === 'skillgraph'))
    out.push({ id: g.id, metric: 'skillgraph p50 alone growth S→L', value: g.growth, target: '<= 1.5', met: g.growth <= 1.5 });
  const rss = Math.max(...rows.filter((r) => r.target === 'skillgraph' && r.peakRssMb).map((r) => r.peakRssMb!));
  if (Number.isFinite(rss))
    out.push({ id: 'all', metric: 'skillgraph peak RSS MB', value: rss, target: '< 300 (at size L)', met: rss < 300 });
  return out;
}

/** The table printed on stdout and quoted in the README. */
export function table(results: Results): string {
  const rounds = Number(results.settings.rounds ?? 1);
  const lines = [
    `size ${results.size} · ${results.date} · ${String(results.machine.cpu)} ×${String(results.machine.cores)} · load ${String(results.machine.loadAverageAtStart)} → ${String(results.machine.loadAverageAtEnd)}`,
    `req/s and CPU ms/req: median of ${rounds} alternating round${rounds === 1 ? '' : 's'} (a b c, c b a, …) of ${String(results.settings.durationS)} s each`,
    '',
    `| scenario | target | req/s (${String(results.settings.connections ?? 8)} conn) | req/s per round | CPU ms/req | p50 ms | p99 ms | at req/s (all sustain) | p50 ms at (c)'s half-max | p99 ms at (c)'s half-max | (c)'s half-max req/s | p50 ms alone | round trips | db hits | peak RSS MB | same answer |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results.scenarios.filter((x) => x.id !== 'S6')) {
    const cells = [
      r.id,
      r.target,
      fmt(r.rps),
      r.roundRps?.map((v) => fmt(v)).join(', ') ?? '-',
      fmt(r.cpuMsPerReq, 2),
      fmt(r.sustained?.p50Ms, 1),
      fmt(r.sustained?.p99Ms, 1),
      fmt(r.sustained?.rate),
      fmt(r.atRawHalfMax?.p50Ms, 1),
      fmt(r.atRawHalfMax?.p99Ms, 1),
      fmt(r.atRawHalfMax?.rate),
      fmt(r.p50MsOneConnection, 2),
      fmt(r.roundTrips),
      fmt(r.dbHits),
      fmt(r.peakRssMb),
      r.agrees === undefined ? '-' : r.agrees ? 'yes' : `NO: ${r.disagreement}`,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const imports = results.scenarios.filter((x) => x.id === 'S6' && x.import);
  if (imports.length) {
    lines.push(
      '',
      '| S6 bulk import | nodes | relationships | seconds (median) | rows/s | seconds per round |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const r of imports) {
      const label = r.target === 'skillgraph' ? 'skillgraph writer (graph-batch.ts)' : 'plain UNWIND MERGE';
      lines.push(
        `| ${label} | ${r.import!.nodes} | ${r.import!.relationships} | ${fmt(r.import!.seconds, 1)} | ${fmt(r.import!.rowsPerSecond)} | ${(r.import!.roundSeconds ?? [r.import!.seconds]).join(', ')} |`,
      );
    }
  }
  if (results.growth?.length) {
    lines.push(
      '',
      '| S→L growth, side by side | target | p50 ms alone at S | p50 ms alone here | growth |',
      '| --- | --- | ---: | ---: | ---: |',
    );
    for (const g of results.growth)
      lines.push(`| ${g.id} | ${g.target} | ${fmt(g.p50MsSmall, 2)} | ${fmt(g.p50MsLarge, 2)} | ${fmt(g.growth, 2)}× |`);
  }
  lines.push('', '| check | value (median) | min–max of rounds | target | met |', '| --- | ---: | ---: | --- | --- |');
  for (const q of results.ratios) {
    const range = q.min === undefined ? '-' : `${fmt(q.min, 2)}–${fmt(q.max, 2)}`;
    lines.push(`| ${q.id} ${q.metric} | ${fmt(q.value, 2)} | ${range} | ${q.target} | ${q.met === null ? 'n/a' : q.met ? 'yes' : 'NO'} |`);
  }
  for (const s of results.skipped) lines.push('', `- ${s.id} ${s.target}: skipped, ${s.reason}`);
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A bar chart of the rps ratios with the target lines, as standalone SVG. */
export function ratioChart(results: Results): string {
  const bars = results.ratios.filter((r) => (r.metric.startsWith('rps') || r.metric.startsWith('import')) && !r.metric.includes('cached'));
  const width = 760;
  const height = 360;
  const left = 60;
  const bottom = 300;
  const top = 40;
  const max = Math.max(2, ...bars.map((b) => Math.max(b.value ?? 0, b.max ?? 0))) * 1.1;
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const slot = (width - left - 20) / Math.max(1, bars.length);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left}" y="20" font-size="14">skillgraph vs @neo4j/graphql (b) and raw driver (c): ratios, size ${esc(results.size)}, ${esc(results.date.slice(0, 10))}</text>`,
    `<line x1="${left}" y1="${bottom}" x2="${width - 10}" y2="${bottom}" stroke="black"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="black"/>`,
  ];
  for (let v = 0; v <= max; v += 0.5) parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v.toFixed(1)}</text>`);
  bars.forEach((b, i) => {
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    const goal = Number(b.target.replace(/[^0-9.]/g, ''));
    const colour = b.met === null ? '#bbbbbb' : b.met ? '#2e7d32' : '#c62828';
    const label = b.metric.includes('neo4j-graphql') ? 'a/b' : b.metric.includes('raw') ? 'a/c' : 'writer/plain';
    if (b.value !== null) parts.push(`<rect x="${x}" y="${y(b.value)}" width="${w}" height="${bottom - y(b.value)}" fill="${colour}"/>`);
    // The min–max of the per-round ratios, as a whisker.
    if (b.min !== undefined && b.max !== undefined)
      parts.push(
        `<line x1="${x + w / 2}" x2="${x + w / 2}" y1="${y(b.min)}" y2="${y(b.max)}" stroke="black"/>`,
        ...[b.min, b.max].map((v) => `<line x1="${x + w / 2 - 4}" x2="${x + w / 2 + 4}" y1="${y(v)}" y2="${y(v)}" stroke="black"/>`),
      );
    parts.push(
      `<text x="${x + w / 2}" y="${b.value === null ? bottom - 4 : y(Math.max(b.value, b.max ?? 0)) - 4}" text-anchor="middle">${b.value === null ? 'skipped' : b.value.toFixed(2)}</text>`,
    );
    parts.push(`<line x1="${x - 3}" x2="${x + w + 3}" y1="${y(goal)}" y2="${y(goal)}" stroke="black" stroke-dasharray="4 2"/>`);
    parts.push(`<text x="${x + w / 2}" y="${bottom + 14}" text-anchor="middle">${esc(b.id)}</text>`);
    parts.push(`<text x="${x + w / 2}" y="${bottom + 28}" text-anchor="middle">${esc(label)}</text>`);
  });
  parts.push(
    `<text x="${left}" y="${height - 10}">bars: median ratio of the rounds (green: target met, red: not); whiskers: min–max of the rounds; dashed: target</text>`,
    '</svg>',
  );
  return parts.join('\n');
}
