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
    const next = plan.next();
    inflight.push(
      new Promise<void>((resolve) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: plan.port,
            method: next.method,
            path: next.path,
            agent,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode !== 200) errors++;
              latencies.push(performance.now() - due);
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors++;
          resolve();
        });
        req.end(next.body);
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rate, requests: latencies.length, errors, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}
