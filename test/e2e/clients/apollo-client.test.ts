import '../../support/clients/apollo-dev';
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql, type InMemoryCacheConfig } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import type { GraphQLInterfaceType } from 'graphql';
import { buildSchema } from '../../../src/graphql/schema';
import { watchConsole } from '../../support/clients/console-watch';
import {
  expectGraphView,
  expectSkillPage,
  GRAPH_VIEW,
  MODEL_SECURITY,
  NODE_TYPES,
  SKILL_PAGE,
  type GraphView,
  type SkillPage,
} from '../../support/clients/documents';
import { recordingFetch } from '../../support/clients/recording-fetch';
import { useTestServer } from '../../support/http';

// Readable warnings instead of links to Apollo's error site.
loadDevMessages();
loadErrorMessages();

const SKILL_PAGE_DOC = gql(SKILL_PAGE);
const GRAPH_VIEW_DOC = gql(GRAPH_VIEW);
const GRAPH_VIEW_NODES_DOC = gql`
  query GraphViewNodes($id: ID!) {
    neighborhood(id: $id, depth: 1) {
      nodes {
        id
        nodeId
        node {
          id
          ... on Skill {
            name
            level
          }
        }
      }
    }
  }
`;
type GraphViewNodes = { neighborhood: { nodes: Array<{ nodeId: string; node: { id: string; name?: string } | null }> } };

/**
 * Apollo Client 4 with InMemoryCache against the started server: one page holding the
 * skill page and a graph view around the same skill must cache both side by side,
 * whether the cache keys objects by `__typename:id` (the default) or by `id` alone
 * (as Relay does, and as ids unique across types allow).
 */
describe('Apollo Client', () => {
  const t = useTestServer();
  let console_: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    console_ = watchConsole();
  });
  afterEach(() => console_.restore());

  const client = (cache: InMemoryCacheConfig = {}) => {
    const recorder = recordingFetch();
    const apollo = new ApolloClient({ link: new HttpLink({ uri: t.url, fetch: recorder.fetch }), cache: new InMemoryCache(cache) });
    return { apollo, requests: recorder.requests };
  };

  const caches: Array<[string, InMemoryCacheConfig]> = [
    ['the default dataIdFromObject (__typename:id)', {}],
    ['dataIdFromObject: o => o.id', { dataIdFromObject: (o) => o.id as string | undefined }],
  ];

  describe.each(caches)('InMemoryCache with %s', (_name, cacheConfig) => {
    it('skill page then graph view: the skill still reads whole from the cache, and nothing is logged', async () => {
      const { apollo, requests } = client(cacheConfig);
      const page = await apollo.query<SkillPage>({ query: SKILL_PAGE_DOC });
      expectSkillPage(page.data);
      const view = await apollo.query<GraphView>({ query: GRAPH_VIEW_DOC, variables: { id: MODEL_SECURITY } });
      expectGraphView(view.data);

      // The cache alone answers the skill page after the view was written over it.
      expect(apollo.readQuery<SkillPage>({ query: SKILL_PAGE_DOC })).toEqual(page.data);
      const cached = await apollo.query<SkillPage>({ query: SKILL_PAGE_DOC, fetchPolicy: 'cache-only' });
      expect(cached.data).toEqual(page.data);
      expect(requests).toHaveLength(2);
      expect(console_.messages()).toEqual([]);
    });

    it('graph view then skill page: the view still reads whole, the view node apart from the skill', async () => {
      const { apollo } = client(cacheConfig);
      const view = await apollo.query<GraphView>({ query: GRAPH_VIEW_DOC, variables: { id: MODEL_SECURITY } });
      const page = await apollo.query<SkillPage>({ query: SKILL_PAGE_DOC });
      expectSkillPage(page.data);
      expect(apollo.readQuery<GraphView>({ query: GRAPH_VIEW_DOC, variables: { id: MODEL_SECURITY } })).toEqual(view.data);

      // Two cache entries: the view's node and the skill, each with its own type.
      const store = apollo.cache.extract() as Record<string, { __typename?: string }>;
      const centre = view.data!.neighborhood.nodes[0];
      expect(store[apollo.cache.identify({ __typename: 'Skill', id: MODEL_SECURITY })!]?.__typename).toBe('Skill');
      expect(store[apollo.cache.identify({ __typename: 'GraphNode', id: centre.id })!]?.__typename).toBe('GraphNode');
      expect(console_.messages()).toEqual([]);
    });
  });

  it('possibleTypes lists exactly the types implementing Node', () => {
    const schema = buildSchema();
    const implementations = schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((t) => t.name);
    expect(implementations.sort()).toEqual([...NODE_TYPES].sort());
  });

  it('control: without possibleTypes, Apollo warns on `... on Skill` inside `node`, so the checks here can see it', async () => {
    const { apollo } = client();
    await apollo.query<GraphViewNodes>({ query: GRAPH_VIEW_NODES_DOC, variables: { id: MODEL_SECURITY } });
    expect(console_.messages().join('\n')).toMatch(/possibleTypes/);
  });

  it("GraphNode.node is the skill page's own cache entry: one Skill, both queries read it", async () => {
    // `... on Skill` inside the Node interface needs possibleTypes (see the next test).
    const { apollo } = client({ possibleTypes: { Node: NODE_TYPES } });
    const page = await apollo.query<SkillPage>({ query: SKILL_PAGE_DOC });
    const view = await apollo.query<GraphViewNodes>({ query: GRAPH_VIEW_NODES_DOC, variables: { id: MODEL_SECURITY } });
    expect(view.data!.neighborhood.nodes[0].node).toMatchObject({ __typename: 'Skill', id: MODEL_SECURITY, name: 'Model Security' });
    for (const n of view.data!.neighborhood.nodes) expect(n.node?.id).toBe(n.nodeId);
    // A change to the one entry shows in both queries.
    apollo.cache.modify({ id: apollo.cache.identify({ __typename: 'Skill', id: MODEL_SECURITY }), fields: { name: () => 'Renamed' } });
    expect(apollo.readQuery<SkillPage>({ query: SKILL_PAGE_DOC })!.skill!.name).toBe('Renamed');
    expect(
      apollo.readQuery<GraphViewNodes>({ query: GRAPH_VIEW_NODES_DOC, variables: { id: MODEL_SECURITY } })!.neighborhood.nodes[0].node!
        .name,
    ).toBe('Renamed');
    expect(page.data!.skill!.name).toBe('Model Security');
    expect(console_.messages()).toEqual([]);
  });

  it('sees error codes as CombinedGraphQLErrors', async () => {
    const { apollo, requests } = client();
    const codeOf = async (query: string, variables: Record<string, unknown> = {}) => {
      const error = await apollo.query({ query: gql(query), variables, fetchPolicy: 'no-cache' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(CombinedGraphQLErrors.is(error)).toBe(true);
      return (error as CombinedGraphQLErrors).errors[0].extensions?.code;
    };
    // Apollo parses documents itself (gql), so a syntax error never leaves the client.
    expect(() => gql('{ skill(slug: "model-security" { name } }')).toThrow(/Syntax Error/);
    expect(await codeOf('{ skill(slug: "model-security") { salary } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await codeOf('query($id: ID!) { neighborhood(id: $id) { nodes { id } } }', { id: 'x' })).toBe('BAD_USER_INPUT');
    expect(await codeOf('query($id: ID!) { neighborhood(id: $id, depth: 9) { nodes { id } } }', { id: MODEL_SECURITY })).toBe(
      'BAD_USER_INPUT',
    );
    expect(requests.map((r) => r.status)).toEqual([400, 200, 200]);
  });
});
