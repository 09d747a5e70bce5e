import { keyOfGlobalId, type Judgement } from './relevance-set';
import { type Hit, judge, type Outcome, RANK_DEPTH } from './score';

/** The GraphQL every judged query runs: the first 10 hits, with what matched. */
export const SEARCH_QUERY = `query SearchRelevance($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    nodes { score kind matchedField highlight node { id } }
  }
}`;

interface SearchResponse {
  data?: {
    search?: { nodes?: Array<{ score: number; kind: string; matchedField: string; highlight: string; node: { id: string } }> };
  } | null;
  errors?: Array<{ message: string }>;
}

/** Posts one GraphQL operation and returns its JSON body. */
export type PostGraphQL = (query: string, variables: Record<string, unknown>) => Promise<SearchResponse>;

/** A poster for a GraphQL endpoint URL (plain fetch, JSON body). */
export function postTo(url: string, headers: Record<string, string> = {}): PostGraphQL {
  return async (query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as SearchResponse;
    } catch {
      return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 200)}` }] };
    }
  };
}

/** Runs one judged query through `search` and scores it. */
export async function runQuery(post: PostGraphQL, q: Judgement): Promise<Outcome> {
  try {
    const body = await post(SEARCH_QUERY, { text: q.text, first: RANK_DEPTH });
    if (body.errors?.length) return judge(q, [], body.errors.map((e) => e.message).join('; '));
    const nodes = body.data?.search?.nodes;
    if (!nodes) return judge(q, [], 'the answer has no search.nodes');
    const hits: Hit[] = nodes.map((n) => ({
      key: keyOfGlobalId(n.node.id),
      kind: n.kind,
      score: n.score,
      matchedField: n.matchedField,
      highlight: n.highlight,
    }));
    return judge(q, hits);
  } catch (err) {
    return judge(q, [], (err as Error).message);
  }
}

/** Runs every judged query, a few at a time, and returns the outcomes in the set's order. */
export async function runRelevanceSet(post: PostGraphQL, queries: Judgement[], concurrency = 4): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(queries.length);
  let next = 0;
  const worker = async () => {
    while (next < queries.length) {
      const i = next++;
      outcomes[i] = await runQuery(post, queries[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queries.length) }, worker));
  return outcomes;
}
