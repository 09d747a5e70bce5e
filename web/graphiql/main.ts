/**
 * Starts GraphiQL (UMD globals loaded by index.html) against this server's /graphql.
 * `?query=` and `?variables=` in the page URL prefill the editors.
 */
import './graphiql.css';

declare const React: { createElement(type: unknown, props: Record<string, unknown>): unknown };
declare const ReactDOM: { createRoot(el: Element): { render(node: unknown): void } };
declare const GraphiQL: { (props: Record<string, unknown>): unknown; createFetcher(options: { url: string }): unknown };

const DEFAULT_QUERY = `# skillgraph: try a skill page, a search, or a graph view.
# Ctrl-Enter runs the query; the Docs button lists every type and field.
{
  skill(slug: "model-security") {
    id
    name
    demandRank
    hiringCompanies { name }
    prerequisites { name }
  }
  search(text: "prompt injection", first: 3) {
    score
    node { __typename id }
  }
}
`;

const params = new URLSearchParams(window.location.search);
const root = document.getElementById('graphiql')!;
root.textContent = '';
ReactDOM.createRoot(root).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: `${window.location.origin}/graphql` }),
    defaultQuery: DEFAULT_QUERY,
    query: params.get('query') ?? undefined,
    variables: params.get('variables') ?? undefined,
    defaultEditorToolsVisibility: params.has('variables'),
  }),
);
