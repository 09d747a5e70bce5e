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

const Q = { candidates: cypher('search/candidates'), nodes: cypher('search/nodes') };

/**
 * How many full-text candidates are ranked: paging reaches this deep (plus every exact
 * match). Each one is read, decoded and ranked per request: 300 cost twice 100's time.
 */
export const SEARCH_DEPTH = 100;
/** Resources found through their provider's name: of this many providers, this many resources each. */
const VIA_PROVIDERS = 5;
const PER_PROVIDER = 20;

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
  /** Hits ranked in all (at most SEARCH_DEPTH plus exact ones and resources found through a provider). */
  ranked: number;
  /** Every match, not only the ranked ones; null when the search was not asked to count. */
  totalCount: number | null;
}

interface CandidateRow {
  id: string;
  label: string;
  score: number;
  how: ExactHow[];
  /** Full-text matches beyond the exact hits, when counted (0 when not). */
  fullTextTotal: number;
  slug: string | null;
  code: string | null;
  name: string | null;
  aliases: string[];
  extra: string[];
  /** A resource's provider names. */
  providers: string[];
}

/**
 * One page of search hits: candidates (full-text and exact lookups, and the count of every
 * match when `count` is set: one round trip), ranked by src/domain/search-rank.ts, then
 * the page's nodes (a second round trip).
 */
export async function searchNodes(
  db: QueryRunner,
  input: { text: string; query: string; keys: ExactKeys; labels: string[]; all: boolean; offset: number; first: number; count: boolean },
): Promise<SearchPageRecord> {
  const rows = await db.read<CandidateRow>(Q.candidates, {
    query: input.query,
    labels: input.labels,
    all: input.all,
    ftOptions: input.all ? { limit: SEARCH_DEPTH } : {},
    k: SEARCH_DEPTH,
    codes: input.keys.codes,
    codePrefix: input.keys.codePrefix,
    occupationCode: input.keys.occupationCode,
    rawCode: input.keys.rawCode,
    slug: input.keys.slug,
    viaProviders: VIA_PROVIDERS,
    perProvider: PER_PROVIDER,
    withCount: input.count,
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
    extra: [...r.extra, ...r.providers],
    providers: r.providers,
  }));
  const ranked = rankCandidates(input.text, candidates);
  const page = ranked.slice(input.offset, input.offset + input.first);
  // Exact hits and resources found through a provider score 0; the rest are full-text hits.
  const fullText = candidates.filter((c) => c.score > 0).length;
  const counted = Number(rows[0]?.fullTextTotal ?? 0);
  const totalCount = !input.count ? null : fullText < SEARCH_DEPTH ? candidates.length : counted + candidates.length - fullText;
  if (page.length === 0) return { hits: [], offset: input.offset, ranked: ranked.length, totalCount };

  const nodeRows = await db.read<{ id: string; labels: string[]; node: Record<string, unknown>; providers: string[] }>(Q.nodes, {
    ids: page.map((c) => c.id),
  });
  const byId = new Map(nodeRows.map((r) => [r.id, r]));
  const hits: SearchHitRecord[] = [];
  for (const c of page) {
    const row = byId.get(c.id);
    // Deleted (or replaced) since the candidates were read: left out rather than mis-typed.
    if (!row || !row.labels.includes(c.label)) continue;
    const fallback = c.how.has('slug')
      ? { field: 'slug', value: String(row.node.slug) }
      : { field: c.code ? 'code' : 'name', value: c.code ?? c.name ?? c.key };
    // A resource's provider names may be what matched: highlighted as `provider`.
    const props = row.providers.length > 0 ? { ...row.node, provider: row.providers } : row.node;
    hits.push({ score: c.rankScore, ...highlightHit(input.text, props, fallback), node: byLabel[c.label](row.node) });
  }
  return { hits, offset: input.offset, ranked: ranked.length, totalCount };
}
