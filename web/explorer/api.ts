/** The explorer's calls to this server's GraphQL API (POST + JSON, CSRF-safe). */

export interface GraphNode {
  /** The view's id for the node: cytoscape's element id, and what edges' ends name. */
  id: string;
  /** The real node's `Node.id`: what `node(id:)` loads and what a shared URL carries. */
  nodeId: string;
  label: string;
  kind: string;
  degree: number;
  properties: Record<string, unknown> | null;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown> | null;
}
export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  omittedNodes: number;
}
export interface Suggestion {
  id: string;
  kind: string;
  label: string;
  detail: string | null;
  /** Where the text matched when not in the label (authors, aliases, description, ...). */
  matchedField: string;
  /** The server's snippet of that field: HTML-escaped text, matched words in <mark>. */
  highlight: string;
}

const VIEW = `nodes { id nodeId label kind degree properties } edges { id source target type properties } truncated omittedNodes`;

export class ApiError extends Error {}

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body.data) throw new ApiError(`the server answered ${res.status}`);
  return body.data;
}

export async function search(text: string): Promise<Suggestion[]> {
  type Hit = { matchedField: string; highlight: string; node: Record<string, string | null> & { __typename: string; id: string } };
  const data = await gql<{ search: { nodes: Hit[] } }>(
    `query Suggest($text: String!) { search(text: $text, first: 8) { nodes { matchedField highlight node { __typename id
      ... on Skill { name category } ... on Company { name } ... on Resource { title kind }
      ... on Provider { name } ... on Framework { name } ... on Concept { name }
      ... on FrameworkItem { code itemName: name itemKind: kind }
      ... on Occupation { code title } ... on TechnologyCategory { code title categoryLevel: level } } } } }`,
    { text },
  );
  return data.search.nodes.map(({ node, matchedField, highlight }) => ({
    id: node.id,
    kind: node.__typename,
    label: node.name ?? node.title ?? (node.code ? `${node.code} ${node.itemName ?? ''}`.trim() : node.__typename),
    detail:
      node.category ??
      (node.kind ?? node.itemKind ?? node.categoryLevel)?.toLowerCase().replace('_', ' ') ??
      (node.__typename === 'Occupation' ? node.code : null),
    matchedField,
    highlight,
  }));
}

export async function neighborhood(id: string, depth: number, limit: number): Promise<GraphView> {
  const data = await gql<{ neighborhood: GraphView }>(
    `query Neighborhood($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { ${VIEW} } }`,
    { id, depth, limit },
  );
  return data.neighborhood;
}

export async function shortestPath(from: string, to: string): Promise<GraphView | null> {
  const data = await gql<{ shortestPath: GraphView | null }>(
    `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 10) { ${VIEW} } }`,
    { from, to },
  );
  return data.shortestPath;
}
