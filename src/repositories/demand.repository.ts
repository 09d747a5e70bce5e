import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { num, str } from '../db/repository-helpers';
import { ONET_DATASET } from '../import/datasets/onet';
import type { DemandSignalRecord } from '../records';

const Q = { signals: cypher('skill/demand-signals') };

type Figures = {
  onetRank: number | null;
  onetOccupations: number | null;
  onetHot: number | null;
  onetInDemand: number | null;
  onetSource: string | null;
  onetReleased: string | null;
  statedRank: number | null;
  statedSource: string | null;
};

/**
 * Each source's signal, O*NET's first: one where the source says something. They stay
 * apart because they measure different things (O*NET counts occupations; a stated
 * rank is someone's ranking of their own list).
 */
function signals(f: Figures): DemandSignalRecord[] {
  const out: DemandSignalRecord[] = [];
  if (f.onetRank !== null || f.onetOccupations !== null) {
    out.push({
      kind: 'ONET_OCCUPATIONS',
      source: f.onetSource,
      dataset: ONET_DATASET,
      date: f.onetReleased,
      rank: f.onetRank,
      occupations: f.onetOccupations,
      hotOccupations: f.onetHot,
      inDemandOccupations: f.onetInDemand,
    });
  }
  if (f.statedRank !== null) {
    out.push({
      kind: 'STATED_RANK',
      source: f.statedSource,
      dataset: null,
      // The seed page gives no date for its ranking.
      date: null,
      rank: f.statedRank,
      occupations: null,
      hotOccupations: null,
      inDemandOccupations: null,
    });
  }
  return out;
}

/** The demand signals of each skill; a skill no source ranks has none. */
export async function demandSignalsOf(db: QueryRunner, slugs: readonly string[]): Promise<Map<string, DemandSignalRecord[]>> {
  db.observeBatch(Q.signals, slugs.length);
  const rows = await db.read<{ slug: string; node: Record<string, unknown> }>(Q.signals, { slugs, onet: ONET_DATASET });
  return new Map(
    rows.map(({ slug, node: n }) => [
      slug,
      signals({
        onetRank: num(n.onetRank),
        onetOccupations: num(n.onetOccupations),
        onetHot: num(n.onetHot),
        onetInDemand: num(n.onetInDemand),
        onetSource: str(n.onetSource),
        onetReleased: str(n.onetReleased),
        statedRank: num(n.statedRank),
        statedSource: str(n.statedSource),
      }),
    ]),
  );
}
