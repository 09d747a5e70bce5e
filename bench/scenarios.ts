/**
 * The read scenarios, as each target is asked them. Every target answers the same
 * question about the same skill; `normalize` maps an answer to skillgraph's JSON so
 * the harness can check that the targets agree before it measures them.
 */
export type TargetId = 'skillgraph' | 'neo4j-graphql' | 'raw-driver' | 'skillgraph-cached';
/** The three the targets compare; `--targets` may add skillgraph-cached (its response cache on), reported apart. */
export const TARGETS: readonly TargetId[] = ['skillgraph', 'neo4j-graphql', 'raw-driver'];
export const ALL_TARGETS: readonly TargetId[] = [...TARGETS, 'skillgraph-cached'];
/** RESPONSE_CACHE_TTL_S of skillgraph-cached: longer than a run, so after warm-up every answer is a hit. */
export const CACHED_TTL_S = 300;

export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S7a' | 'S7b' | 'S8';

export interface GraphQLRequest {
  kind: 'graphql';
  query: string;
  variables(key: string): Record<string, unknown>;
  /** The answer's `data` in skillgraph's shape. */
  normalize?(data: unknown): unknown;
}

export interface RawRequest {
  kind: 'raw';
  path(key: string): string;
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** Which skills to ask about (see bench/cypher/pick). */
  keys: 'any' | 'many-hirers' | 'mid-neighbourhood' | 'hubs-and-spread' | 'with-occupations' | 'search-texts';
  /** Runs on the real graph only (`--size real`: the seed and every public data set, nothing generated). */
  realOnly?: boolean;
  requests: Partial<Record<TargetId, GraphQLRequest | RawRequest>>;
  /** Why a target is absent, when it is. */
  notes?: Partial<Record<TargetId, string>>;
  /** Compare only the sizes of lists (targets may legitimately pick different members). */
  compare?: 'exact' | 'counts';
  /** Present on skillgraph only when its schema has this Query field. */
  requiresField?: string;
}

const SCALARS = 'slug name description category level demandRank trend aliases';
/** The skill page's selection on Skill (S2). */
export const SKILL_PAGE = `${SCALARS}
  prerequisites { slug name level }
  hiringCompanies { slug name website }
  resources { slug kind title url level cost provider { slug name } }
  frameworks { slug name version }`;
const bySlug = (slug: string) => ({ slug });
/** @neo4j/graphql answers a list where skillgraph answers one object. */
const firstSkill = (data: unknown) => ({ skill: (data as { skills: unknown[] }).skills[0] ?? null });
const raw = (path: string): RawRequest => ({ kind: 'raw', path: (slug) => `/${path}?slug=${encodeURIComponent(slug)}` });

/**
 * S8's search texts, in rotation: what people type (codes in their spellings, names,
 * words in any order, a prefix, a typo, an author), not picked from the graph, so the
 * same ten run on every size.
 */
export const SEARCH_TEXTS = [
  'AML.T0051',
  'llm01',
  'GV-1.1',
  'red team',
  'model security',
  'python',
  'kuberne',
  'prompt injection',
  'data poisoning',
  'sotiropoulos',
];

const SCENARIO_LIST: Scenario[] = [
  {
    id: 'S1',
    title: 'one skill by slug, scalars only',
    keys: 'any',
    requests: {
      skillgraph: { kind: 'graphql', query: `query S1($slug: String!) { skill(slug: $slug) { ${SCALARS} } }`, variables: bySlug },
      'neo4j-graphql': {
        kind: 'graphql',
        query: `query S1($slug: String!) { skills(where: { slug: { eq: $slug } }) { ${SCALARS} } }`,
        variables: bySlug,
        normalize: firstSkill,
      },
      'raw-driver': raw('s1'),
    },
  },
  {
    id: 'S2',
    title: 'the skill page: prerequisites, hiring companies, resources with providers, frameworks',
    keys: 'any',
    requests: {
      skillgraph: {
        kind: 'graphql',
        query: `query S2($slug: String!) { skill(slug: $slug) { ${SKILL_PAGE} } }`,
        variables: bySlug,
      },
      'neo4j-graphql': {
        kind: 'graphql',
        query: `query S2($slug: String!) { skills(where: { slug: { eq: $slug } }) { ${SCALARS}
          prerequisites(sort: [{ name: ASC }]) { slug name level }
          hiringCompanies(sort: [{ name: ASC }]) { slug name website }
          resources(sort: [{ kind: ASC }, { title: ASC }]) { slug kind title url level cost provider { slug name } }
          frameworks(sort: [{ name: ASC }]) { slug name version } } }`,
        variables: bySlug,
        // A to-one relationship is a list in @neo4j/graphql 7.
        normalize: (data) => {
          const { skill } = firstSkill(data) as { skill: { resources: Array<{ provider: unknown[] }> } | null };
          if (skill) for (const r of skill.resources) (r as { provider: unknown }).provider = r.provider[0] ?? null;
          return { skill };
        },
      },
      'raw-driver': raw('s2'),
    },
  },
  {
    id: 'S3',
    title: 'related skills, top 10',
    keys: 'any',
    requests: {
      skillgraph: {
        kind: 'graphql',
        query: `query S3($slug: String!) { skill(slug: $slug) { relatedSkills(first: 10) { score skill { slug name } } } }`,
        variables: bySlug,
      },
      'neo4j-graphql': {
        kind: 'graphql',
        query: `query S3($slug: String!) { skills(where: { slug: { eq: $slug } }) { relatedSkills(first: 10) { score skill { slug name } } } }`,
        variables: bySlug,
        normalize: firstSkill,
      },
      'raw-driver': raw('s3'),
    },
  },
  {
    id: 'S4',
    title: '50 companies hiring for a skill, each with its top 5 skills',
    keys: 'many-hirers',
    requests: {
      skillgraph: {
        kind: 'graphql',
        query: `query S4($slug: String!) { skill(slug: $slug) { slug
          hiringCompanies(first: 50) { slug name skills(first: 5, orderBy: DEMAND) { slug name demandRank } } } }`,
        variables: bySlug,
      },
      'neo4j-graphql': {
        kind: 'graphql',
        query: `query S4($slug: String!) { skills(where: { slug: { eq: $slug } }) { slug
          hiringCompanies(limit: 50, sort: [{ name: ASC }]) { slug name
            skills(limit: 5, sort: [{ onetRank: ASC }, { demandRank: ASC }, { name: ASC }]) { slug name demandRank } } } }`,
        variables: bySlug,
        normalize: firstSkill,
      },
      'raw-driver': raw('s4'),
    },
  },
  {
    id: 'S5',
    title: 'depth-2 neighbourhood (500-2,000 nodes) as nodes and edges',
    keys: 'mid-neighbourhood',
    requiresField: 'neighborhood',
    compare: 'counts',
    requests: {
      skillgraph: {
        kind: 'graphql',
        query: `query S5($id: ID!) { neighborhood(id: $id, depth: 2, limit: 2000) {
          nodes { id kind label } edges { source target type } truncated omittedNodes } }`,
        variables: (slug) => ({ id: Buffer.from(`Skill:${slug}`, 'utf8').toString('base64url') }),
      },
      'raw-driver': raw('s5'),
    },
    notes: {
      'neo4j-graphql':
        '@neo4j/graphql has no nodes-and-edges view; the only way is one @cypher field holding the whole hand-written statement, which measures nothing of the library',
    },
  },
  {
    id: 'S7a',
    title: 'real data: related skills, top 10, of the 50 biggest O*NET hubs and 50 skills spread over the graph',
    keys: 'hubs-and-spread',
    realOnly: true,
    requests: {
      skillgraph: {
        kind: 'graphql',
        query: `query S7a($slug: String!) { skill(slug: $slug) { relatedSkills(first: 10) { score skill { slug name } } } }`,
        variables: bySlug,
      },
      'neo4j-graphql': {
        kind: 'graphql',
        query: `query S7a($slug: String!) { skills(where: { slug: { eq: $slug } }) { relatedSkills(first: 10) { score skill { slug name } } } }`,
        variables: bySlug,
        normalize: firstSkill,
      },
      'raw-driver': raw('s3'),
    },
  },
  {
    id: 'S7b',
    title: 'real data: the occupations using a skill, first 50 by code, with totalCount',
    keys: 'with-occupations',
    realOnly: true,
    requests: {
      skillgraph: {
        kind: 'graphql',
        query: `query S7b($slug: String!) { skill(slug: $slug) { occupations(first: 50) { totalCount edges { hot inDemand node { code title } } } } }`,
        variables: bySlug,
      },
      'neo4j-graphql': {
        kind: 'graphql',
        query: `query S7b($slug: String!) { skills(where: { slug: { eq: $slug } }) {
          occupationsConnection(first: 50, sort: [{ node: { code: ASC } }]) { totalCount edges { properties { hot inDemand } node { code title } } } } }`,
        variables: bySlug,
        // A connection edge's relationship properties sit under `properties` in @neo4j/graphql.
        normalize: (data) => {
          const { skill } = firstSkill(data) as {
            skill: { occupationsConnection: { totalCount: number; edges: Array<{ properties: object; node: object }> } } | null;
          };
          if (!skill) return { skill: null };
          const { totalCount, edges } = skill.occupationsConnection;
          return { skill: { occupations: { totalCount, edges: edges.map((e) => ({ ...e.properties, node: e.node })) } } };
        },
      },
      'raw-driver': raw('s7-occupations'),
    },
  },
  {
    id: 'S8',
    title: 'search: ten texts people type, in rotation (codes, names, words, a prefix, a typo, an author)',
    keys: 'search-texts',
    requiresField: 'search',
    requests: {
      skillgraph: {
        kind: 'graphql',
        query: `query S8($text: String!) { search(text: $text, first: 10) { totalCount nodes { score kind matchedField highlight node { id } } } }`,
        variables: (text) => ({ text }),
      },
    },
    notes: {
      'neo4j-graphql':
        '@neo4j/graphql has no ranked search across types (its fulltext argument queries one index of one type, unranked across kinds)',
      'raw-driver': 'a raw full-text call would answer a different, unranked list; S8 has a target against S1 instead',
    },
  },
];

/** skillgraph-cached is skillgraph with RESPONSE_CACHE_TTL_S set: the same requests. */
export const SCENARIOS: readonly Scenario[] = SCENARIO_LIST.map((s) =>
  s.requests.skillgraph ? { ...s, requests: { ...s.requests, 'skillgraph-cached': s.requests.skillgraph } } : s,
);
