import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import * as graphml from 'graphology-graphml';
import type { Page } from 'playwright-core';
import type { Driver } from '../../src/db/driver';
import { graphNodeId, toGlobalId as realNodeId } from '../../src/graphql/global-id';
import { kindColor } from '../../src/graph-view/kind-style';
import { launchChromium, resultsDir, type TestBrowser } from '../support/browser';
import { rawCypher, testDriver } from '../support/neo4j';
import { startTestServer, type TestServer } from '../support/http';
import { readOnetFiles } from '../support/onet-data';

/**
 * The explorer and GraphiQL in a real Chromium against the real server and Neo4j.
 * Screenshots go to test-results/ (git-ignored). This file's nodes use the `t-br-` prefix.
 * Label sizes and overlaps are measured from what cytoscape draws (its own label
 * bounds), not from the explorer's placement code, and written to
 * test-results/explorer-labels.json.
 */
const PREFIX = 't-br-';
/** The smallest label, in screen px, that counts as readable. */
const READABLE_PX = 11;
const MODEL_SECURITY = realNodeId('Skill', 'model-security');

type ExplorerWindow = {
  skillgraphExplorer: {
    cy: import('cytoscape').Core;
    canvas: {
      lastLayout: { nodes: number; edges: number; layoutMs: number } | null;
      labelsPending: boolean;
      visibleNodeIds(): string[];
      group(id: string): { key: string; title: string; label: string; members: string[] } | null;
      groupOf(id: string): string | null;
    };
  };
};

interface LabelReport {
  /** Nodes drawn in the viewport (a group counts once) and how many carry a label. */
  nodesInView: number;
  drawn: number;
  pxMin: number | null;
  pxMedian: number | null;
  pxMax: number | null;
  overlaps: number;
  zoom: number;
}

/**
 * Every label cytoscape draws in the viewport: its rendered font size and its bounds
 * (cytoscape's label box, to screen px), and pairs of labels overlapping by more than
 * half a pixel both ways.
 */
function measureLabels(page: Page): Promise<LabelReport & { overlapping: string[][] }> {
  return page.evaluate(() => {
    const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
    type Styled = { pstyle(name: string): { strValue: string; pfValue: number; value: unknown } };
    const z = cy.zoom();
    const pan = cy.pan();
    const [w, h] = [cy.width(), cy.height()];
    const labels: Array<{ text: string; px: number; x1: number; y1: number; x2: number; y2: number }> = [];
    cy.elements(':visible').forEach((el) => {
      const style = el as unknown as Styled;
      const text = style.pstyle('label').strValue;
      if (!text || Number(style.pstyle('text-opacity').value) === 0 || Number(style.pstyle('opacity').value) === 0) return;
      const bb = el.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      const box = { x1: bb.x1 * z + pan.x, y1: bb.y1 * z + pan.y, x2: bb.x2 * z + pan.x, y2: bb.y2 * z + pan.y };
      if (box.x2 < 0 || box.y2 < 0 || box.x1 > w || box.y1 > h) return;
      labels.push({ text, px: style.pstyle('font-size').pfValue * z, ...box });
    });
    const overlapping: string[][] = [];
    for (let i = 0; i < labels.length; i += 1)
      for (let j = i + 1; j < labels.length; j += 1) {
        const [a, b] = [labels[i], labels[j]];
        if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5)
          overlapping.push([a.text, b.text]);
      }
    const px = labels.map((l) => l.px).sort((a, b) => a - b);
    const round = (v: number | undefined) => (v === undefined ? null : Math.round(v * 10) / 10);
    const nodesInView = cy.nodes(':visible').filter((n) => {
      const p = n.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
    }).length;
    return {
      nodesInView,
      drawn: labels.length,
      pxMin: round(px[0]),
      pxMedian: round(px[Math.floor(px.length / 2)]),
      pxMax: round(px.at(-1)),
      overlaps: overlapping.length,
      zoom: Math.round(z * 1000) / 1000,
      overlapping: overlapping.slice(0, 10),
    };
  });
}

/** The measured label numbers of every view, kept in one file across the tests. */
const labelResults: Record<string, LabelReport & { nodes: number }> = {};
function recordLabels(view: string, nodes: number, report: LabelReport & { overlapping?: unknown }): void {
  const { overlapping: _overlapping, ...numbers } = report;
  labelResults[view] = { nodes, ...numbers };
  writeFileSync(join(resultsDir, 'explorer-labels.json'), `${JSON.stringify(labelResults, null, 2)}\n`);
  process.stdout.write(`explorer labels, ${view}: ${JSON.stringify(labelResults[view])}\n`);
}

/** Labels are readable and none overlaps another. */
function expectLegible(report: LabelReport & { overlapping: string[][] }): void {
  expect(report.drawn).toBeGreaterThan(0);
  expect(report.pxMin).toBeGreaterThanOrEqual(READABLE_PX);
  expect(report.overlapping).toEqual([]);
}

/** Centres the drawing on a node and clicks it with the mouse, like a person would. */
async function clickNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
    cy.stop();
    cy.zoom(1.6);
    cy.center(cy.$id(nodeId));
  }, id);
  const box = (await page.locator('#graph').boundingBox())!;
  const pos = await page.evaluate(
    (nodeId) => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy.$id(nodeId).renderedPosition(),
    id,
  );
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
}

/** Real nodes shown (items folded into groups count), as the stats line says. */
const nodeCount = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.canvas.visibleNodeIds().length);

const nodesWhere = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      (globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy
        .nodes(sel)
        .map((n) => ({ id: n.id(), label: String(n.data('label')) })),
    selector,
  );

/** The layout is done, nothing is loading, and the labels were chosen for the view as it is. */
const settled = (page: Page, timeout = 60_000) =>
  page.waitForFunction(
    () => {
      const e = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      const doc = (globalThis as unknown as { document: { body: { classList: { contains(c: string): boolean } } } }).document;
      return e?.canvas.lastLayout && !doc.body.classList.contains('busy') && !e.canvas.labelsPending;
    },
    null,
    { timeout },
  );

/** Zoom and pan of the drawing. */
const viewportOf = (page: Page) =>
  page.evaluate(() => {
    const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });

/**
 * Every drawn node lies inside the drawing's own area, which the details panel does not
 * cover: what a fit shows is not hidden under the panel.
 */
async function expectFittedBesidePanel(page: Page): Promise<void> {
  const graph = (await page.locator('#graph').boundingBox())!;
  const details = (await page.locator('#details').boundingBox())!;
  expect(details.x).toBeGreaterThanOrEqual(graph.x + graph.width - 1);
  const outside = await page.evaluate(() => {
    const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
    return cy
      .nodes(':visible')
      .filter((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        return bb.x1 < 0 || bb.y1 < 0 || bb.x2 > cy.width() || bb.y2 > cy.height();
      })
      .map((n) => String(n.data('short')));
  });
  expect(outside).toEqual([]);
}

type FrameLog = { frameLog: { frames: number[]; layoutSeenAt: number | null } };

/**
 * Frames drawn between `from` and `to` (page clock, ms): how many, the gaps between
 * them, and the waits at either end (the first frame after `from`, the first after `to`).
 */
function frameStats(frames: number[], from: number, to: number) {
  const inside = frames.filter((t) => t >= from && t <= to);
  const gaps = inside
    .slice(1)
    .map((t, i) => t - inside[i])
    .sort((a, b) => a - b);
  const round = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms * 10) / 10);
  return {
    frames: inside.length,
    longestMs: round(gaps.at(-1)) ?? Infinity,
    medianMs: round(gaps[Math.floor(gaps.length / 2)]),
    p95Ms: round(gaps[Math.floor(gaps.length * 0.95)]),
    waitFirstMs: round(inside.length ? inside[0] - from : undefined),
    waitAfterMs: round((frames.find((t) => t > to) ?? NaN) - (inside.at(-1) ?? from)),
  };
}

describe('the explorer page and GraphiQL in Chromium', () => {
  let driver: Driver;
  let server: TestServer;
  let base: string;
  let chromium: TestBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
    base = server.url.replace(/\/graphql$/, '');
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // The export form's navigation ends as a download, which Chromium reports as an aborted request.
    page.on('requestfailed', (req) => {
      if (!req.url().endsWith('/graph/export')) pageErrors.push(`request failed: ${req.url()}`);
    });
    page.on('request', (req) => {
      if (!req.url().startsWith(base) && !req.url().startsWith('data:') && !req.url().startsWith('blob:'))
        pageErrors.push(`off-server request: ${req.url()}`);
    });
  });
  afterAll(async () => {
    await chromium?.close();
    await rawCypher(driver, `MATCH (n) WHERE n.slug STARTS WITH $prefix DETACH DELETE n`, { prefix: PREFIX });
    await server.close();
    await driver.close();
  });

  it('search "Model Security" and see its neighbourhood drawn (at least 20 nodes), labelled legibly', async () => {
    await page.goto(`${base}/explore`);
    // The page's defaults are the API's: what a client gets when it leaves them out.
    const query = await server.gql<{
      __type: { fields: Array<{ name: string; args: Array<{ name: string; defaultValue: string | null }> }> };
    }>('{ __type(name: "Query") { fields { name args { name defaultValue } } } }');
    const args = query.data!.__type.fields.find((f) => f.name === 'neighborhood')!.args;
    await expect(page.locator('#depth').inputValue()).resolves.toBe(args.find((a) => a.name === 'depth')!.defaultValue);
    await expect(page.locator('#limit').inputValue()).resolves.toBe(args.find((a) => a.name === 'limit')!.defaultValue);
    await page.screenshot({ path: join(resultsDir, 'explorer-1-start.png') });
    await page.locator('#search').fill('Model Security');
    await page.locator('.suggestion', { hasText: 'Model Security' }).first().waitFor();
    await page.screenshot({ path: join(resultsDir, 'explorer-2-suggestions.png') });
    await page
      .locator('.suggestion', { hasText: /^Model Security/ })
      .first()
      .click();
    await settled(page);
    const drawn = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      const { w, h } = { w: cy.width(), h: cy.height() };
      return cy.nodes(':visible').filter((n) => {
        const p = n.renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
      }).length;
    });
    expect(drawn).toBeGreaterThanOrEqual(20);
    await expect(page.locator('#details .details-title').textContent()).resolves.toBe('Model Security');
    await expect(page.locator('#legend-list li[data-kind="Company"] .legend-count').textContent()).resolves.not.toBe('0');
    // The URL shares the real node's id (node(id:) loads it), not the view's.
    expect(new URL(page.url()).searchParams.get('node')).toBe(MODEL_SECURITY);

    const labels = await measureLabels(page);
    recordLabels('default view (Model Security, depth 1, limit 200)', await nodeCount(page), labels);
    expectLegible(labels);
    // The centre and everything drawn next to it carry a label.
    const unlabelled = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      return cy
        .nodes('.center')
        .closedNeighborhood()
        .nodes(':visible')
        .filter((n) => !(n as unknown as { pstyle(p: string): { strValue: string } }).pstyle('label').strValue)
        .map((n) => String(n.data('short')));
    });
    expect(unlabelled).toEqual([]);
    await expectFittedBesidePanel(page);
    await page.screenshot({ path: join(resultsDir, 'explorer-3-model-security.png') });
  });

  it('framework items are drawn as one node per framework or ATLAS tactic, which opens into its items and folds back', async () => {
    const view = await server.gql<{ neighborhood: { nodes: Array<{ id: string; kind: string; label: string }> } }>(
      'query($id: ID!) { neighborhood(id: $id) { nodes { id kind label } } }',
      { id: MODEL_SECURITY },
    );
    const items = view.data!.neighborhood.nodes.filter((n) => n.kind === 'FrameworkItem');
    const drawn = await page.evaluate(() => {
      const { cy, canvas } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      return {
        groups: cy.nodes('.group').map((n) => ({ id: n.id(), short: String(n.data('short')), members: canvas.group(n.id())!.members })),
        items: cy
          .nodes('[kind = "FrameworkItem"]')
          .not('.group')
          .map((n) => n.id()),
      };
    });
    expect(drawn.groups.length).toBeGreaterThan(0);
    // Each item is drawn once: in a group (whose label gives the count) or as itself.
    const folded = drawn.groups.flatMap((g) => g.members);
    expect([...folded, ...drawn.items].sort()).toEqual(items.map((i) => i.id).sort());
    for (const g of drawn.groups) expect(g.short).toMatch(new RegExp(`\\(${g.members.length}\\)$`));
    expect(drawn.items.length).toBeLessThan(items.length / 2);

    const group = drawn.groups.reduce((a, b) => (b.members.length > a.members.length ? b : a));
    await clickNode(page, group.id);
    await page.locator('#details .group-members').waitFor();
    await settled(page);
    const opened = await page.evaluate(
      ({ id, members }) => {
        const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
        return { group: cy.$id(id).nonempty(), members: members.filter((m) => cy.$id(m).nonempty()).length };
      },
      { id: group.id, members: group.members },
    );
    expect(opened).toEqual({ group: false, members: group.members.length });
    await expect(page.locator('#details .group-members .node-link').count()).resolves.toBe(group.members.length);
    await page.screenshot({ path: join(resultsDir, 'explorer-group-opened.png') });

    await page.locator('#details button', { hasText: 'Fold into one node' }).click();
    await settled(page);
    await expect(
      page.evaluate((id) => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy.$id(id).nonempty(), group.id),
    ).resolves.toBe(true);

    // Labels are short (a code and a cut name); the details panel has the full name.
    const long = items.filter((i) => group.members.includes(i.id)).reduce((a, b) => (b.label.length > a.label.length ? b : a));
    await clickNode(page, group.id);
    await page.locator('#details .group-members').waitFor();
    await page.locator(`#details .group-members .node-link[data-id="${long.id}"]`).click();
    await page.locator('#details .details-title', { hasText: long.label }).waitFor();
    await expect(page.locator('#details .details-title').textContent()).resolves.toBe(long.label);
    const short = await page.evaluate(
      (id) => String((globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy.$id(id).data('short')),
      long.id,
    );
    expect(short.length).toBeLessThanOrEqual(32);
    if (long.label.length > 32) expect(short).toMatch(/…$/);
    expect(short.split(' ')[0]).toBe(long.label.split(' ')[0]);
    await settled(page);
  });

  it('click a company: its details and the skills it hires for', async () => {
    const [company] = await nodesWhere(page, '[kind = "Company"]');
    await clickNode(page, company.id);
    const hires = page.locator('#details .connection-group[data-relation="Hires for"]');
    await hires.waitFor();
    await expect(page.locator('#details .details-title').textContent()).resolves.toBe(company.label);
    const skills = await hires.locator('.node-link').allTextContents();
    expect(skills.length).toBeGreaterThan(0);
    const [expected] = await rawCypher<{ n: number }>(
      driver,
      `MATCH (c:Company)-[:HIRES_FOR]->(s:Skill) WHERE c.name = $name RETURN count(s) AS n`,
      { name: company.label },
    );
    expect(skills).toHaveLength(Number(expected.n));
    await settled(page);
    const drawnSkills = new Set((await nodesWhere(page, '[kind = "Skill"]')).map((s) => s.label));
    for (const skill of skills) expect(drawnSkills.has(skill)).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'explorer-4-company.png') });
  });

  it('path mode between two skills highlights the shortest path', async () => {
    // Two drawn skills at least two steps apart in the graph (the drawing may lack an edge between them).
    const pairs = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      const all = cy.nodes('[kind = "Skill"]').toArray();
      const found: string[][] = [];
      for (const a of all)
        for (const b of all)
          if (found.length < 40 && a.id() < b.id() && a.edgesWith(b).empty() && a.neighborhood().intersection(b.neighborhood()).empty())
            found.push([a.id(), b.id()]);
      return found;
    });
    let skills: string[] | null = null;
    for (const [from, to] of pairs) {
      const path = await server.gql<{ shortestPath: { edges: unknown[] } | null }>(
        'query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 10) { edges { id } } }',
        { from, to },
      );
      if ((path.data?.shortestPath?.edges.length ?? 0) >= 2) {
        skills = [from, to];
        break;
      }
    }
    expect(skills).not.toBeNull();
    await page.locator('#path-mode').click();
    const before = await viewportOf(page);
    await clickNode(page, skills![0]);
    await clickNode(page, skills![1]);
    await page.locator('#details .path-steps').waitFor();
    const steps = await page.locator('#details .path-steps > li').count();
    expect(steps).toBeGreaterThanOrEqual(3);
    const highlighted = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      return { nodes: cy.nodes('.on-path').map((n) => n.id()), edges: cy.edges('.on-path').length };
    });
    expect(highlighted.nodes).toHaveLength(steps);
    expect(highlighted.nodes).toEqual(expect.arrayContaining(skills!));
    expect(highlighted.edges).toBe(steps - 1);
    await settled(page);
    const pathLabels = await measureLabels(page);
    expectLegible(pathLabels);
    await page.screenshot({ path: join(resultsDir, 'explorer-5-path.png') });
    expect(await viewportOf(page)).not.toEqual(before);
    // Leaving path mode goes back to the view from before it.
    await page.keyboard.press('Escape');
    await settled(page);
    const after = await viewportOf(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 6);
    expect(after.pan.x).toBeCloseTo(before.pan.x, 1);
    expect(after.pan.y).toBeCloseTo(before.pan.y, 1);
  });

  it('export GraphML downloads what is drawn, readable by graphology', async () => {
    // What is shown: every node drawn, items folded into a group included.
    const visible = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.canvas.visibleNodeIds().length);
    await page.locator('#export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-menu [data-format="graphml"]').click()]);
    expect(download.suggestedFilename()).toBe(`skillgraph-subgraph-${visible}-nodes.graphml`);
    const file = join(resultsDir, download.suggestedFilename());
    await download.saveAs(file);
    const { readFileSync } = await import('node:fs');
    const graph = graphml.parse(Graph, readFileSync(file, 'utf8'));
    expect(graph.order).toBe(visible);
    expect(graph.size).toBeGreaterThan(visible / 2);
  });

  it('a kind filter hides that kind', async () => {
    const before = await nodesWhere(page, ':visible');
    // A kind that is drawn right now (which ones depends on the data around the node).
    const kinds = await page.locator('#legend-list li[data-kind]').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')!));
    let kind = '';
    for (const k of kinds) if (k !== 'Skill' && (await nodesWhere(page, `[kind = "${k}"]:visible`)).length > 0) kind = kind || k;
    expect(kind).not.toBe('');
    await page.locator(`#legend-list li[data-kind="${kind}"] input`).uncheck();
    // Style updates may wait for a layout slice to end its batch: wait for the page, not a clock.
    await page.waitForFunction(
      (k) => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy.nodes(`[kind = "${k}"]:visible`).length === 0,
      kind,
      { timeout: 15_000 },
    );
    const after = await nodesWhere(page, ':visible');
    expect(after.length).toBeLessThan(before.length);
    expect(await nodesWhere(page, `[kind = "${kind}"]:visible`)).toHaveLength(0);
    await page.locator(`#legend-list li[data-kind="${kind}"] input`).check();
  });

  it('an occupation: found by its title, drawn in its colour with its skills, details linking to O*NET OnLine', async () => {
    const code = '15-2051.00';
    const title = readOnetFiles().occupations.get(code)!.title;
    const id = graphNodeId('Occupation', code);
    await page.goto(`${base}/explore`);
    await page.locator('#search').fill(title);
    const suggestion = page.locator('.suggestion', { hasText: title }).first();
    await suggestion.waitFor();
    await expect(suggestion.locator('.suggestion-kind').textContent()).resolves.toContain(code);
    await suggestion.click();
    await settled(page);
    await expect(page.locator('#details .details-title').textContent()).resolves.toBe(title);
    await expect(page.locator('#details .kind-badge').textContent()).resolves.toBe('Occupation');
    await expect(page.locator('#details a', { hasText: 'O*NET OnLine' }).getAttribute('href')).resolves.toBe(
      `https://www.onetonline.org/link/summary/${code}`,
    );
    await page.locator('#details .connection-group[data-relation="Uses"]').waitFor();
    await expect(page.locator('#legend-list li[data-kind="Occupation"] .legend-count').textContent()).resolves.not.toBe('0');
    await expect(page.locator('#legend-list li[data-kind="TechnologyCategory"] .legend-name').textContent()).resolves.toBe(
      'Technology category',
    );
    const colour = await page.evaluate(
      (nodeId) => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy.$id(nodeId).data('color'),
      id,
    );
    expect(colour).toBe(kindColor('Occupation'));
    expect((await nodesWhere(page, '[kind = "Skill"]')).length).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'explorer-occupation.png') });
    expect(pageErrors).toEqual([]);
  });

  it('a shared URL of 300 nodes: fitted beside the details panel, labels legible, more of them zoomed in', async () => {
    await page.goto(`${base}/explore?node=${MODEL_SECURITY}&depth=2&limit=300`);
    await settled(page);
    await page.locator('#details .details-title').waitFor();
    await settled(page);
    await expectFittedBesidePanel(page);
    const labels = await measureLabels(page);
    recordLabels('300 nodes (Model Security, depth 2, limit 300)', await nodeCount(page), labels);
    expectLegible(labels);
    await page.screenshot({ path: join(resultsDir, 'explorer-300-nodes.png') });

    // Zoomed in around the centre, a larger share of the nodes in view is labelled.
    await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      cy.zoom({ level: cy.zoom() * 2.5, position: cy.nodes('.center').first().position() });
    });
    await settled(page);
    const zoomed = await measureLabels(page);
    expectLegible(zoomed);
    expect(zoomed.drawn / zoomed.nodesInView).toBeGreaterThan(labels.drawn / labels.nodesInView);
    expect(pageErrors).toEqual([]);
  });

  it('GraphiQL at /graphql runs a query, with nothing loaded from elsewhere', async () => {
    const query = '{ skill(slug: "model-security") { name hiringCompanies { name } } }';
    await page.goto(`${base}/graphql?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window', { hasText: '"Model Security"' }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'graphiql.png') });
    expect(pageErrors).toEqual([]);
  });

  it('2,000 nodes: the page keeps drawing frames while the layout runs and while panning', async () => {
    await rawCypher(
      driver,
      `CREATE (hub:Skill {slug: $prefix + 'hub', name: 'Benchmark hub'})
       WITH hub UNWIND range(1, 300) AS i
       CREATE (s:Skill {slug: $prefix + 'skill-' + i, name: 'Skill ' + i})-[:REQUIRES]->(hub)
       WITH collect(s) AS skills
       UNWIND range(1, 1699) AS j
       WITH skills, j, skills[j % 300] AS a, skills[(j * 7 + 3) % 300] AS b
       CREATE (c:Company {slug: $prefix + 'co-' + j, name: 'Company ' + j})
       CREATE (c)-[:HIRES_FOR]->(a)
       CREATE (c)-[:HIRES_FOR]->(b)`,
      { prefix: PREFIX },
    );
    // When each animation frame ran, from the first script on, and the first to see the layout
    // done. performance.now(), not rAF's timestamp: Chromium may stamp a frame with a time from
    // before a stall that delayed it.
    await page.addInitScript(() => {
      const w = globalThis as unknown as FrameLog & Partial<ExplorerWindow>;
      const g = globalThis as unknown as { requestAnimationFrame(cb: () => void): number };
      w.frameLog = { frames: [], layoutSeenAt: null };
      const tick = () => {
        const t = performance.now();
        w.frameLog.frames.push(t);
        if (w.frameLog.layoutSeenAt === null && w.skillgraphExplorer?.canvas.lastLayout) w.frameLog.layoutSeenAt = t;
        g.requestAnimationFrame(tick);
      };
      g.requestAnimationFrame(tick);
    });
    const hub = Buffer.from(`Skill:${PREFIX}hub`).toString('base64url');
    const started = Date.now();
    await page.goto(`${base}/explore?node=${hub}&depth=2&limit=2000`);
    await page.waitForFunction(() => (globalThis as unknown as FrameLog).frameLog?.layoutSeenAt != null, null, { timeout: 120_000 });
    const loadToLayoutMs = Date.now() - started;
    const layout = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.canvas.lastLayout!);
    expect(layout.nodes).toBe(2000);
    await settled(page, 120_000);
    const labels = await measureLabels(page);
    recordLabels('2,000 nodes (synthetic hub, depth 2, limit 2000)', layout.nodes, labels);
    await page.screenshot({ path: join(resultsDir, 'explorer-2000-nodes.png') });

    // Panning with the mouse for ~1.5 s.
    const box = (await page.locator('#graph').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const panFrom = await page.evaluate(() => performance.now());
    for (let i = 0; i < 90; i += 1) {
      await page.mouse.move(cx + 200 * Math.sin(i / 10), cy + 120 * Math.cos(i / 10));
    }
    const panTo = await page.evaluate(() => performance.now());
    await page.mouse.up();
    const { frames, layoutSeenAt } = await page.evaluate(() => (globalThis as unknown as FrameLog).frameLog);
    const layoutWindow = frameStats(frames, layoutSeenAt! - layout.layoutMs, layoutSeenAt!);
    const panWindow = frameStats(frames, panFrom, panTo);
    const report = {
      nodes: layout.nodes,
      edges: layout.edges,
      loadToLayoutMs,
      layoutMs: layout.layoutMs,
      layoutFrames: layoutWindow.frames,
      layoutLongestFrameMs: layoutWindow.longestMs,
      // One-off stalls around the layout: styling 2,000 nodes before it, drawing them all after.
      layoutStartStallMs: layoutWindow.waitFirstMs,
      layoutEndStallMs: layoutWindow.waitAfterMs,
      panMs: Math.round(panTo - panFrom),
      frames: panWindow.frames,
      fps: Math.round((panWindow.frames / (panTo - panFrom)) * 1000 * 10) / 10,
      frameMsMedian: panWindow.medianMs,
      frameMsP95: panWindow.p95Ms,
      panLongestFrameMs: panWindow.longestMs,
      labels: { drawn: labels.drawn, pxMin: labels.pxMin, pxMedian: labels.pxMedian, overlaps: labels.overlaps },
    };
    writeFileSync(join(resultsDir, 'explorer-2000-nodes.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`explorer at 2,000 nodes: ${JSON.stringify(report)}\n`);
    await page.screenshot({ path: join(resultsDir, 'explorer-6-2000-nodes-after-pan.png') });
    expectLegible(labels);

    // A frozen page draws 0–1 frames while the layout runs; this machine, shared and loaded,
    // draws ~20 a second there, with a rare 1–1.5 s gap when the OS starves the browser. So:
    // at least 2 frames a second (slices that yield rarely fail this) and no gap of 2.5 s.
    expect(layoutWindow.frames).toBeGreaterThanOrEqual(Math.max(3, Math.floor((2 * layout.layoutMs) / 1000)));
    expect(layoutWindow.longestMs).toBeLessThan(2500);
    expect(panWindow.frames).toBeGreaterThanOrEqual(Math.max(3, Math.floor((2 * (panTo - panFrom)) / 1000)));
    expect(panWindow.longestMs).toBeLessThan(2500);
  }, 180_000);
});
