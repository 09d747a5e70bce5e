import cytoscape from 'cytoscape';
import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { createDriver } from '../../src/db/driver';
import { graphNodeId, toGlobalId } from '../../src/graphql/global-id';
import { startTestServer, type TestServer, useTestServer } from '../support/http';
import { rawCypher, testDriver } from '../support/neo4j';
import { freePort } from '../support/spawn';
import { testConfig } from '../support/test-config';
import { uniquePrefix } from '../support/unique';
import { API_KEYS_ENV } from '../support/writes';

/** Each export format loaded back with a real reader; this file's nodes' slugs start with PREFIX. */
const PREFIX = uniquePrefix('gx');
const MODEL_SECURITY = toGlobalId('Skill', 'model-security');
const TRICKY = toGlobalId('Concept', `${PREFIX}tricky`);
/** Exports name nodes as views do: by GraphNode.id. */
const MODEL_SECURITY_VIEW = graphNodeId('Skill', 'model-security');
const TRICKY_VIEW = graphNodeId('Concept', `${PREFIX}tricky`);
const TRICKY_NAME = `Tags <b> & "quotes" 'too' — ünïcödé`;

interface View {
  nodes: Array<{ id: string; nodeId: string; label: string; kind: string; degree: number; properties: Record<string, unknown> }>;
  edges: Array<{ id: string; source: string; target: string; type: string; properties: Record<string, unknown> }>;
}

describe('GET /graph/export', () => {
  const t = useTestServer({}, { prefix: PREFIX });
  let base: string;
  let view: View;
  beforeAll(async () => {
    base = t.url.replace(/\/graphql$/, '');
    await rawCypher(
      t.driver,
      `MATCH (s:Skill {slug: 'model-security'}) CREATE (s)-[:COVERS {source: 'test'}]->(:Concept {slug: $slug, name: $name, aliases: ['one', 'two']})`,
      { slug: `${PREFIX}tricky`, name: TRICKY_NAME },
    );
    const res = await t.gql<{ neighborhood: View }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id nodeId label kind degree properties } edges { id source target type properties } } }`,
      { id: MODEL_SECURITY },
    );
    view = res.data!.neighborhood;
  });

  const get = (query: string) => fetch(`${base}/graph/export?${query}`);
  const centre = (format: string) => get(`center=${MODEL_SECURITY}&depth=1&format=${format}`);
  const resource = () => view.nodes.find((n) => n.kind === 'Resource')!;

  it('cytoscape: Cytoscape JSON that headless cytoscape loads, data intact', async () => {
    const res = await centre('cytoscape');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?skillgraph-model-security-depth1\.cyjs"?$/);
    // Parsed in this realm: cytoscape tells plain objects by their constructor, and jest runs tests in a vm context.
    const body = JSON.parse(await res.text()) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: body.elements });
    expect(cy.nodes()).toHaveLength(view.nodes.length);
    expect(cy.edges()).toHaveLength(view.edges.length);
    const center = cy.$id(MODEL_SECURITY_VIEW);
    expect(center.data()).toMatchObject({
      nodeId: MODEL_SECURITY,
      label: 'Model Security',
      kind: 'Skill',
      level: 'INTERMEDIATE',
      aliases: ['ML model security', 'AI model security'],
    });
    expect(center.degree(false)).toBe(view.nodes.length - 1);
    expect(cy.$id(resource().id).data('_kind')).toBe(resource().properties.kind);
    const edge = cy.edges('[type = "REQUIRES"]').first();
    expect(edge.data('_source')).toBeTruthy();
    expect(cy.$id(TRICKY_VIEW).data('label')).toBe(TRICKY_NAME);
  });

  it('graphml: GraphML that graphology-graphml parses, typed attributes intact', async () => {
    const res = await centre('graphml');
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?skillgraph-model-security-depth1\.graphml"?$/);
    const text = await res.text();
    expect(text).toContain('xmlns="http://graphml.graphdrawing.org/xmlns"');
    const graph = graphml.parse(Graph, text);
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    expect(graph.type).toBe('directed');
    const attrs = graph.getNodeAttributes(MODEL_SECURITY_VIEW);
    expect(attrs).toMatchObject({
      nodeId: MODEL_SECURITY,
      label: 'Model Security',
      kind: 'Skill',
      degree: view.nodes[0].degree,
      demandRank: 56,
    });
    expect(JSON.parse(String(attrs.aliases))).toEqual(['ML model security', 'AI model security']);
    expect(graph.getNodeAttribute(TRICKY_VIEW, 'label')).toBe(TRICKY_NAME);
    expect(graph.getNodeAttribute(resource().id, '_kind')).toBe(resource().properties.kind);
    const e = view.edges[0];
    // Two nodes may be joined by several relationships (a multigraph): pick the one of this type.
    const parsed = graph.edges(e.source, e.target).map((k) => graph.getEdgeAttributes(k));
    expect(parsed).toContainEqual(expect.objectContaining({ type: e.type, _source: e.properties.source }));
  });

  it('gexf: GEXF 1.3 that graphology-gexf parses, labels, attributes and colours intact', async () => {
    const res = await centre('gexf');
    expect(res.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?skillgraph-model-security-depth1\.gexf"?$/);
    const text = await res.text();
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    const graph = gexf.parse(Graph, text);
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    expect(graph.getNodeAttributes(MODEL_SECURITY_VIEW)).toMatchObject({
      nodeId: MODEL_SECURITY,
      label: 'Model Security',
      kind: 'Skill',
      degree: view.nodes[0].degree,
      color: '#0072B2',
    });
    expect(graph.getNodeAttribute(TRICKY_VIEW, 'label')).toBe(TRICKY_NAME);
    expect(graph.getNodeAttribute(TRICKY_VIEW, 'aliases')).toEqual(['one', 'two']);
    const e = view.edges[0];
    const parsed = graph.edges(e.source, e.target).map((k) => graph.getEdgeAttributes(k));
    expect(parsed).toContainEqual(expect.objectContaining({ type: e.type, label: e.type }));
  });

  it('json: the GraphView exactly as GraphQL answers it; graphology: what Graph.from() loads', async () => {
    const json = await centre('json');
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename="?skillgraph-model-security-depth1\.json"?$/);
    expect(await json.json()).toEqual({ ...view, truncated: false, omittedNodes: 0 });
    const graph = Graph.from(JSON.parse(await (await centre('graphology')).text()) as Parameters<typeof Graph.from>[0]);
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    expect(graph.getNodeAttribute(MODEL_SECURITY_VIEW, 'label')).toBe('Model Security');
  });

  it('ids= exports exactly those nodes and the edges among them, by GET or form POST', async () => {
    const ids = [MODEL_SECURITY, toGlobalId('Company', 'openai'), TRICKY];
    const byGet = graphml.parse(Graph, await (await get(`ids=${ids.join(',')}&format=graphml`)).text());
    expect(byGet.nodes().sort()).toEqual([MODEL_SECURITY_VIEW, graphNodeId('Company', 'openai'), TRICKY_VIEW].sort());
    expect(byGet.size).toBe(2);
    // The views' own ids name the same nodes.
    const viewIds = [MODEL_SECURITY_VIEW, graphNodeId('Company', 'openai'), TRICKY_VIEW].join(',');
    expect(
      graphml
        .parse(Graph, await (await get(`ids=${viewIds}&format=graphml`)).text())
        .nodes()
        .sort(),
    ).toEqual(byGet.nodes().sort());
    const post = await fetch(`${base}/graph/export`, { method: 'POST', body: new URLSearchParams({ ids: ids.join(','), format: 'gexf' }) });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-disposition')).toMatch(/^attachment; filename="?skillgraph-subgraph-3-nodes\.gexf"?$/);
    expect(gexf.parse(Graph, await post.text()).order).toBe(3);
  });

  it('truncation shows in headers; depth defaults to 2', async () => {
    const res = await get(`center=${MODEL_SECURITY}&limit=5`);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?skillgraph-model-security-depth2\.json"?$/);
    expect(res.headers.get('x-graph-truncated')).toBe('true');
    const body = (await res.json()) as { nodes: unknown[]; omittedNodes: number };
    expect(body.nodes).toHaveLength(5);
    expect(Number(res.headers.get('x-graph-omitted-nodes'))).toBe(body.omittedNodes);
  });

  const bad: Array<[string, string, number, string, string]> = [
    ['unknown format', `center=${MODEL_SECURITY}&format=png`, 400, 'BAD_USER_INPUT', 'format'],
    ['neither center nor ids', 'format=json', 400, 'BAD_USER_INPUT', 'center'],
    ['both center and ids', `center=${MODEL_SECURITY}&ids=${MODEL_SECURITY}`, 400, 'BAD_USER_INPUT', 'center'],
    ['depth above 4', `center=${MODEL_SECURITY}&depth=9`, 400, 'BAD_USER_INPUT', 'depth'],
    ['depth not a number', `center=${MODEL_SECURITY}&depth=two`, 400, 'BAD_USER_INPUT', 'depth'],
    ['limit above 5000', `center=${MODEL_SECURITY}&limit=9999`, 400, 'BAD_USER_INPUT', 'limit'],
    ['unknown relationship type', `center=${MODEL_SECURITY}&relationshipTypes=KNOWS`, 400, 'BAD_USER_INPUT', 'relationshipTypes'],
    ['malformed id', 'center=%25%25', 400, 'BAD_USER_INPUT', 'id'],
    ['typo in a parameter', `centre=${MODEL_SECURITY}`, 400, 'BAD_USER_INPUT', 'centre'],
    ['depth with ids', `ids=${MODEL_SECURITY}&depth=2`, 400, 'BAD_USER_INPUT', 'depth'],
    ['format twice', `center=${MODEL_SECURITY}&format=json&format=gexf`, 400, 'BAD_USER_INPUT', 'format'],
    ['unknown centre', `center=${toGlobalId('Skill', 'no-such-skill')}`, 404, 'NOT_FOUND', ''],
  ];
  it.each(bad)('%s: a JSON error with a status and a code', async (_name, query, status, code, field) => {
    const res = await get(query);
    expect(res.status).toBe(status);
    const error = await errorOf(res);
    expect(error.extensions.code).toBe(code);
    if (field) expect(error.extensions.field).toBe(field);
    expect(error.message).not.toMatch(/\.ts:\d+/);
  });
});

/** The one error shape of the whole server: `{errors: [{message, extensions: {code, …}}]}`, nothing else. */
async function errorOf(res: Response): Promise<{ message: string; extensions: Record<string, unknown> }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  expect(Object.keys(body)).toEqual(['errors']);
  expect(body.errors).toHaveLength(1);
  expect(typeof body.errors[0].message).toBe('string');
  return body.errors[0];
}

describe('/graph/export refusals before and after the route: one shape, and Retry-After on 503', () => {
  const url = (server: TestServer) => `${server.url.replace(/\/graphql$/, '')}/graph/export?center=${MODEL_SECURITY}&depth=1`;

  it('401 (bad credentials) and 429 (rate limit) have the same shape as a 400', async () => {
    const driver = testDriver();
    const server = await startTestServer(driver, { ...API_KEYS_ENV, RATE_LIMIT_MAX: '2' });
    try {
      const wrongKey = await fetch(url(server), { headers: { 'x-api-key': 'not-a-key-of-this-server-0000' } });
      expect(wrongKey.status).toBe(401);
      expect((await errorOf(wrongKey)).extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(url(server))).status).toBe(200);
      const limited = await fetch(url(server));
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await errorOf(limited)).extensions.code).toBe('RATE_LIMITED');
    } finally {
      await server.close();
      await driver.close();
    }
  });

  it('503 SERVICE_UNAVAILABLE with Retry-After, as /graphql answers, when Neo4j is unreachable', async () => {
    // A driver to a port where nothing listens: every read fails to connect.
    const config = testConfig();
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: config.neo4j.user, password: config.neo4j.password });
    const server = await startTestServer(driver, { NEO4J_MAX_RETRY_MS: '200', NEO4J_CONNECTION_TIMEOUT_MS: '500' });
    try {
      const graphql = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ skill(slug: "model-security") { name } }' }),
      });
      expect(graphql.status).toBe(503);
      const exported = await fetch(url(server));
      expect(exported.status).toBe(503);
      expect(exported.headers.get('retry-after')).toBe(graphql.headers.get('retry-after'));
      expect(exported.headers.get('retry-after')).toMatch(/^\d+$/);
      const error = await errorOf(exported);
      expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(error.message).not.toMatch(/Neo4j|Neo\.|ECONNREFUSED/);
    } finally {
      await server.close();
      await driver.close();
    }
  }, 30_000);
});
