import { median } from './median';

/**
 * The targets' order in round `round`: as given on even rounds, reversed on odd ones
 * (a b c, c b a, a b c, …), so a drift of the machine's speed within a scenario falls
 * on every target alike instead of on whichever runs last.
 */
export const roundOrder = <T>(order: readonly T[], round: number): T[] => (round % 2 === 0 ? [...order] : [...order].reverse());

/** A value measured once per round: the median, which the targets are judged on, and the spread. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export const spread = (values: readonly number[]): Spread => ({
  median: median([...values]),
  min: Math.min(...values),
  max: Math.max(...values),
});

/**
 * a/b for each round, the two measured seconds apart in that round. Their median is less
 * sensitive to a slow spell of the machine than the ratio of the two targets' medians.
 * Empty when the rounds do not pair up.
 */
export const perRoundRatios = (a: readonly number[], b: readonly number[]): number[] =>
  a.length > 0 && a.length === b.length && b.every((x) => x > 0) ? a.map((x, i) => x / b[i]) : [];

/**
 * The open-loop rate every target can serve: half the slowest one's maximum. At (c)'s
 * half-max instead, a target slower than that queues, and its p50 measures the queue.
 */
export const sustainedRate = (maxRps: readonly number[]): number => Math.max(1, Math.round(Math.min(...maxRps) / 2));
