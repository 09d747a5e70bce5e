import { maxThroughput, type RequestPlan } from './load';

export interface WarmUpOptions {
  connections: number;
  /** Warm for at least this long. */
  minS: number;
  /** And at most this long, settled or not. */
  maxS: number;
  /** Length of one slice; the figures of consecutive slices are compared. */
  sliceS?: number;
  /** Settled when the CPU ms per request of the last three slices differ by at most this share (0.1)… */
  tolerance?: number;
  /** …and the req/s of the last two by at most this one (0.2; Neo4j's own warm-up shows only here). */
  rpsTolerance?: number;
  /** A slice lasts until it has served about this many requests (50), not only `sliceS`. */
  minRequests?: number;
}

export interface WarmUpResult {
  seconds: number;
  settled: boolean;
  /** CPU ms per request and req/s of each slice. */
  cpuMsPerReq: number[];
  rps: number[];
}

// Level over the last `n` slices: a falling curve can pass two close slices on its way down.
const level = (xs: readonly number[], n: number, tol: number) => {
  const last = xs.slice(-n);
  return last.length === n && Math.max(...last) <= (1 + tol) * Math.min(...last);
};

/**
 * How long the next slice runs: `sliceS`, or longer when the last slice served fewer than
 * `minRequests` (a depth-2 neighbourhood at size L: a few requests per second), so each
 * slice's CPU per request is a mean over enough requests to compare; at most what is
 * left of the warm-up's budget, and at least one second.
 */
export function nextSliceS(lastRequests: number | null, sliceS: number, minRequests: number, leftS: number): number {
  const wanted =
    lastRequests === null || lastRequests >= minRequests ? sliceS : Math.ceil((sliceS * minRequests) / Math.max(1, lastRequests));
  return Math.max(1, Math.min(wanted, leftS));
}

/** Whether the slices so far show a warm target: CPU ms/req level over three slices, req/s over two. */
export const settled = (cpuMsPerReq: readonly number[], rps: readonly number[], tolerance = 0.1, rpsTolerance = 0.2): boolean =>
  level(cpuMsPerReq, 3, tolerance) && level(rps, 2, rpsTolerance);

/**
 * Loads a target until its server CPU per request stops falling (V8 and Neo4j's JIT have
 * compiled the hot paths) and its req/s has levelled, not for a fixed time: on a busy
 * machine a target gets fewer requests in the same seconds, and after 8 s skillgraph still
 * went from 2.8 CPU ms per request in the first round to 1.6 in the third. CPU per
 * request hardly moves with what else the machine is doing; req/s shows Neo4j's warm-up.
 */
export async function warmUp(plan: RequestPlan, cpuMs: () => number, o: WarmUpOptions): Promise<WarmUpResult> {
  const sliceS = o.sliceS ?? 2;
  const cpu: number[] = [];
  const rps: number[] = [];
  let seconds = 0;
  let lastRequests: number | null = null;
  while (seconds < o.maxS) {
    const cpu0 = cpuMs();
    const slice = nextSliceS(lastRequests, sliceS, o.minRequests ?? 50, o.maxS - seconds);
    const m = await maxThroughput(plan, o.connections, slice);
    seconds += slice;
    lastRequests = m.requests;
    cpu.push((cpuMs() - cpu0) / Math.max(1, m.requests));
    rps.push(m.rps);
    if (seconds >= o.minS && settled(cpu, rps, o.tolerance, o.rpsTolerance)) return { seconds, settled: true, cpuMsPerReq: cpu, rps };
  }
  return { seconds, settled: false, cpuMsPerReq: cpu, rps };
}
