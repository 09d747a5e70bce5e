import { ClientError, GraphQLClient } from 'graphql-request';
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

/** graphql-request 7 against the started server: POST by default, GET on request, errors as ClientError. */
describe('graphql-request', () => {
  const t = useTestServer();

  it('reads the skill page and the graph view with its defaults (JSON POST)', async () => {
    const recorder = recordingFetch();
    const client = new GraphQLClient(t.url, { fetch: recorder.fetch });
    expectSkillPage(await client.request<SkillPage>(SKILL_PAGE));
    expectGraphView(await client.request<GraphView>(GRAPH_VIEW, { id: MODEL_SECURITY }));
    expect(recorder.requests.map((r) => [r.method, r.headers['content-type'], r.status])).toEqual([
      ['POST', 'application/json', 200],
      ['POST', 'application/json', 200],
    ]);
    expect(recorder.requests[1].body).toMatchObject({ operationName: 'GraphView', variables: { id: MODEL_SECURITY } });
  });

  it("reads over GET (method: 'GET'), which sends no content-type and no preflight header", async () => {
    const recorder = recordingFetch();
    const client = new GraphQLClient(t.url, { fetch: recorder.fetch, method: 'GET' });
    expectGraphView(await client.request<GraphView>(GRAPH_VIEW, { id: MODEL_SECURITY }));
    const [sent] = recorder.requests;
    expect(sent.method).toBe('GET');
    expect(JSON.parse(sent.url.searchParams.get('variables')!)).toEqual({ id: MODEL_SECURITY });
    expect(sent.headers).not.toHaveProperty('content-type');
    expect(sent.headers).not.toHaveProperty('apollo-require-preflight');
  });

  it('sends a mutation as POST even when told GET, and it is refused without credentials, not by method', async () => {
    const recorder = recordingFetch();
    const client = new GraphQLClient(t.url, { fetch: recorder.fetch, method: 'GET' });
    const error = await client.request('mutation { deleteSkill(slug: "model-security") { status } }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(recorder.requests.map((r) => [r.method, r.status])).toEqual([['POST', 401]]);
  });

  it('surfaces error codes as ClientError.response.errors[].extensions.code', async () => {
    const client = new GraphQLClient(t.url);
    const codeOf = async (query: string, variables?: Record<string, unknown>) => {
      const error = await client.request(query, variables).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClientError);
      const { response } = error as ClientError;
      return { status: response.status, code: response.errors?.[0]?.extensions?.code };
    };
    expect(await codeOf('{ skill(slug: "model-security" { name } }')).toEqual({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    expect(await codeOf('{ skill(slug: "model-security") { salary } }')).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await codeOf('{ neighborhood(id: "x") { nodes { id } } }')).toEqual({ status: 200, code: 'BAD_USER_INPUT' });
    expect(await codeOf(`{ neighborhood(id: "${MODEL_SECURITY}", depth: 9) { nodes { id } } }`)).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
    });
    expect(await codeOf('{ skills(first: 101) { totalCount } }')).toEqual({ status: 200, code: 'BAD_USER_INPUT' });
    // A variable of the wrong type is refused before anything runs.
    expect(await codeOf('query($d: Int) { neighborhood(id: "x", depth: $d) { nodes { id } } }', { d: 'deep' })).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
  });
});
