import { ratioChart, ratios, table, type ResultRow, type Results } from '../../bench/runner/report';
import { perRoundRatios, roundOrder, spread, sustainedRate } from '../../bench/runner/rounds';
import { nextSliceS, settled } from '../../bench/runner/warm-up';

const row = (id: ResultRow['id'], target: ResultRow['target'], roundRps: number[], roundCpuMsPerReq: number[]): ResultRow => ({
  id,
  target,
  rps: spread(roundRps).median,
  roundRps,
  cpuMsPerReq: spread(roundCpuMsPerReq).median,
  roundCpuMsPerReq,
  sustained: { rate: 50, p50Ms: 2, p99Ms: 9 },
  atRawHalfMax: { rate: 500, p50Ms: target === 'raw-driver' ? 1.5 : null, p99Ms: target === 'raw-driver' ? 4 : null },
  p50MsOneConnection: 1,
  roundTrips: 1,
  dbHits: 9,
  peakRssMb: 200,
});

describe('the benchmark report', () => {
  it('alternates the targets order round by round', () => {
    expect([0, 1, 2].map((r) => roundOrder(['a', 'b', 'c'], r).join(''))).toEqual(['abc', 'cba', 'abc']);
  });

  it('fixes the common rate at half the slowest maximum, at least 1 req/s', () => {
    expect(sustainedRate([1000, 101, 2000])).toBe(51);
    expect(sustainedRate([1])).toBe(1);
  });

  it('calls a warm-up settled only when CPU per request has levelled over three slices', () => {
    // S2 skillgraph on a busy machine: two close slices on the way down (3.21, 2.95) are not the level.
    expect(settled([5.27, 3.21, 2.95], [200, 240, 250])).toBe(false);
    expect(settled([5.27, 3.21, 2.95, 2.0, 1.9, 1.86], [200, 240, 250, 300, 320, 324])).toBe(true);
    // Level CPU but req/s still climbing (Neo4j warming): not yet.
    expect(settled([1.0, 1.02, 1.01], [300, 300, 450])).toBe(false);
  });

  it('lengthens a warm-up slice that served too few requests to average, within the budget left', () => {
    expect(nextSliceS(null, 2, 50, 60)).toBe(2);
    expect(nextSliceS(400, 2, 50, 60)).toBe(2);
    // 8 requests in 2 s: about 50 need 13 s.
    expect(nextSliceS(8, 2, 50, 60)).toBe(13);
    expect(nextSliceS(8, 2, 50, 6)).toBe(6);
    expect(nextSliceS(0, 2, 50, 60)).toBe(60);
    expect(nextSliceS(0, 2, 50, 0.5)).toBe(1);
  });

  it('pairs ratios round by round, and only rounds that pair', () => {
    expect(perRoundRatios([10, 20], [5, 40])).toEqual([2, 0.5]);
    expect(perRoundRatios([10, 20], [5])).toEqual([]);
  });

  it('judges a ratio on the median of the per-round ratios and reports their spread', () => {
    // Per-round a/c: 0.5, 0.9, 0.8 -> median 0.8 (the ratio of the medians, 500/800 = 0.625, would fail).
    const rows = [
      row('S1', 'skillgraph', [400, 450, 800], [1.2, 1.0, 1.1]),
      row('S1', 'neo4j-graphql', [100, 300, 200], [2, 2, 2]),
      row('S1', 'raw-driver', [800, 500, 1000], [0.4, 0.5, 0.5]),
    ];
    const all = ratios(rows);
    const ac = all.find((r) => r.id === 'S1' && r.metric === 'rps skillgraph / raw-driver')!;
    expect(ac.value).toBeCloseTo(0.8);
    expect([ac.min, ac.max]).toEqual([0.5, 0.9]);
    expect(ac.met).toBe(true);
    const ab = all.find((r) => r.id === 'S1' && r.metric === 'rps skillgraph / neo4j-graphql')!;
    expect(ab.target).toBe('>= 2');
    expect(ab.value).toBeCloseTo(4); // 4, 1.5, 4
    const cpu = all.find((r) => r.id === 'S1' && r.metric === 'CPU ms/req skillgraph / raw-driver')!;
    expect(cpu.value).toBeCloseTo(2.2); // 3, 2, 2.2
    expect(cpu.met).toBeNull();
  });

  it('sets a/b at 2 on S1, S2 and S4', () => {
    const rows = (['S1', 'S2', 'S4'] as const).flatMap((id) => [row(id, 'skillgraph', [190], [1]), row(id, 'neo4j-graphql', [100], [1])]);
    const ab = ratios(rows).filter((r) => r.metric === 'rps skillgraph / neo4j-graphql' && r.value !== null);
    expect(ab.map((r) => [r.id, r.target, r.met])).toEqual([
      ['S1', '>= 2', false],
      ['S2', '>= 2', false],
      ['S4', '>= 2', false],
    ]);
  });

  it('prints both fixed-rate columns and the spread, and draws whiskers', () => {
    const rows = [row('S1', 'skillgraph', [400, 450, 800], [1, 1, 1]), row('S1', 'raw-driver', [800, 500, 1000], [0.5, 0.5, 0.5])];
    const results: Results = {
      machine: { cpu: 'cpu', cores: 2, loadAverageAtStart: '1', loadAverageAtEnd: '1' },
      date: '2026-12-05T00:00:00.000Z',
      size: 'S',
      command: 'npm run bench',
      settings: { connections: 8, durationS: 20, rounds: 3 },
      scenarios: rows,
      skipped: [],
      ratios: ratios(rows),
    };
    const text = table(results);
    expect(text).toContain("p50 ms at (c)'s half-max");
    expect(text).toContain('at req/s (all sustain)');
    expect(text).toContain('| S1 | skillgraph | 450 | 400, 450, 800 | 1.00 | 2.0 | 9.0 | 50 | - | - | 500 |');
    expect(text).toContain('| S1 rps skillgraph / raw-driver | 0.80 | 0.50–0.90 | >= 0.7 | yes |');
    expect(ratioChart(results)).toContain('whiskers');
  });
});
