import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { kindColor } from '../../src/graph-view/kind-style';
import type { GraphEdge, GraphNode, GraphView } from './api';
import { forceLayout } from './force-layout';

/** Above this many nodes the canvas trades detail for speed (no arrows, no labels while moving). */
const LARGE = 700;

const nodeSize = (degree: number) => Math.round(14 + Math.min(34, Math.sqrt(degree) * 4));

function nodeElement(n: GraphNode): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: n.id,
      label: n.label,
      kind: n.kind,
      degree: n.degree,
      properties: n.properties ?? {},
      color: kindColor(n.kind),
      size: nodeSize(n.degree),
    },
  };
}

function edgeElement(e: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, properties: e.properties ?? {} } };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      // Bigger hubs get bigger labels; min-zoomed-font-size hides the small ones when zoomed out.
      'font-size': 'mapData(degree, 1, 60, 8, 14)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '120px',
      'text-wrap': 'ellipsis',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#b8c2cc',
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#b8c2cc',
      'arrow-scale': 0.7,
      opacity: 0.85,
    },
  },
  {
    selector: '.large edge, edge.large',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.8 },
  },
  { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#1f2933' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node.neighbour', style: { 'font-weight': 'bold' } },
  { selector: 'edge.neighbour', style: { 'line-color': '#52606d', 'target-arrow-color': '#52606d', width: 2, opacity: 1 } },
  { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#e11d48' } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#e11d48', 'z-index': 20, 'font-weight': 'bold' } },
  {
    selector: 'edge.on-path',
    style: {
      'line-color': '#e11d48',
      'target-arrow-color': '#e11d48',
      width: 4,
      opacity: 1,
      'z-index': 20,
      label: 'data(type)',
      'font-size': 8,
      color: '#9f1239',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
    },
  },
  { selector: '.hidden-kind', style: { display: 'none' } },
];

export interface LayoutTiming {
  nodes: number;
  edges: number;
  layoutMs: number;
}

/** The drawing: cytoscape with a d3-force layout (force-layout.ts), colour by kind, size by degree. */
export class GraphCanvas {
  readonly cy: Core;
  private hiddenKinds = new Set<string>();
  lastLayout: LayoutTiming | null = null;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      motionBlur: false,
      boxSelectionEnabled: false,
    });
  }

  get size(): number {
    return this.cy.nodes().length;
  }

  /** Replaces the drawing with a view and lays it out. */
  async show(view: GraphView, centerId: string): Promise<void> {
    this.cy.elements().remove();
    this.add(view);
    this.cy.$id(centerId).addClass('center');
    await this.layout(true);
    this.cy.fit(this.cy.elements(':visible'), 40);
  }

  /**
   * Adds what is new in a view around an existing node; new nodes start next to it
   * and the layout continues from the current positions. Returns how many were added.
   */
  async merge(view: GraphView, around: string | null): Promise<number> {
    const anchor = around ? this.cy.$id(around) : null;
    const origin = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const added = this.add(view);
    added.nodes().forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, added.nodes().length);
      n.position({ x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) });
    });
    if (added.nodes().nonempty()) await this.layout(false);
    return added.nodes().length;
  }

  private add(view: GraphView): cytoscape.CollectionReturnValue {
    const fresh: ElementDefinition[] = [];
    for (const n of view.nodes) if (this.cy.$id(n.id).empty()) fresh.push(nodeElement(n));
    for (const e of view.edges) if (this.cy.$id(e.id).empty()) fresh.push(edgeElement(e));
    const added = this.cy.add(fresh);
    for (const kind of this.hiddenKinds) added.nodes(`[kind = "${kind}"]`).addClass('hidden-kind');
    this.tune();
    return added;
  }

  /** Big graphs: haystack edges, no arrows, and a cached texture while panning or zooming. */
  private tune(): void {
    const large = this.size > LARGE;
    this.cy.edges().toggleClass('large', large);
    const renderer = (this.cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
  }

  /**
   * Lays out what is shown: from scratch (`randomize`), or settling only the nodes
   * without a place yet (an expansion) while the rest stay pinned.
   */
  private async layout(randomize: boolean): Promise<void> {
    const started = performance.now();
    const shown = this.cy.nodes(':visible');
    const nodes = shown.map((n, i) => {
      const placed = !randomize && n.scratch('_placed') === true;
      const angle = i * 2.399963;
      const radius = 10 * Math.sqrt(i);
      const p = placed || !randomize ? n.position() : { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      return { id: n.id(), size: Number(n.data('size')), pinned: placed, x: p.x, y: p.y };
    });
    const ids = new Set(nodes.map((n) => n.id));
    const links = this.cy
      .edges()
      .map((e) => ({ source: e.source().id(), target: e.target().id() }))
      .filter((l) => ids.has(l.source) && ids.has(l.target));
    const positions = await forceLayout(nodes, links);
    const n = this.size;
    this.cy.batch(() => {
      shown.forEach((node) => {
        node.scratch('_placed', true);
        if (n > 300) node.position(positions.get(node.id())!);
      });
    });
    if (n <= 300) {
      await this.cy
        .layout({
          name: 'preset',
          positions: (node: NodeSingular) => positions.get(node.id())!,
          animate: true,
          animationDuration: 400,
          fit: randomize,
          padding: 40,
        } as cytoscape.LayoutOptions)
        .run()
        .promiseOn('layoutstop');
    }
    this.lastLayout = { nodes: n, edges: this.cy.edges().length, layoutMs: Math.round(performance.now() - started) };
  }

  node(id: string): NodeSingular | null {
    const n = this.cy.$id(id);
    return n.nonempty() && n.isNode() ? (n as NodeSingular) : null;
  }

  /** Selects a node; with `fade`, emphasises its direct neighbours and fades the rest (not on large graphs). */
  focus(id: string, fade = true): void {
    this.clearEmphasis();
    const n = this.node(id);
    if (!n) return;
    this.cy.batch(() => {
      if (fade && this.size <= LARGE) {
        const hood = n.closedNeighborhood();
        this.cy.elements().not(hood).addClass('faded');
        hood.addClass('neighbour');
      }
      this.cy.elements().unselect();
      n.select();
    });
  }

  /** Highlights a path view (adding whatever of it is not drawn yet). */
  async highlightPath(view: GraphView, from: string): Promise<void> {
    await this.merge(view, from);
    this.clearEmphasis();
    const ids = new Set([...view.nodes.map((n) => n.id), ...view.edges.map((e) => e.id)]);
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (ids.has(el.id())) el.addClass('on-path');
        else el.addClass('faded');
      });
    });
    this.cy.animate({ fit: { eles: this.cy.elements('.on-path'), padding: 80 }, duration: 400 });
  }

  markPathEnd(id: string): void {
    this.node(id)?.addClass('path-end');
  }

  clearEmphasis(): void {
    this.cy.elements().removeClass('faded neighbour on-path path-end');
  }

  setKindVisible(kind: string, visible: boolean): void {
    if (visible) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.cy.nodes(`[kind = "${kind}"]`).toggleClass('hidden-kind', !visible);
  }

  /** Node counts per kind (all drawn nodes, shown or filtered out). */
  kindCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    this.cy.nodes().forEach((n) => {
      const kind = String(n.data('kind'));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    });
    return counts;
  }

  visibleNodeIds(): string[] {
    return this.cy.nodes(':visible').map((n) => n.id());
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(':visible'), padding: 40 }, duration: 300 });
  }

  png(): string {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }) as string;
  }
}
