/**
 * The explorer page: search → a node's neighbourhood drawn with a force layout;
 * click to select and expand; side panel; kind filters; path mode; export.
 * State is the drawing itself (graph-canvas.ts) plus a few fields here. The URL keeps
 * `node` (the real node's id), `depth` and `limit`, so a view can be shared or reloaded.
 * Ids here are the view's (cytoscape's element ids) unless named `nodeId`.
 */
import './explorer.css';
import { KIND_COLORS, kindColor, kindName } from '../../src/graph-view/kind-style';
import { ApiError, neighborhood, shortestPath, type GraphNode, type GraphView } from './api';
import { renderGroupDetails, renderMessage, renderNodeDetails, renderPathDetails, type PanelActions } from './details-panel';
import { GraphCanvas, type Viewport } from './graph-canvas';
import { mountSearchBox } from './search-box';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const canvas = new GraphCanvas($('graph'));
const panel = $('details');
const status = $('status');
const depthSelect = $<HTMLSelectElement>('depth');
const limitSelect = $<HTMLSelectElement>('limit');
const pathButton = $<HTMLButtonElement>('path-mode');
const emptyState = $('empty-state');

/** The centre's Node id: what the URL shares. */
let centerNodeId: string | null = null;
let pathMode = false;
let pathFromId: string | null = null;
/** The view before path mode zoomed to a path; leaving path mode goes back to it. */
let beforePath: Viewport | null = null;
let busy = 0;

function say(text: string, kind: 'info' | 'error' | 'busy' = 'info'): void {
  status.textContent = text;
  status.className = `status ${kind}`;
  status.hidden = text === '';
}

async function withBusy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  busy += 1;
  document.body.classList.add('busy');
  say(label, 'busy');
  try {
    const result = await work();
    say('');
    return result;
  } catch (err) {
    say(err instanceof ApiError ? `Could not load: ${err.message}` : 'Something went wrong; see the browser console.', 'error');
    console.error(err);
    return undefined;
  } finally {
    busy -= 1;
    if (busy === 0) document.body.classList.remove('busy');
    updateLegend();
  }
}

const settings = () => ({ depth: Number(depthSelect.value), limit: Number(limitSelect.value) });

function remember(): void {
  const url = new URL(window.location.href);
  if (centerNodeId) url.searchParams.set('node', centerNodeId);
  url.searchParams.set('depth', depthSelect.value);
  url.searchParams.set('limit', limitSelect.value);
  window.history.replaceState(null, '', url);
}

/** Draws a node's neighbourhood from scratch; `id` may be a Node id (search, URL) or a view id. */
async function loadCenter(id: string): Promise<void> {
  const { depth, limit } = settings();
  // The panel takes its room before the drawing is fitted, so nothing is fitted under it.
  if (panel.hidden) renderMessage(panel, 'Loading…', '');
  const view = await withBusy('Loading neighbourhood…', () => neighborhood(id, depth, limit));
  if (!view) return;
  const centre = view.nodes.find((n) => n.nodeId === id || n.id === id) ?? view.nodes[0];
  if (!centre) {
    say('That node no longer exists.', 'error');
    return;
  }
  centerNodeId = centre.nodeId;
  emptyState.hidden = true;
  exitPathMode(false);
  await canvas.show(view, centre.id);
  remember();
  updateStats(view);
  await selectNode(centre.id, false);
}

/** Selects a node: details in the panel, its direct connections added to the drawing. A group opens instead. */
async function selectNode(id: string, expand = true): Promise<void> {
  const drawn = canvas.node(id);
  const node = canvas.graphNode(id);
  if (drawn?.hasClass('group')) return openGroup(id);
  if (!drawn || !node) return;
  canvas.focus(id, expand);
  renderNodeDetails(panel, node, null, actions);
  const hood = await withBusy('Loading connections…', () => neighborhood(node.nodeId, 1, 500));
  if (!hood) return;
  if (canvas.node(id)?.selected()) renderNodeDetails(panel, node, hood, actions);
  if (expand) {
    const added = await canvas.merge(hood, id);
    if (canvas.node(id)?.selected()) canvas.focus(id);
    if (added > 0) say(`Added ${added} node${added === 1 ? '' : 's'} around ${node.label}.`);
    updateStats(null);
  }
}

/** Opens a group of framework items into its items; the panel lists them and can fold them again. */
async function openGroup(id: string): Promise<void> {
  const group = canvas.group(id);
  if (!group) return;
  const members = group.members.map((m) => canvas.graphNode(m)).filter((n): n is GraphNode => n !== null);
  await canvas.expand(id);
  renderGroupDetails(panel, group, members, actions);
  say(`Opened ${group.title}: ${members.length} items.`);
  updateStats(null);
}

function enterPathMode(from: string | null = null): void {
  if (!pathMode) beforePath = canvas.viewport();
  pathMode = true;
  pathFromId = from;
  pathButton.setAttribute('aria-pressed', 'true');
  document.body.classList.add('path-mode');
  canvas.clearEmphasis();
  if (from) {
    canvas.markPathEnd(from);
    say(`Path mode: now click the node to reach from ${canvas.node(from)?.data('label') ?? 'here'}. Esc to leave.`);
  } else say('Path mode: click the first node, then the second. Esc to leave.');
}

/** Leaves path mode; `restore` goes back to the view from before it (not when a new graph replaces it). */
function exitPathMode(restore = true): void {
  if (pathMode && restore && beforePath) canvas.restoreViewport(beforePath);
  beforePath = null;
  pathMode = false;
  pathFromId = null;
  pathButton.setAttribute('aria-pressed', 'false');
  document.body.classList.remove('path-mode');
  canvas.clearEmphasis();
  if (status.classList.contains('info')) say('');
}

async function pathClick(id: string): Promise<void> {
  if (!pathFromId) {
    enterPathMode(id);
    return;
  }
  if (id === pathFromId) return;
  const from = pathFromId;
  const path = await withBusy('Finding the shortest path…', () => shortestPath(from, id));
  if (path === undefined) return;
  if (path === null) {
    say('No path within 10 steps between these two.', 'error');
    pathFromId = null;
    canvas.clearEmphasis();
    return;
  }
  await canvas.highlightPath(path, from);
  renderPathDetails(panel, path, actions);
  say(`Shortest path: ${path.edges.length} step${path.edges.length === 1 ? '' : 's'}. Click two more nodes for another, Esc to leave.`);
  pathFromId = null;
  updateStats(null);
}

const actions: PanelActions = {
  select: (node) => {
    if (canvas.node(node.id)) void selectNode(node.id);
    else if (canvas.groupOf(node.id)) void canvas.reveal([node.id]).then(() => selectNode(node.id));
    else void loadCenter(node.nodeId);
  },
  center: (node) => void loadCenter(node.nodeId),
  pathFrom: (node) => enterPathMode(node.id),
  collapse: (group) => {
    canvas.collapse(group.key);
    canvas.cy.elements().unselect();
    renderMessage(panel, group.title, 'Folded into one node again. Click it to open it.');
    updateStats(null);
  },
};

canvas.cy.on('tap', 'node', (event) => {
  const id = event.target.id() as string;
  // A group opens even in path mode: a path runs between items, not groups.
  if (canvas.group(id)) void openGroup(id);
  else if (pathMode) void pathClick(id);
  else void selectNode(id);
});
canvas.cy.on('tap', (event) => {
  if (event.target === canvas.cy && !pathMode) {
    canvas.clearEmphasis();
    canvas.cy.elements().unselect();
  }
});

pathButton.addEventListener('click', () => (pathMode ? exitPathMode() : enterPathMode()));
$('fit').addEventListener('click', () => canvas.fit());
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
  if (event.key === 'Escape' && pathMode) exitPathMode();
  else if (event.key === '/' && !typing) {
    event.preventDefault();
    $('search').focus();
  }
});
for (const select of [depthSelect, limitSelect]) {
  select.addEventListener('change', () => {
    if (centerNodeId) void loadCenter(centerNodeId);
  });
}

mountSearchBox($<HTMLInputElement>('search'), $<HTMLUListElement>('suggestions'), (s) => void loadCenter(s.id));
for (const chip of document.querySelectorAll<HTMLButtonElement>('[data-example]')) {
  chip.addEventListener('click', () => {
    const input = $<HTMLInputElement>('search');
    input.value = chip.dataset.example!;
    input.dispatchEvent(new Event('input'));
    input.focus();
  });
}

// Legend: one row per kind with its colour, count and a visibility checkbox.
const legend = $('legend-list');
for (const kind of Object.keys(KIND_COLORS)) {
  const li = document.createElement('li');
  li.dataset.kind = kind;
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = true;
  box.name = `kind-${kind}`;
  box.addEventListener('change', () => {
    canvas.setKindVisible(kind, box.checked);
    updateStats(null);
  });
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = kindColor(kind);
  const name = document.createElement('span');
  name.className = 'legend-name';
  name.textContent = kindName(kind);
  const count = document.createElement('span');
  count.className = 'legend-count';
  label.append(box, swatch, name, count);
  li.append(label);
  legend.append(li);
}

function updateLegend(): void {
  const counts = canvas.kindCounts();
  for (const li of legend.querySelectorAll<HTMLLIElement>('li')) {
    const n = counts.get(li.dataset.kind!) ?? 0;
    li.querySelector('.legend-count')!.textContent = String(n);
    li.classList.toggle('absent', n === 0);
  }
}

let lastTruncation = '';
function updateStats(view: GraphView | null): void {
  if (view) lastTruncation = view.truncated ? ` · ${view.omittedNodes} more within reach (raise “Max nodes”)` : '';
  const { nodes, edges, folded, groups } = canvas.stats();
  const grouping = groups > 0 ? ` · ${folded} framework items in ${groups} group${groups === 1 ? '' : 's'} (click one to open it)` : '';
  $('stats').textContent = `${nodes} nodes · ${edges} edges${grouping}${lastTruncation}`;
  updateLegend();
}

// Export: what is drawn and visible, as a subgraph, in the chosen format.
const exportMenu = $('export-menu');
$('export-button').addEventListener('click', (event) => {
  event.stopPropagation();
  exportMenu.hidden = !exportMenu.hidden;
});
document.addEventListener('click', () => (exportMenu.hidden = true));
for (const button of exportMenu.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
  button.addEventListener('click', () => {
    exportMenu.hidden = true;
    const format = button.dataset.format!;
    if (canvas.size === 0) {
      say('Nothing to export yet: search for a node first.', 'error');
      return;
    }
    if (format === 'png') {
      const a = document.createElement('a');
      a.href = canvas.png();
      a.download = 'skillgraph.png';
      a.click();
      return;
    }
    // A form POST downloads natively and carries thousands of ids (too long for a URL).
    const form = $<HTMLFormElement>('export-form');
    form.querySelector<HTMLInputElement>('[name=format]')!.value = format;
    form.querySelector<HTMLInputElement>('[name=ids]')!.value = canvas.visibleNodeIds().join(',');
    form.submit();
  });
}

// Debugging and measuring handle (used by the browser tests).
Object.assign(window, { skillgraphExplorer: { cy: canvas.cy, canvas, loadCenter, selectNode } });

const initial = new URLSearchParams(window.location.search);
if (initial.get('depth')) depthSelect.value = initial.get('depth')!;
if (initial.get('limit')) {
  const limit = initial.get('limit')!;
  if (![...limitSelect.options].some((o) => o.value === limit)) limitSelect.add(new Option(limit, limit));
  limitSelect.value = limit;
}
updateLegend();
if (initial.get('node')) void loadCenter(initial.get('node')!);
else
  renderMessage(
    panel,
    'Explore the graph',
    'Search for a skill, company, resource or concept. Click a node to see its details and connections; use Path to find how two nodes connect.',
  );
