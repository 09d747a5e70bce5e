import Graph from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { fromGlobalId, graphNodeId, toGlobalId } from '../../src/graphql/global-id';
import { kindColor } from '../../src/graph-view/kind-style';
import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { onetAsImported, type OnetFiles } from '../support/onet-data';
import { uniquePrefix } from '../support/unique';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Graph views and exports centred on O*NET's nodes; this file's own nodes' slugs start with PREFIX. */
const PREFIX = uniquePrefix('ogv');
const DATA_SCIENTISTS = '15-2051.00';
const OCCUPATION = toGlobalId('Occupation', DATA_SCIENTISTS);
/** A Node id's node as a view names it (edge ends). */
const viewId = (nodeId: string) => {
  const { type, key } = fromGlobalId(nodeId);
  return graphNodeId(type, key);
};
const VIEW = 'nodes { id nodeId label kind degree properties } edges { id source target type properties } truncated omittedNodes';

describe('graph views and exports of occupations and technology categories', () => {
  const t = useTestServer({ QUERY_STATS: 'true' }, { prefix: PREFIX });
  let onet: OnetFiles;
  let keyOf: Map<string, string>;
  beforeAll(async () => {
    ({ onet, keyOf } = await onetAsImported(t.driver));
  });

  const ok = async (query: string, variables?: Record<string, unknown>): Promise<Any> => {
    const res = await t.gql<Any>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const hood = async (variables: Record<string, unknown>) =>
    (
      await ok(
        `query($id: ID!, $depth: Int, $types: [String!], $labels: [String!], $limit: Int) {
           neighborhood(id: $id, depth: $depth, relationshipTypes: $types, labels: $labels, limit: $limit) { ${VIEW} } }`,
        variables,
      )
    ).neighborhood;
  const skillsOf = (occupation: string) =>
    new Set(onet.rows.filter((r) => r.occupation === occupation).map((r) => keyOf.get(r.technology)));
  const pythonCommodity = () => onet.rows.find((r) => r.technology === 'Python')!.commodity;

  it('neighborhood of an occupation: it and each skill it uses, one USES edge each, flags on the edges', async () => {
    const skills = skillsOf(DATA_SCIENTISTS);
    const view = await hood({ id: OCCUPATION, depth: 1, limit: 5000 });
    expect(view.nodes[0]).toMatchObject({
      id: viewId(OCCUPATION),
      nodeId: OCCUPATION,
      kind: 'Occupation',
      label: onet.occupations.get(DATA_SCIENTISTS)!.title,
      degree: skills.size,
    });
    expect(view.nodes[0].properties).toMatchObject({ code: DATA_SCIENTISTS });
    expect(view.nodes).toHaveLength(1 + skills.size);
    expect(view.nodes.slice(1).every((n: Any) => n.kind === 'Skill')).toBe(true);
    const uses = view.edges.filter((e: Any) => e.type === 'USES');
    expect(uses).toHaveLength(skills.size);
    expect(uses.every((e: Any) => e.source === viewId(OCCUPATION) && typeof e.properties.hot === 'boolean')).toBe(true);
    expect(uses.flatMap((e: Any) => e.properties.technologies).sort()).toEqual(
      onet.rows
        .filter((r) => r.occupation === DATA_SCIENTISTS)
        .map((r) => r.technology)
        .sort(),
    );
    // nodeId is the Node id.
    const again = await ok(`query($id: ID!) { node(id: $id) { __typename ... on Skill { name } } }`, { id: view.nodes[1].nodeId });
    expect(again.node).toEqual({ __typename: 'Skill', name: view.nodes[1].label });
  });

  it('neighborhood of a commodity: its class and its skills; labels and types restrict it', async () => {
    const commodity = pythonCommodity();
    const id = toGlobalId('TechnologyCategory', commodity);
    const skills = new Set(onet.rows.filter((r) => r.commodity === commodity).map((r) => keyOf.get(r.technology)));
    const view = await hood({ id, depth: 1, types: ['IN_CATEGORY', 'PART_OF'], limit: 5000 });
    expect(view.nodes[0]).toMatchObject({ nodeId: id, kind: 'TechnologyCategory', label: onet.commodities.get(commodity)!.title });
    expect(view.nodes.filter((n: Any) => n.kind === 'Skill')).toHaveLength(skills.size);
    expect(view.nodes.filter((n: Any) => n.kind === 'TechnologyCategory').map((n: Any) => n.properties.code)).toEqual([
      commodity,
      onet.commodities.get(commodity)!.class,
    ]);
    const categoriesOnly = await hood({ id, depth: 3, labels: ['TechnologyCategory'], types: ['PART_OF'] });
    expect(categoriesOnly.nodes.every((n: Any) => n.kind === 'TechnologyCategory')).toBe(true);
    expect(categoriesOnly.nodes.map((n: Any) => n.properties.code)).toEqual(
      expect.arrayContaining([onet.commodities.get(commodity)!.family, onet.commodities.get(commodity)!.segment]),
    );
  });

  it('shortestPath climbs from a commodity to its segment; subgraph joins occupation, skill and category', async () => {
    const commodity = pythonCommodity();
    const file = onet.commodities.get(commodity)!;
    const path = await ok(
      `query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, relationshipTypes: ["PART_OF"]) { ${VIEW} } }`,
      { from: toGlobalId('TechnologyCategory', commodity), to: toGlobalId('TechnologyCategory', file.segment) },
    );
    expect(path.shortestPath.nodes.map((n: Any) => n.properties.code)).toEqual([commodity, file.class, file.family, file.segment]);
    expect(path.shortestPath.edges.map((e: Any) => e.type)).toEqual(['PART_OF', 'PART_OF', 'PART_OF']);

    const python = toGlobalId('Skill', 'python-programming');
    const category = toGlobalId('TechnologyCategory', commodity);
    const sub = await ok(`query($ids: [ID!]!) { subgraph(ids: $ids) { ${VIEW} } }`, { ids: [OCCUPATION, python, category] });
    const listsPython = onet.rows.some((r) => r.occupation === DATA_SCIENTISTS && r.technology === 'Python');
    expect(sub.subgraph.nodes.map((n: Any) => n.kind)).toEqual(['Occupation', 'Skill', 'TechnologyCategory']);
    expect(sub.subgraph.edges.map((e: Any) => [e.source, e.type, e.target])).toEqual([
      ...(listsPython ? [[viewId(OCCUPATION), 'USES', viewId(python)]] : []),
      [viewId(python), 'IN_CATEGORY', viewId(category)],
    ]);
  });

  it('degree counts every relationship but the internal RELATED_TO, in all three views', async () => {
    await rawCypher(
      t.driver,
      `MATCH (p:Skill {slug: 'python-programming'})
       CREATE (a:Skill {slug: $prefix + 'a', name: 'A'})-[:REQUIRES {source: 'test'}]->(p), (a)-[:RELATED_TO {score: 1}]->(p)`,
      { prefix: PREFIX },
    );
    const [python] = await rawCypher<{ degree: number }>(
      t.driver,
      `MATCH (p:Skill {slug: 'python-programming'}) RETURN COUNT { (p)-[r]-() WHERE type(r) <> 'RELATED_TO' } AS degree`,
    );
    const a = toGlobalId('Skill', `${PREFIX}a`);
    const pythonId = toGlobalId('Skill', 'python-programming');
    const data = await ok(
      `query($a: ID!, $p: ID!) {
         neighborhood(id: $a) { nodes { nodeId degree } edges { type } }
         shortestPath(from: $a, to: $p) { nodes { nodeId degree } }
         subgraph(ids: [$a, $p]) { nodes { nodeId degree } edges { type } } }`,
      { a, p: pythonId },
    );
    const expected = [
      { nodeId: a, degree: 1 },
      { nodeId: pythonId, degree: Number(python.degree) },
    ];
    expect(data.neighborhood.nodes).toEqual(expected);
    expect(data.shortestPath.nodes).toEqual(expected);
    expect(data.subgraph.nodes).toEqual(expected);
    expect(data.neighborhood.edges).toEqual([{ type: 'REQUIRES' }]);
    expect(data.subgraph.edges).toEqual([{ type: 'REQUIRES' }]);
  });

  it('exports of an occupation’s neighbourhood load in graphology, with kinds, colours and edge flags intact', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    const view = await hood({ id: OCCUPATION, depth: 1 });
    const get = (format: string) => fetch(`${base}/graph/export?center=${OCCUPATION}&depth=1&format=${format}`);

    const res = await get('graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/skillgraph-15-2051-00-depth1\.graphml/);
    const g = graphml.parse(Graph, await res.text());
    expect(g.order).toBe(view.nodes.length);
    expect(g.size).toBe(view.edges.length);
    expect(g.getNodeAttributes(viewId(OCCUPATION))).toMatchObject({
      nodeId: OCCUPATION,
      kind: 'Occupation',
      label: view.nodes[0].label,
      code: DATA_SCIENTISTS,
    });
    const edge = view.edges.find((e: Any) => e.type === 'USES')!;
    const parsed = g.edges(edge.source, edge.target).map((k) => g.getEdgeAttributes(k));
    expect(parsed).toContainEqual(expect.objectContaining({ type: 'USES', hot: edge.properties.hot, inDemand: edge.properties.inDemand }));
    expect(JSON.parse(String(parsed[0].technologies))).toEqual(edge.properties.technologies);

    const x = gexf.parse(Graph, await (await get('gexf')).text());
    expect(x.order).toBe(view.nodes.length);
    expect(x.getNodeAttributes(viewId(OCCUPATION))).toMatchObject({ kind: 'Occupation', color: kindColor('Occupation') });
    expect(kindColor('Occupation')).not.toBe(kindColor('Unknown kind'));
    expect(kindColor('TechnologyCategory')).not.toBe(kindColor('Unknown kind'));

    const cy = JSON.parse(await (await get('cytoscape')).text()) as { elements: { nodes: Array<{ data: Any }> } };
    expect(cy.elements.nodes[0].data).toMatchObject({
      id: viewId(OCCUPATION),
      nodeId: OCCUPATION,
      kind: 'Occupation',
      code: DATA_SCIENTISTS,
    });
  });
});
