import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import {
  toCompany,
  toConcept,
  toFramework,
  toFrameworkItem,
  toOccupation,
  toProvider,
  toResource,
  toSkill,
  toTechnologyCategory,
} from '../db/record-mappers';
import type { ExactKeys } from '../domain/search-identifiers';
import { highlightHit, rankCandidates, type ExactHow, type SearchCandidate } from '../domain/search-rank';
import type { AnyNodeRecord, SearchHitRecord } from '../records';

const Q = { candidates: cypher('search/candidates'), nodes: cypher('search/nodes'), count: cypher('search/count') };

/**
 * How many full-text candidates are ranked: paging reaches this deep (plus every exact
 * match). Each one is read, decoded and ranked per request: 300 cost twice 100's time.
 */
export const SEARCH_DEPTH = 100;

const byLabel: Record<string, (p: Record<string, unknown>) => AnyNodeRecord> = {
  Skill: (p) => ({ __typename: 'Skill', ...toSkill(p) }),
  Company: (p) => ({ __typename: 'Company', ...toCompany(p) }),
  Resource: (p) => ({ __typename: 'Resource', ...toResource(p) }),
  Provider: (p) => ({ __typename: 'Provider', ...toProvider(p) }),
  Framework: (p) => ({ __typename: 'Framework', ...toFramework(p) }),
  Concept: (p) => ({ __typename: 'Concept', ...toConcept(p) }),
  FrameworkItem: (p) => ({ __typename: 'FrameworkItem', ...toFrameworkItem(p) }),
  Occupation: (p) => ({ __typename: 'Occupation', ...toOccupation(p) }),
  TechnologyCategory: (p) => ({ __typename: 'TechnologyCategory', ...toTechnologyCategory(p) }),
};
/** Labels keyed by code rather than slug. */
const BY_CODE = new Set(['FrameworkItem', 'Occupation', 'TechnologyCategory']);

export interface SearchPageRecord {
  hits: SearchHitRecord[];
  /** Position (0-based) of the first hit of the page among all ranked hits. */
  offset: number;
  /** Hits ranked in all (at most SEARCH_DEPTH plus exact ones). */
  ranked: number;
  /** Counts every match, not only the ranked ones; runs only when asked for. */
  totalCount: () => Promise<number>;
}

interface CandidateRow {
  id: string;
  label: string;
  score: number;
  how: ExactHow[];
  slug: string | null;
  code: string | null;
  name: string | null;
  aliases: string[];
  extra: string[];
}

/**
 * One page of search hits: candidates (full-text and exact lookups, one round trip),
 * ranked by src/domain/search-rank.ts, then the page's nodes (a second round trip).
 */
export async function searchNodes(
  db: QueryRunner,
  input: { text: string; query: string; keys: ExactKeys; labels: string[]; offset: number; first: number },
): Promise<SearchPageRecord> {
  const rows = await db.read<CandidateRow>(Q.candidates, {
    query: input.query,
    labels: input.labels,
    k: SEARCH_DEPTH,
    codes: input.keys.codes,
    codePrefix: input.keys.codePrefix,
    occupationCode: input.keys.occupationCode,
    rawCode: input.keys.rawCode,
    slug: input.keys.slug,
  });
  const candidates: SearchCandidate[] = rows.map((r) => ({
    id: r.id,
    label: r.label,
    key: String((BY_CODE.has(r.label) ? r.code : r.slug) ?? r.slug ?? r.code ?? ''),
    score: Number(r.score),
    how: new Set(r.how),
    name: r.name,
    code: r.label === 'FrameworkItem' || r.label === 'Occupation' ? r.code : null,
    aliases: r.aliases,
    extra: r.extra,
  }));
  const ranked = rankCandidates(input.text, candidates);
  const page = ranked.slice(input.offset, input.offset + input.first);
  const exactIds = candidates.filter((c) => c.score === 0).map((c) => c.id);
  const fullText = candidates.length - exactIds.length;
  const totalCount = async () => {
    // Fewer full-text hits than the depth: the candidates are every match, no need to count.
    if (fullText < SEARCH_DEPTH) return candidates.length;
    const [row] = await db.read<{ total: number }>(Q.count, { query: input.query, labels: input.labels, exactIds });
    return Number(row?.total ?? 0) + exactIds.length;
  };
  if (page.length === 0) return { hits: [], offset: input.offset, ranked: ranked.length, totalCount };

  const nodeRows = await db.read<{ id: string; labels: string[]; node: Record<string, unknown> }>(Q.nodes, { ids: page.map((c) => c.id) });
  const byId = new Map(nodeRows.map((r) => [r.id, r]));
  const hits: SearchHitRecord[] = [];
  for (const c of page) {
    const row = byId.get(c.id);
    // Deleted (or replaced) since the candidates were read: left out rather than mis-typed.
    if (!row || !row.labels.includes(c.label)) continue;
    const fallback = c.how.has('slug')
      ? { field: 'slug', value: String(row.node.slug) }
      : { field: c.code ? 'code' : 'name', value: c.code ?? c.name ?? c.key };
    hits.push({ score: c.rankScore, ...highlightHit(input.text, row.node, fallback), node: byLabel[c.label](row.node) });
  }
  return { hits, offset: input.offset, ranked: ranked.length, totalCount };
}
