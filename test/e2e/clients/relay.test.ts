import {
  createOperationDescriptor,
  Environment,
  fetchQuery,
  Network,
  RecordSource,
  Store,
  type ConcreteRequest,
  type GraphQLResponse,
  type OperationType,
} from 'relay-runtime';
import { watchConsole } from '../../support/clients/console-watch';
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

/*
 * Hand-written artifacts, as relay-compiler would emit them for these texts (no
 * compiler step in the tests). The reader fragment and the normalization operation
 * share their selections because every query below already selects the `id` and
 * `__typename` the compiler would add. Relay keys records by `id` alone, so two types
 * sharing an id collide in its store: the case these tests guard.
 */
type Selection = Record<string, unknown>;
const scalar = (name: string): Selection => ({ kind: 'ScalarField', alias: null, name, args: null, storageKey: null });
const linked = (name: string, concreteType: string | null, plural: boolean, selections: Selection[], args: Selection[] | null = null) => ({
  kind: 'LinkedField',
  alias: null,
  name,
  args,
  concreteType,
  plural,
  selections,
  storageKey: null, // computed from `args` at run time
});
const literal = (name: string, value: unknown) => ({ kind: 'Literal', name, value });
const variable = (name: string) => ({ kind: 'Variable', name, variableName: name });
const onType = (type: string, selections: Selection[]) => ({ kind: 'InlineFragment', type, abstractKey: null, selections });

function request(name: string, text: string, variables: string[], selections: Selection[]): ConcreteRequest {
  const argumentDefinitions = variables.map((v) => ({ kind: 'LocalArgument', name: v, defaultValue: null }));
  return {
    kind: 'Request',
    fragment: { kind: 'Fragment', name, type: 'Query', metadata: null, argumentDefinitions, selections },
    operation: { kind: 'Operation', name, argumentDefinitions, selections },
    params: { cacheID: name, id: null, metadata: {}, name, operationKind: 'query', text },
  } as unknown as ConcreteRequest;
}

const SkillPageQuery = request(
  'SkillPage',
  SKILL_PAGE,
  [],
  [
    linked(
      'skill',
      'Skill',
      false,
      [
        scalar('id'),
        scalar('slug'),
        scalar('name'),
        scalar('level'),
        linked('prerequisites', 'Skill', true, [scalar('id'), scalar('name')]),
        linked(
          'relatedSkills',
          'RelatedSkill',
          true,
          [scalar('score'), linked('skill', 'Skill', false, [scalar('id'), scalar('name')])],
          [literal('first', 3)],
        ),
      ],
      [literal('slug', 'model-security')],
    ),
  ],
);

const graphView = (nodeSelections: Selection[]) => [
  linked(
    'neighborhood',
    'GraphView',
    false,
    [
      linked('nodes', 'GraphNode', true, nodeSelections),
      linked('edges', 'GraphEdge', true, [scalar('id'), scalar('source'), scalar('target'), scalar('type')]),
    ],
    [variable('id'), literal('depth', 1)],
  ),
];
const GraphViewQuery = request('GraphView', GRAPH_VIEW, ['id'], graphView(['id', 'nodeId', 'kind', 'label', 'degree'].map(scalar)));

const GRAPH_VIEW_NODES = `query GraphViewNodes($id: ID!) {
  neighborhood(id: $id, depth: 1) {
    nodes { id nodeId kind label degree node { __typename id ... on Skill { name level } } }
    edges { id source target type }
  }
}`;
const GraphViewNodesQuery = request(
  'GraphViewNodes',
  GRAPH_VIEW_NODES,
  ['id'],
  graphView([
    ...['id', 'nodeId', 'kind', 'label', 'degree'].map(scalar),
    // Node is an interface: no concrete type, so the store types the record by __typename.
    linked('node', null, false, [scalar('__typename'), scalar('id'), onType('Skill', [scalar('name'), scalar('level')])]),
  ]),
);

type GraphViewNodes = GraphView & {
  neighborhood: { nodes: Array<{ nodeId: string; node: { __typename: string; id: string; name?: string; level?: string } | null }> };
};

describe('relay-runtime', () => {
  const t = useTestServer();
  let console_: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    console_ = watchConsole();
  });
  afterEach(() => console_.restore());

  /** An environment as Relay's docs set one up: a fetch function POSTing the operation text as JSON. */
  function environment() {
    const recorder = recordingFetch();
    const network = Network.create(async (params, variables) => {
      const res = await recorder.fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: params.text, variables, operationName: params.name }),
      });
      return (await res.json()) as GraphQLResponse;
    });
    return { env: new Environment({ network, store: new Store(new RecordSource()) }), requests: recorder.requests };
  }

  /** Fetches, keeps the result retained (as a mounted component would), and returns what the store reads. */
  async function load<T>(env: Environment, query: ConcreteRequest, variables: Record<string, unknown> = {}): Promise<T> {
    await fetchQuery<OperationType>(env, query, variables).toPromise();
    const operation = createOperationDescriptor(query, variables);
    env.retain(operation);
    return read<T>(env, query, variables);
  }

  /** What the store alone gives for a query: every field present, or the test fails. */
  function read<T>(env: Environment, query: ConcreteRequest, variables: Record<string, unknown> = {}): T {
    const snapshot = env.lookup(createOperationDescriptor(query, variables).fragment);
    expect(snapshot.isMissingData).toBe(false);
    return snapshot.data as T;
  }

  it('skill page then graph view: the Skill record keeps its type and every field, and Relay warns of nothing', async () => {
    const { env, requests } = environment();
    const page = await load<SkillPage>(env, SkillPageQuery);
    expectSkillPage(page);
    expectGraphView(await load<GraphView>(env, GraphViewQuery, { id: MODEL_SECURITY }));

    expect(read<SkillPage>(env, SkillPageQuery)).toEqual(page);
    const record = env.getStore().getSource().get(MODEL_SECURITY);
    expect(record).toMatchObject({ __typename: 'Skill', name: 'Model Security', slug: 'model-security' });
    expect(requests.map((r) => r.status)).toEqual([200, 200]);
    expect(console_.messages()).toEqual([]);
  });

  it('graph view then skill page: the view node keeps its own record', async () => {
    const { env } = environment();
    const view = await load<GraphView>(env, GraphViewQuery, { id: MODEL_SECURITY });
    expectSkillPage(await load<SkillPage>(env, SkillPageQuery));
    expect(read<GraphView>(env, GraphViewQuery, { id: MODEL_SECURITY })).toEqual(view);
    const centre = view.neighborhood.nodes[0];
    expect(env.getStore().getSource().get(centre.id)).toMatchObject({ __typename: 'GraphNode', nodeId: MODEL_SECURITY });
    expect(console_.messages()).toEqual([]);
  });

  it("GraphNode.node is the skill page's own Skill record", async () => {
    const { env } = environment();
    const page = await load<SkillPage>(env, SkillPageQuery);
    const view = await load<GraphViewNodes>(env, GraphViewNodesQuery, { id: MODEL_SECURITY });
    expect(view.neighborhood.nodes[0].node).toEqual({
      __typename: 'Skill',
      id: MODEL_SECURITY,
      name: 'Model Security',
      level: 'INTERMEDIATE',
    });
    for (const n of view.neighborhood.nodes) expect(n.node?.id).toBe(n.nodeId);
    expect(read<SkillPage>(env, SkillPageQuery)).toEqual(page);
    expect(console_.messages()).toEqual([]);
  });

  it("control: were a view node to reuse the skill's id, Relay would warn, so the checks above can see it", async () => {
    const { env } = environment();
    const page = await load<SkillPage>(env, SkillPageQuery);
    // The same view, but with the centre keyed by the skill's own id (what views used to send).
    const view = (await t.gql<GraphView>(GRAPH_VIEW, { id: MODEL_SECURITY })).data!;
    const [centre, ...rest] = view.neighborhood.nodes;
    env.commitPayload(createOperationDescriptor(GraphViewQuery, { id: MODEL_SECURITY }), {
      neighborhood: { ...view.neighborhood, nodes: [{ ...centre, id: MODEL_SECURITY }, ...rest] },
    });
    expect(console_.messages().join('\n')).toMatch(/RelayModernRecord: Invalid record update.*__typename/);
    // And the one record turns into a GraphNode: `... on Skill` would no longer match it.
    expect(env.getStore().getSource().get(MODEL_SECURITY)).toMatchObject({ __typename: 'GraphNode', name: page.skill!.name });
  });

  it("a bad argument fails the fetch with the server's errors, BAD_USER_INPUT, in error.source", async () => {
    const { env } = environment();
    const error = await fetchQuery<OperationType>(env, GraphViewQuery, { id: 'x' })
      .toPromise()
      .then(
        () => null,
        (e: unknown) => e as Error & { source?: { errors: Array<{ extensions?: { code?: string } }> } },
      );
    expect(error?.source?.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
