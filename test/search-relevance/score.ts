/**
 * Scoring of the judged queries (queries.yaml), shared by `npm run search:eval` and
 * test/e2e/search-relevance.test.ts. A query expects either one node first (`first`) or a
 * set of nodes to fill the top 3 (`top3`, for ambiguous queries). Over the hits `search`
 * returns, in order (at most 10 are looked at):
 *
 * - success@1: the first hit is the expected node (for a set: the first hit is in the set).
 * - success@3: the expected node is among the first 3 hits. For a set: every one of the
 *   first 3 hits is in the set, or, when the set has fewer than 3 nodes, every node of the
 *   set is among the first 3 hits (either way: at least min(3, set size) of the first 3
 *   hits are in the set).
 * - reciprocal rank: 1 / the rank of the first relevant hit (the expected node, or any node
 *   of the set) within the first 10 hits; 0 when none of them is relevant.
 *   MRR is the mean reciprocal rank over the queries.
 *
 * A query meets its expectation when a `first` query has success@1 and a `top3` query has
 * success@3. Each rate is the share of queries with that success; a query whose search
 * failed (a GraphQL error) counts as a miss on all three.
 */

import type { Judgement } from './relevance-set';

/** One hit as the report shows it; `key` is "<Type>:<key>" (the decoded global id). */
export interface Hit {
  key: string;
  kind?: string;
  score?: number;
  matchedField?: string;
  highlight?: string;
}

export interface Outcome {
  query: Judgement;
  hits: Hit[];
  successAt1: boolean;
  successAt3: boolean;
  reciprocalRank: number;
  /** The query's expectation: success@1 for `first`, success@3 for `top3`. */
  met: boolean;
  /** Set when the search itself failed. */
  error?: string;
}

export interface Metrics {
  queries: number;
  successAt1: number;
  successAt3: number;
  mrr: number;
  /** Queries whose expectation was met. */
  met: number;
}

/** How many hits count for the reciprocal rank. */
export const RANK_DEPTH = 10;

export function judge(query: Judgement, hits: Hit[], error?: string): Outcome {
  const relevant = new Set(query.first ? [query.first] : query.top3!);
  const keys = hits.slice(0, RANK_DEPTH).map((h) => h.key);
  const successAt1 = keys.length > 0 && relevant.has(keys[0]);
  const inTop3 = keys.slice(0, 3).filter((k) => relevant.has(k)).length;
  const successAt3 = inTop3 >= Math.min(3, relevant.size);
  const rank = keys.findIndex((k) => relevant.has(k));
  const reciprocalRank = rank < 0 ? 0 : 1 / (rank + 1);
  if (error) return { query, hits, successAt1: false, successAt3: false, reciprocalRank: 0, met: false, error };
  return { query, hits, successAt1, successAt3, reciprocalRank, met: query.first ? successAt1 : successAt3 };
}

export function metrics(outcomes: Outcome[]): Metrics {
  const n = outcomes.length;
  const share = (pick: (o: Outcome) => boolean) => (n === 0 ? 0 : outcomes.filter(pick).length / n);
  return {
    queries: n,
    successAt1: share((o) => o.successAt1),
    successAt3: share((o) => o.successAt3),
    mrr: n === 0 ? 0 : outcomes.reduce((sum, o) => sum + o.reciprocalRank, 0) / n,
    met: outcomes.filter((o) => o.met).length,
  };
}

/** Metrics per category, categories in the order they first appear. */
export function metricsByCategory(outcomes: Outcome[]): Map<string, Metrics> {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(o.query.category, [...(groups.get(o.query.category) ?? []), o]);
  return new Map([...groups].map(([category, list]) => [category, metrics(list)]));
}

/** Queries that missed any of success@1, success@3 or their expectation. */
export function misses(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter((o) => !o.met || !o.successAt1 || !o.successAt3);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function metricsLine(label: string, m: Metrics, width: number): string {
  return `${label.padEnd(width)} ${String(m.queries).padStart(4)}  ${pct(m.successAt1).padStart(6)}  ${pct(m.successAt3).padStart(6)}  ${m.mrr.toFixed(3).padStart(5)}  ${String(m.met).padStart(4)}`;
}

function hitLine(h: Hit, rank: number, relevant: Set<string>): string {
  const mark = relevant.has(h.key) ? '*' : ' ';
  const detail = [h.kind, h.matchedField, h.score === undefined ? undefined : h.score.toFixed(3)].filter((x) => x !== undefined).join(', ');
  const highlight = h.highlight ? `  "${h.highlight.length > 80 ? `${h.highlight.slice(0, 77)}...` : h.highlight}"` : '';
  return `      ${rank}.${mark} ${h.key}${detail ? ` (${detail})` : ''}${highlight}`;
}

/** One missed query: what was expected, which metrics it missed, and the top 3 it got (relevant hits starred). */
export function describeMiss(o: Outcome): string {
  const q = o.query;
  const expected = q.first ? `first ${q.first}` : `top3 of [${q.top3!.join(', ')}]`;
  const missed = [!o.met && 'expectation', !o.successAt1 && '@1', !o.successAt3 && '@3'].filter(Boolean).join(' ');
  const relevant = new Set(q.first ? [q.first] : q.top3!);
  const rank = o.reciprocalRank > 0 ? `relevant at rank ${Math.round(1 / o.reciprocalRank)}` : 'nothing relevant in the top 10';
  const lines = [`  [${q.category}] ${JSON.stringify(q.text)}: expected ${expected}; missed ${missed}; ${rank}`];
  if (o.error) lines.push(`      error: ${o.error}`);
  else if (o.hits.length === 0) lines.push('      (no hits)');
  else o.hits.slice(0, 3).forEach((h, i) => lines.push(hitLine(h, i + 1, relevant)));
  return lines.join('\n');
}

/** The whole report: overall and per-category metrics, then every missed query with its top 3. */
export function formatReport(outcomes: Outcome[]): string {
  const byCategory = metricsByCategory(outcomes);
  const width = Math.max(8, ...[...byCategory.keys()].map((c) => c.length));
  const lines = [
    `${'category'.padEnd(width)} ${'n'.padStart(4)}  ${'@1'.padStart(6)}  ${'@3'.padStart(6)}  ${'MRR'.padStart(5)}  ${'met'.padStart(4)}`,
    ...[...byCategory].map(([category, m]) => metricsLine(category, m, width)),
    metricsLine('overall', metrics(outcomes), width),
  ];
  const missed = misses(outcomes);
  lines.push('', missed.length === 0 ? 'No misses.' : `${missed.length} queries missed @1, @3 or their expectation:`);
  for (const o of missed) lines.push(describeMiss(o));
  return lines.join('\n');
}
