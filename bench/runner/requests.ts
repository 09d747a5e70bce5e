import type { Scenario, TargetId } from '../scenarios';
import type { RequestPlan } from './load';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** The HTTP request that asks `target` the scenario's question about skill `key`. */
export function requestFor(scenario: Scenario, target: TargetId, key: string): HttpRequest {
  const spec = scenario.requests[target];
  if (!spec) throw new Error(`${scenario.id} has no request for ${target}`);
  if (spec.kind === 'raw') return { method: 'GET', path: spec.path(key) };
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query: spec.query, variables: spec.variables(key) }) };
}

/** Requests that cycle through the keys, so the load is not one hot skill. */
export function rotatingPlan(scenario: Scenario, target: TargetId, port: number, keys: readonly string[]): RequestPlan {
  const prepared = keys.map((k) => requestFor(scenario, target, k));
  let i = 0;
  return { port, next: () => prepared[i++ % prepared.length] };
}

export interface Answer {
  status: number;
  json: { data?: unknown; errors?: Array<{ message: string }>; extensions?: { queryStats?: { roundTrips: number } } };
  bytes: number;
}

export async function ask(port: number, req: HttpRequest): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${port}${req.path}`, {
    method: req.method,
    headers: { 'content-type': 'application/json' },
    body: req.body,
  });
  const text = await res.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = { errors: [{ message: `not JSON (${res.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, json, bytes: Buffer.byteLength(text) };
}
