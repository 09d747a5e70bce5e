import { kindColor, kindName } from '../../src/graph-view/kind-style';
import type { GraphNode, GraphView } from './api';
import type { ItemGroup } from './grouping';
import { relationPhrase } from './relations';

/** What the panel's buttons do; nodes are the view's (`id` for the drawing, `nodeId` for the API). */
export interface PanelActions {
  select(node: GraphNode): void;
  center(node: GraphNode): void;
  pathFrom(node: GraphNode): void;
  collapse(group: ItemGroup): void;
}

/** Properties shown elsewhere in the panel, or bookkeeping. */
const SKIP = new Set(['name', 'title', 'description', 'summary', 'url', 'website', 'slug', 'createdAt', 'updatedAt']);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function kindBadge(kind: string): HTMLElement {
  const badge = el('span', 'kind-badge', kindName(kind));
  badge.style.background = kindColor(kind);
  return badge;
}

const show = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** Only http(s) links are rendered (a stored `javascript:` URL must not become a link). */
function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function nodeButton(node: GraphNode, actions: PanelActions): HTMLElement {
  const button = el('button', 'node-link');
  button.type = 'button';
  button.dataset.id = node.id;
  const dot = el('span', 'dot');
  dot.style.background = kindColor(node.kind);
  button.append(dot, el('span', '', node.label));
  button.addEventListener('click', () => actions.select(node));
  return button;
}

/** The side panel for one node: what it is, its properties and links, and its connections. */
export function renderNodeDetails(panel: HTMLElement, node: GraphNode, hood: GraphView | null, actions: PanelActions): void {
  const p = node.properties ?? {};
  const body: HTMLElement[] = [];
  const head = el('header', 'details-head');
  head.append(kindBadge(node.kind), el('h2', 'details-title', node.label));
  body.push(head);

  const description = p.description ?? p.summary;
  if (typeof description === 'string') body.push(el('p', 'details-description', description));

  const links = el('div', 'details-links');
  const url = safeUrl(p.url);
  const website = safeUrl(p.website);
  if (url) {
    const a = el('a', 'button primary', node.kind === 'Resource' ? 'Open resource ↗' : 'Open link ↗');
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    links.append(a);
  }
  if (website) {
    const a = el('a', 'button', 'Website ↗');
    a.href = website;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    links.append(a);
  }
  // O*NET OnLine's page for an occupation: its summary, tasks and every technology it lists.
  if (node.kind === 'Occupation' && typeof p.code === 'string' && /^\d{2}-\d{4}\.\d{2}$/.test(p.code)) {
    const a = el('a', 'button', 'O*NET OnLine ↗');
    a.href = `https://www.onetonline.org/link/summary/${p.code}`;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    links.append(a);
  }
  const center = el('button', 'button', 'Center here');
  center.type = 'button';
  center.addEventListener('click', () => actions.center(node));
  const path = el('button', 'button', 'Path from here');
  path.type = 'button';
  path.addEventListener('click', () => actions.pathFrom(node));
  const graphiql = el('a', 'button', 'GraphiQL');
  // node(id:) takes the real node's id, not the view's.
  graphiql.href = `/graphql?query=${encodeURIComponent(`{\n  node(id: "${node.nodeId}") { __typename id }\n  neighborhood(id: "${node.nodeId}") { nodes { label kind } edges { source target type } }\n}\n`)}`;
  graphiql.target = '_blank';
  links.append(center, path, graphiql);
  body.push(links);

  const rows = Object.entries(p).filter(([k, v]) => !SKIP.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (rows.length > 0) {
    const table = el('dl', 'details-props');
    for (const [k, v] of rows.sort(([a], [b]) => a.localeCompare(b))) {
      const value = safeUrl(v);
      const dd = el('dd');
      if (value) {
        const a = el('a', '', show(v));
        a.href = value;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        dd.append(a);
      } else dd.textContent = show(v);
      table.append(el('dt', '', k), dd);
    }
    body.push(table);
  }

  const connections = el('section', 'details-connections');
  if (!hood) connections.append(el('p', 'muted', 'Loading connections…'));
  else {
    const byId = new Map(hood.nodes.map((n) => [n.id, n]));
    const groups = new Map<string, GraphNode[]>();
    for (const e of hood.edges) {
      if (e.source !== node.id && e.target !== node.id) continue;
      const outgoing = e.source === node.id;
      const other = byId.get(outgoing ? e.target : e.source);
      if (!other) continue;
      const phrase = relationPhrase(e.type, outgoing);
      groups.set(phrase, [...(groups.get(phrase) ?? []), other]);
    }
    connections.append(el('h3', '', `Connections (${node.degree})`));
    if (groups.size === 0) connections.append(el('p', 'muted', 'None.'));
    for (const [phrase, others] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      const group = el('div', 'connection-group');
      group.dataset.relation = phrase;
      group.append(el('h4', '', `${phrase} · ${others.length}`));
      const list = el('div', 'connection-list');
      for (const other of others.sort((a, b) => a.label.localeCompare(b.label))) list.append(nodeButton(other, actions));
      group.append(list);
      connections.append(group);
    }
    if (hood.truncated) connections.append(el('p', 'muted', `${hood.omittedNodes} more not shown.`));
  }
  body.push(connections);
  panel.replaceChildren(...body);
  panel.hidden = false;
}

/** The side panel for a shortest path: its steps in order. */
export function renderPathDetails(panel: HTMLElement, path: GraphView, actions: PanelActions): void {
  const body: HTMLElement[] = [el('h2', 'details-title', `Shortest path · ${path.edges.length} step${path.edges.length === 1 ? '' : 's'}`)];
  const steps = el('ol', 'path-steps');
  path.nodes.forEach((n, i) => {
    const li = el('li');
    li.append(nodeButton(n, actions));
    const edge = path.edges[i];
    if (edge) li.append(el('span', 'path-relation', relationPhrase(edge.type, edge.source === n.id)));
    steps.append(li);
  });
  body.push(steps);
  panel.replaceChildren(...body);
  panel.hidden = false;
}

/** The side panel for a group of framework items just opened: what it holds, and a way to fold it again. */
export function renderGroupDetails(panel: HTMLElement, group: ItemGroup, members: GraphNode[], actions: PanelActions): void {
  const head = el('header', 'details-head');
  head.append(kindBadge('FrameworkItem'), el('h2', 'details-title', group.title));
  const note = el('p', 'muted', `${members.length} items, drawn one by one. Click one for its details.`);
  const fold = el('button', 'button', 'Fold into one node');
  fold.type = 'button';
  fold.addEventListener('click', () => actions.collapse(group));
  const links = el('div', 'details-links');
  links.append(fold);
  const list = el('div', 'connection-list group-members');
  for (const m of members) list.append(nodeButton(m, actions));
  panel.replaceChildren(head, note, links, list);
  panel.hidden = false;
}

export function renderMessage(panel: HTMLElement, title: string, text: string): void {
  panel.replaceChildren(el('h2', 'details-title', title), el('p', 'muted', text));
  panel.hidden = false;
}
