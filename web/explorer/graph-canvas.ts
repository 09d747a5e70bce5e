import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type Position } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphView } from './api';
import { drawnElements, MIN_NODE_PX } from './canvas-elements';
import { STYLE } from './canvas-style';
import { fitFor, type Viewport } from './fit-view';
import { forceLayout, separateBoxes, type LayoutNode } from './force-layout';
import { groupItems, type ItemGroup } from './grouping';
import { labelRooms, roomForLabels, type LabelRoom } from './label-room';
import { Labeller } from './labels';

export type { Viewport } from './fit-view';

/** Above this many nodes the canvas trades detail for speed (no arrows, a cached texture while moving). */
const LARGE = 700;

export interface LayoutTiming {
  nodes: number;
  edges: number;
  layoutMs: number;
}

/**
 * The drawing: cytoscape with a d3-force layout, colour by kind, size by degree. It
 * keeps every node and edge it was given (the store) and draws them with framework
 * items folded into groups (grouping.ts) until expanded; labels.ts picks the labels.
 */
export class GraphCanvas {
  readonly cy: Core;
  private readonly labeller: Labeller;
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly hiddenKinds = new Set<string>();
  private readonly expanded = new Set<string>();
  private readonly openedAt = new Map<string, Position>();
  /** Items drawn as themselves though their group is folded (on a path, picked from a list). */
  private readonly revealed = new Set<string>();
  private groups = new Map<string, ItemGroup>();
  private memberOf = new Map<string, string>();
  private centreId: string | null = null;
  /** True from a fit until the reader moves the view: a resize then fits again. */
  private autoFit = false;
  private relabelTimer: number | undefined;
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
    this.labeller = new Labeller(this.cy);
    // Labels are chosen again once the view settles, not on every frame of a pan.
    this.cy.on('viewport', () => this.relabelSoon());
    this.cy.on('dragfree', 'node', () => this.relabelSoon());
    for (const type of ['wheel', 'pointerdown', 'keydown'])
      container.addEventListener(type, () => (this.autoFit = false), { passive: true });
    // The details panel opening or closing resizes the drawing: keep what was fitted in view.
    let width = container.clientWidth;
    new ResizeObserver(() => {
      const grew = container.clientWidth - width;
      width = container.clientWidth;
      this.cy.resize();
      if (this.autoFit && this.cy.nodes().nonempty()) this.fit(false);
      else this.cy.panBy({ x: grew / 2, y: 0 });
    }).observe(container);
  }

  /** Nodes known to the drawing, folded or not. */
  get size(): number {
    return this.nodes.size;
  }

  /** Replaces the drawing with a view (centred on one of its nodes, by view id) and lays it out. */
  async show(view: GraphView, centreId: string): Promise<void> {
    this.cy.elements().remove();
    this.nodes.clear();
    this.edges.clear();
    this.expanded.clear();
    this.openedAt.clear();
    this.revealed.clear();
    this.centreId = centreId;
    this.store(view);
    this.sync(null);
    this.cy.$id(centreId).addClass('center');
    await this.layout(true);
    this.fit(false);
    this.relabel();
  }

  /**
   * Adds what is new in a view around an existing node; new nodes start next to it
   * and the layout continues from the current positions. Returns how many nodes were added.
   */
  async merge(view: GraphView, around: string | null): Promise<number> {
    const before = this.nodes.size;
    this.store(view);
    const added = this.sync(around);
    if (added > 0) await this.layout(false);
    this.relabel();
    return this.nodes.size - before;
  }

  /** Opens a group: its items replace it, around where it was. */
  async expand(groupId: string): Promise<ItemGroup | null> {
    const group = this.groups.get(groupId);
    if (!group) return null;
    this.expanded.add(group.key);
    this.openedAt.set(group.key, { ...this.cy.$id(groupId).position() });
    this.sync(null);
    await this.layout(false);
    this.relabel();
    this.showAll(this.cy.nodes().filter((n) => group.members.includes(n.id())));
    return group;
  }

  /** Folds the items of a group back into one node, where they were. */
  collapse(key: string): void {
    this.expanded.delete(key);
    // Items of this group picked out one by one fold back too (those on a shown path stay).
    const all = groupItems(this.nodes, this.edges, (id) => id === this.centreId, this.expanded);
    for (const id of all.find((g) => g.key === key)?.members ?? []) if (!this.cy.$id(id).hasClass('on-path')) this.revealed.delete(id);
    this.sync(null);
    this.relabel();
  }

  /** Draws these items as themselves even when their group is folded. */
  async reveal(ids: string[]): Promise<void> {
    const hidden = ids.filter((id) => this.memberOf.has(id));
    if (hidden.length === 0) return;
    for (const id of hidden) this.revealed.add(id);
    this.sync(null);
    await this.layout(false);
    this.relabel();
  }

  private store(view: GraphView): void {
    for (const n of view.nodes) if (!this.nodes.has(n.id)) this.nodes.set(n.id, n);
    for (const e of view.edges) if (!this.edges.has(e.id)) this.edges.set(e.id, e);
  }

  /**
   * Makes the drawing match the store: items folded into their groups, edges to folded
   * items drawn once per pair to the group. New nodes are placed where their group was
   * (expanding), a new group where its items were (folding), others next to `around`.
   * Returns how many nodes were added.
   */
  private sync(around: string | null): number {
    const cy = this.cy;
    const previous = this.memberOf;
    const groups = groupItems(this.nodes, this.edges, (id) => id === this.centreId || this.revealed.has(id), this.expanded);
    this.groups = new Map(groups.map((g) => [g.id, g]));
    this.memberOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
    const rep = (id: string) => this.memberOf.get(id) ?? id;

    const wanted = drawnElements(this.nodes, this.edges, groups, rep);

    // Where things were, to place what replaces them.
    const was = new Map<string, Position>();
    cy.nodes().forEach((n) => {
      if (!wanted.has(n.id())) was.set(n.id(), { ...n.position() });
    });
    const origin = around && cy.$id(around).nonempty() ? { ...cy.$id(around).position() } : { x: 0, y: 0 };
    const fresh: ElementDefinition[] = [];
    let i = 0;
    const near = (p: Position, spread: number): Position => {
      const angle = i * 2.399963;
      const r = spread * Math.sqrt(++i);
      return { x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) };
    };
    for (const [id, def] of wanted) {
      const existing = cy.$id(id);
      if (existing.nonempty()) {
        // A group or folded edge whose members changed: new count, label and size.
        if (def.classes) existing.data(def.data);
        continue;
      }
      if (def.group === 'nodes') {
        const group = this.groups.get(id);
        // Back where it was opened (its items' middle may well be another node's place).
        const from = group
          ? (this.openedAt.get(group.key) ?? centroid(group.members.map((m) => was.get(m)).filter((p): p is Position => !!p)))
          : undefined;
        const opened = was.get(previous.get(id) ?? '');
        def.position = from ?? (opened ? near(opened, 12) : near(origin, 20));
        // A group folded from drawn items keeps their place; there is nothing to settle.
        if (group && from) def.data.placed = true;
      }
      fresh.push(def);
    }
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      const added = cy.add(fresh);
      added.nodes('[?placed]').forEach((n) => void n.scratch('_placed', true));
      for (const kind of this.hiddenKinds) added.nodes(`[kind = "${kind}"]`).addClass('hidden-kind');
      if (this.centreId) cy.$id(this.centreId).addClass('center');
    });
    this.tune();
    return fresh.filter((d) => d.group === 'nodes' && !d.data.placed).length;
  }

  /** Big graphs: haystack edges, no arrows, and a cached texture while panning or zooming. */
  private tune(): void {
    const large = this.cy.nodes().length > LARGE;
    this.cy.edges().toggleClass('large', large);
    const renderer = (this.cy as unknown as { renderer(): { textureOnViewport: boolean; hideEdgesOnViewport: boolean } }).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
  }

  /**
   * Lays out what is shown: from scratch (`randomize`), or settling only the nodes
   * without a place yet (an expansion) while the rest stay pinned. The most important
   * nodes get room for their labels (at zoom 1, which fitting does not exceed).
   */
  private async layout(randomize: boolean): Promise<void> {
    const started = performance.now();
    const shown = this.cy.nodes(':visible');
    // A big graph is seen zoomed out, where few labels fit anyway: room for them would only spread it.
    const rooms = this.cy.nodes().length <= LARGE ? labelRooms(this.cy, shown, this.labeller) : new Map<string, LabelRoom>();
    const nodes: LayoutNode[] = shown.map((n, i) => {
      const placed = !randomize && n.scratch('_placed') === true;
      const angle = i * 2.399963;
      const radius = 10 * Math.sqrt(i);
      const p = placed || !randomize ? n.position() : { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      const node: LayoutNode = { id: n.id(), size: Math.max(n.data('bw'), n.data('bh')), pinned: placed, x: p.x, y: p.y };
      node.label = rooms.get(n.id());
      return node;
    });
    const ids = new Set(nodes.map((n) => n.id));
    const links = this.cy
      .edges()
      .map((e) => ({ source: e.source().id(), target: e.target().id() }))
      .filter((l) => ids.has(l.source) && ids.has(l.target));
    await forceLayout(nodes, links);
    const n = this.cy.nodes().length;
    if (n <= LARGE) {
      if (randomize) roomForLabels(this.cy, nodes);
      else separateBoxes(nodes, { scale: 1 / this.cy.zoom(), minSize: MIN_NODE_PX, xBias: 2.5, rounds: 300 });
    }
    const positions = new Map(nodes.map((d) => [d.id, { x: d.x ?? 0, y: d.y ?? 0 }]));
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
          fit: false,
        } as cytoscape.LayoutOptions)
        .run()
        .promiseOn('layoutstop');
    }
    this.lastLayout = { nodes: this.nodes.size, edges: this.edges.size, layoutMs: Math.round(performance.now() - started) };
  }

  /** Chooses the labels now (after a layout, a fit, an emphasis change). */
  relabel(): void {
    window.clearTimeout(this.relabelTimer);
    this.relabelTimer = undefined;
    this.keepNodesVisible();
    this.labeller.run();
  }

  private relabelSoon(): void {
    window.clearTimeout(this.relabelTimer);
    this.relabelTimer = window.setTimeout(() => this.relabel(), 120);
  }

  /** Zoomed far out, nodes would shrink to specks no one can see or click: they keep MIN_NODE_PX. */
  private keepNodesVisible(): void {
    const least = MIN_NODE_PX / this.cy.zoom();
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const [w, h] = [Math.max(n.data('bw'), least), Math.max(n.data('bh'), least)];
        if (w !== n.data('w') || h !== n.data('h')) n.data({ w, h });
      });
    });
  }

  /** True while the view moves or labels wait to be chosen again (tests measure after). */
  get labelsPending(): boolean {
    return this.relabelTimer !== undefined || this.cy.animated();
  }

  /** A drawn node (an item, or a group of items) by its cytoscape id. */
  node(id: string): NodeSingular | null {
    const n = this.cy.$id(id);
    return n.nonempty() && n.isNode() ? (n as NodeSingular) : null;
  }

  /** A node of the store, drawn or folded into a group. */
  graphNode(id: string): GraphNode | null {
    return this.nodes.get(id) ?? null;
  }

  group(id: string): ItemGroup | null {
    return this.groups.get(id) ?? null;
  }

  /** The group an item is folded into, if it is. */
  groupOf(id: string): string | null {
    return this.memberOf.get(id) ?? null;
  }

  /** Selects a node; with `fade`, emphasises its direct neighbours and fades the rest (not on large graphs). */
  focus(id: string, fade = true): void {
    this.clearEmphasis(false);
    const n = this.node(id);
    if (!n) return;
    this.cy.batch(() => {
      if (fade && this.cy.nodes().length <= LARGE) {
        const hood = n.closedNeighborhood();
        this.cy.elements().not(hood).addClass('faded');
        hood.addClass('neighbour');
      }
      this.cy.elements().unselect();
      n.select();
    });
    this.relabel();
  }

  /** Highlights a path view (adding whatever of it is not drawn yet, its items out of their groups). */
  async highlightPath(view: GraphView, from: string): Promise<void> {
    this.store(view);
    for (const n of view.nodes) if (n.kind === 'FrameworkItem') this.revealed.add(n.id);
    await this.merge(view, from);
    this.clearEmphasis(false);
    const ids = new Set([...view.nodes.map((n) => n.id), ...view.edges.map((e) => e.id)]);
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (ids.has(el.id())) el.addClass('on-path');
        else el.addClass('faded');
      });
    });
    this.relabel();
    this.cy.animate({ fit: { eles: this.cy.elements('.on-path'), padding: 80 }, duration: 400 });
  }

  markPathEnd(id: string): void {
    this.node(id)?.addClass('path-end');
    this.relabel();
  }

  clearEmphasis(relabel = true): void {
    this.cy.elements().removeClass('faded neighbour on-path path-end');
    if (relabel) this.relabel();
  }

  setKindVisible(kind: string, visible: boolean): void {
    if (visible) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.cy.nodes(`[kind = "${kind}"]`).toggleClass('hidden-kind', !visible);
    this.relabel();
  }

  /** Node counts per kind (every node known, drawn, folded or filtered out). */
  kindCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const n of this.nodes.values()) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    return counts;
  }

  /** The view ids of what is shown, folded items included (they are shown, as their group). */
  visibleNodeIds(): string[] {
    return [...this.nodes.values()].filter((n) => !this.hiddenKinds.has(n.kind)).map((n) => n.id);
  }

  /** What is shown, in real nodes and edges, and how many items are folded into how many groups. */
  stats(): { nodes: number; edges: number; folded: number; groups: number } {
    const shown = new Set(this.visibleNodeIds());
    let edges = 0;
    for (const e of this.edges.values()) if (shown.has(e.source) && shown.has(e.target)) edges += 1;
    const groups = [...this.groups.values()].filter(() => !this.hiddenKinds.has('FrameworkItem'));
    return { nodes: shown.size, edges, folded: groups.reduce((sum, g) => sum + g.members.length, 0), groups: groups.length };
  }

  /**
   * Fits what is shown into the drawing's own area (beside the side panels, never under
   * them), leaving a margin for the labels at the edges and never zooming in past 1.
   */
  fit(animate = true): void {
    const eles = this.cy.nodes(':visible');
    if (eles.empty()) return;
    const { zoom, pan } = fitFor(this.cy, eles.boundingBox({ includeLabels: false, includeOverlays: false }));
    this.cy.stop();
    if (animate) this.cy.animate({ zoom, pan, duration: 300 });
    else this.cy.viewport({ zoom, pan });
    this.autoFit = true;
  }

  /** Moves the view to show these nodes when some are out of it, never zooming in. */
  private showAll(eles: cytoscape.NodeCollection): void {
    const ext = this.cy.extent();
    const bb = eles.boundingBox({ includeLabels: false });
    if (eles.empty() || (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2)) return;
    const target = fitFor(this.cy, bb, this.cy.zoom());
    this.cy.animate({ ...target, duration: 300 });
  }

  viewport(): Viewport {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  restoreViewport(v: Viewport): void {
    this.cy.stop();
    this.cy.animate({ zoom: v.zoom, pan: v.pan, duration: 300 });
  }

  png(): string {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' }) as string;
  }
}

function centroid(points: Position[]): Position | undefined {
  if (points.length === 0) return undefined;
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}
