import { maxThroughput, serialLatency } from './load';
import { startTarget, type TargetProcess } from './processes';
import { rotatingPlan } from './requests';
import type { Scenario, TargetId } from '../scenarios';
import { median } from './median';

/** p50 of one request at a time at size S and at the run's size, measured in turns in one run. */
export interface GrowthRow {
  id: Scenario['id'];
  target: TargetId;
  p50MsSmall: number;
  p50MsLarge: number;
  /** p50MsLarge / p50MsSmall. */
  growth: number;
  rounds: number;
}

export interface GrowthPlan {
  scenarios: Scenario[];
  targets: TargetId[];
  /** Environments of a target on the small (size S) and on the large database. */
  env: { small: NodeJS.ProcessEnv; large: NodeJS.ProcessEnv };
  keys: { small: Record<Scenario['keys'], string[]>; large: Record<Scenario['keys'], string[]> };
  warmupS: number;
  /** Seconds per turn; each side gets `rounds` turns, alternating. */
  turnS: number;
  rounds: number;
  say: (line: string) => void;
}

/**
 * The S→L growth target, measured side by side: each target runs twice at once, on a
 * Neo4j holding size S and on the run's own, and the one-request-at-a-time p50
 * (service time, no queue) is taken in alternating turns seconds apart. Comparing two
 * runs made at different times instead measured mostly the machine's drift (the same
 * query moved 0.66× to 1.81× between such runs).
 */
export async function sideBySideGrowth(plan: GrowthPlan): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const s of plan.scenarios) {
    for (const t of plan.targets) {
      if (!s.requests[t]) continue;
      const keys = { small: plan.keys.small[s.keys], large: plan.keys.large[s.keys] };
      if (!keys.small.length || !keys.large.length) {
        plan.say(`${s.id} ${t} growth: skipped, no skill fits (${s.keys}) at one of the sizes`);
        continue;
      }
      const procs: Partial<Record<'small' | 'large', TargetProcess>> = {};
      try {
        for (const side of ['small', 'large'] as const) {
          procs[side] = await startTarget(t, plan.env[side]);
          await maxThroughput(rotatingPlan(s, t, procs[side].port, keys[side]), 8, plan.warmupS);
        }
        const p50 = { small: [] as number[], large: [] as number[] };
        for (let round = 0; round < plan.rounds; round++) {
          const sides = round % 2 ? (['large', 'small'] as const) : (['small', 'large'] as const);
          for (const side of sides) {
            const one = await serialLatency(rotatingPlan(s, t, procs[side]!.port, keys[side]), plan.turnS);
            p50[side].push(one.p50Ms);
          }
        }
        const row: GrowthRow = {
          id: s.id,
          target: t,
          p50MsSmall: Math.round(median(p50.small) * 100) / 100,
          p50MsLarge: Math.round(median(p50.large) * 100) / 100,
          growth: Math.round((median(p50.large) / median(p50.small)) * 100) / 100,
          rounds: plan.rounds,
        };
        rows.push(row);
        plan.say(`${s.id} ${t} growth: p50 alone ${row.p50MsSmall} ms at S, ${row.p50MsLarge} ms here: ${row.growth}×`);
      } finally {
        for (const p of Object.values(procs)) await p.stop();
      }
    }
  }
  return rows;
}
