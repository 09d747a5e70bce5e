import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

/** One HTTP request the load sends; `next()` gives the next one (keys rotate). */
export interface RequestPlan {
  port: number;
  next(): { method: 'GET' | 'POST'; path: string; body?: string };
}

export interface MaxResult {
  rps: number;
  requests: number;
  errors: number;
}

/** Closed loop at `connections` connections for `seconds`: the maximum request rate (autocannon). */
export async function maxThroughput(plan: RequestPlan, connections: number, seconds: number): Promise<MaxResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${plan.port}`,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const next = plan.next();
          return { ...req, method: next.method, path: next.path, body: next.body, headers: { 'content-type': 'application/json' } };
        },
      },
    ],
  });
  return { rps: result.requests.total / seconds, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

export interface LatencyResult {
  rate: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Open loop at a fixed `rate` over at most `connections` keep-alive connections for
 * `seconds`. Latency runs from when a request was due, not when a connection became
 * free, so a server that falls behind shows it (no coordinated omission).
 */
export async function fixedRateLatency(plan: RequestPlan, connections: number, rate: number, seconds: number): Promise<LatencyResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.max(1, Math.round(rate * seconds));
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      send(plan, agent).then((status) => {
        if (status !== 200) errors++;
        if (status !== 0) latencies.push(performance.now() - due);
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rate, requests: latencies.length, errors, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

/**
 * One request at a time over one connection for `seconds`: the service time, with no
 * queue in front of it. The fixed-rate p50 of a target that cannot keep up with the
 * rate measures its queue (and the run's length) instead; this one measures what the
 * plans cost, which is what the S→L growth target is about.
 */
export async function serialLatency(plan: RequestPlan, seconds: number): Promise<{ p50Ms: number; requests: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const started = performance.now();
    const status = await send(plan, agent);
    if (status !== 200) errors++;
    latencies.push(performance.now() - started);
  }
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50Ms: percentile(latencies, 50), requests: latencies.length, errors };
}

/** Sends the plan's next request over `agent`; resolves with the status code, 0 when the request failed. */
function send(plan: RequestPlan, agent: Agent): Promise<number> {
  const next = plan.next();
  return new Promise<number>((resolve) => {
    const req = request(
      { host: '127.0.0.1', port: plan.port, method: next.method, path: next.path, agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(next.body);
  });
}
