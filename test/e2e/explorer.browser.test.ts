import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import * as graphml from 'graphology-graphml';
import type { Page } from 'playwright-core';
import type { Driver } from '../../src/db/driver';
import { kindColor } from '../../src/graph-view/kind-style';
import { toGlobalId } from '../../src/graphql/global-id';
import { launchChromium, resultsDir, type TestBrowser } from '../support/browser';
import { rawCypher, testDriver } from '../support/neo4j';
import { startTestServer, type TestServer } from '../support/http';
import { readOnetFiles } from '../support/onet-data';

/**
 * The explorer and GraphiQL in a real Chromium against the real server and Neo4j.
 * Screenshots go to test-results/ (git-ignored). This file's nodes use the `t-br-` prefix.
 */
const PREFIX = 't-br-';

type ExplorerWindow = {
  skillgraphExplorer: {
    cy: import('cytoscape').Core;
    canvas: { lastLayout: { nodes: number; edges: number; layoutMs: number } | null };
  };
};

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

const nodesWhere = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      (globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy
        .nodes(sel)
        .map((n) => ({ id: n.id(), label: String(n.data('label')) })),
    selector,
  );

const settled = (page: Page) =>
  page.waitForFunction(() => {
    const e = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
    const doc = (globalThis as unknown as { document: { body: { classList: { contains(c: string): boolean } } } }).document;
    return e?.canvas.lastLayout !== null && !doc.body.classList.contains('busy');
  });

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

  it('search "Model Security" and see its neighbourhood drawn (at least 20 nodes)', async () => {
    await page.goto(`${base}/explore`);
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
    expect(new URL(page.url()).searchParams.get('node')).toBe(Buffer.from('Skill:model-security').toString('base64url'));
    await page.screenshot({ path: join(resultsDir, 'explorer-3-model-security.png') });
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
    const skills = await page.evaluate(() => {
      const { cy } = (globalThis as unknown as ExplorerWindow).skillgraphExplorer;
      const all = cy.nodes('[kind = "Skill"]');
      for (const a of all.toArray()) {
        for (const b of all.toArray()) {
          if (a.id() < b.id() && a.edgesWith(b).empty() && a.neighborhood().intersection(b.neighborhood()).empty()) return [a.id(), b.id()];
        }
      }
      return null;
    });
    expect(skills).not.toBeNull();
    await page.locator('#path-mode').click();
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
    await page.screenshot({ path: join(resultsDir, 'explorer-5-path.png') });
    await page.keyboard.press('Escape');
  });

  it('export GraphML downloads what is drawn, readable by graphology', async () => {
    const visible = await page.evaluate(() => (globalThis as unknown as ExplorerWindow).skillgraphExplorer.cy.nodes(':visible').length);
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
    const id = toGlobalId('Occupation', code);
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
    };
    writeFileSync(join(resultsDir, 'explorer-2000-nodes.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`explorer at 2,000 nodes: ${JSON.stringify(report)}\n`);
    await page.screenshot({ path: join(resultsDir, 'explorer-6-2000-nodes.png') });

    // A frozen page draws 0–1 frames while the layout runs; this machine, shared and loaded,
    // draws ~20 a second there, with a rare 1–1.5 s gap when the OS starves the browser. So:
    // at least 2 frames a second (slices that yield rarely fail this) and no gap of 2.5 s.
    expect(layoutWindow.frames).toBeGreaterThanOrEqual(Math.max(3, Math.floor((2 * layout.layoutMs) / 1000)));
    expect(layoutWindow.longestMs).toBeLessThan(2500);
    expect(panWindow.frames).toBeGreaterThanOrEqual(Math.max(3, Math.floor((2 * (panTo - panFrom)) / 1000)));
    expect(panWindow.longestMs).toBeLessThan(2500);
  }, 180_000);
});
