import { cacheExchange, Client, fetchExchange } from '@urql/core';
import {
  expectGraphView,
  expectSkillPage,
  GRAPH_VIEW,
  MODEL_SECURITY,
  SKILL_PAGE,
  type GraphView,
  type SkillPage,
} from '../../support/clients/documents';
import { recordingFetch } from '../../support/clients/recording-fetch';
import { useTestServer } from '../../support/http';
import { rawCypher } from '../../support/neo4j';
import { uniquePrefix } from '../../support/unique';
import { API_KEYS_ENV, as } from '../../support/writes';

const PREFIX = uniquePrefix('urql');

/**
 * @urql/core 6 with its defaults: queries go as GET while the URL stays under 2048
 * characters (preferGetMethod 'within-url-limit'), with no content-type and no
 * preflight header; longer ones and mutations go as JSON POST.
 */
describe('urql', () => {
  const t = useTestServer(API_KEYS_ENV, { prefix: PREFIX });

  const client = () => {
    const recorder = recordingFetch();
    // `fetch` only to record the requests; everything else is urql's default.
    const urql = new Client({ url: t.url, exchanges: [cacheExchange, fetchExchange], fetch: recorder.fetch });
    return { urql, requests: recorder.requests };
  };

  it('reads the skill page and the graph view over GET, as it sends them by default', async () => {
    const { urql, requests } = client();
    const page = await urql.query<SkillPage>(SKILL_PAGE, {}).toPromise();
    expect(page.error).toBeUndefined();
    expectSkillPage(page.data);
    const view = await urql.query<GraphView>(GRAPH_VIEW, { id: MODEL_SECURITY }).toPromise();
    expect(view.error).toBeUndefined();
    expectGraphView(view.data);

    expect(requests.map((r) => [r.method, r.status])).toEqual([
      ['GET', 200],
      ['GET', 200],
    ]);
    for (const r of requests) {
      expect(r.headers).not.toHaveProperty('content-type');
      expect(r.headers).not.toHaveProperty('apollo-require-preflight');
      expect(r.headers).not.toHaveProperty('x-apollo-operation-name');
    }
    expect(requests[1].url.searchParams.get('operationName')).toBe('GraphView');
    expect(JSON.parse(requests[1].url.searchParams.get('variables')!)).toEqual({ id: MODEL_SECURITY });

    // The document cache answers a repeat without a request.
    const again = await urql.query<SkillPage>(SKILL_PAGE, {}).toPromise();
    expect(again.data).toEqual(page.data);
    expect(requests).toHaveLength(2);
  });

  it('falls back to POST for a query too long for a URL', async () => {
    const { urql, requests } = client();
    const slug = 'x'.repeat(2100);
    const result = await urql.query<{ skill: null }>(`query Long($s: String!) { skill(slug: $s) { id } }`, { s: slug }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ skill: null });
    expect(requests.map((r) => [r.method, r.headers['content-type'], r.status])).toEqual([['POST', 'application/json', 200]]);
  });

  it('sees error codes in CombinedError.graphQLErrors', async () => {
    const { urql } = client();
    const codeOf = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await urql.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
      return result.error?.graphQLErrors[0]?.extensions.code;
    };
    // urql parses strings itself before sending: a syntax error stays in the client.
    expect(() => urql.query('{ skill(slug: "model-security" { name } }', {})).toThrow(/Syntax Error/);
    expect(await codeOf('{ skill(slug: "model-security") { salary } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await codeOf('query($id: ID!) { neighborhood(id: $id) { nodes { id } } }', { id: 'x' })).toBe('BAD_USER_INPUT');
    expect(await codeOf('query($id: ID!) { neighborhood(id: $id, depth: 9) { nodes { id } } }', { id: MODEL_SECURITY })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("a mutation over GET is still refused, even with an editor's key: 405, and nothing is written", async () => {
    // urql itself never sends mutations as GET; this is what any client that did would get.
    const url = new URL(t.url);
    url.searchParams.set('query', `mutation { upsertSkill(input: { slug: "${PREFIX}via-get", name: "Via GET" }) { skill { id } } }`);
    const res = await fetch(url, { headers: as('editor') });
    expect(res.status).toBe(405);
    const body = (await res.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(await rawCypher(t.driver, 'MATCH (s:Skill {slug: $slug}) RETURN s', { slug: `${PREFIX}via-get` })).toEqual([]);
  });
});
