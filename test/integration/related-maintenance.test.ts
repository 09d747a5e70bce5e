import type { Driver } from '../../src/db/driver';
import type { QueryRunner } from '../../src/db/query-runner';
import { RELATED_K } from '../../src/domain/related-features';
import { FeatureIndex, type RelatedEntry } from '../../src/domain/related-index';
import { recomputeRelated } from '../../src/related/recompute-related';
import { kthScore } from '../../src/related/list-writes';
import { allSkillStates, postingsAround, type Run, storedLists } from '../../src/related/related-store';
import { RelatedWorker } from '../../src/related/related-worker';
import { relatedOf } from '../../src/repositories/skill.repository';
import { setHiring, upsertCompany } from '../../src/writes/company-writes';
import { importGraph } from '../../src/writes/import-graph';
import { setTeaches, upsertResource } from '../../src/writes/resource-writes';
import { addPrerequisite, deleteSkill, removePrerequisite, upsertSkill } from '../../src/writes/skill-writes';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';
import { rng } from '../support/seeded-random';
import { guardSharedGraph } from '../support/shared-graph';

const P = uniquePrefix('relm');
/** Real skills the writes touch: hubs of O*NET (Excel: 859 occupations), seed skills with many features. */
const HUBS = ['python-programming', 'microsoft-excel', 'model-security', 'llm-security', 'c-plus-plus'];
const RENAMED_HUB = 'llm-security';
const STEPS = 70;

// Writes to real hub skills and undoes it: the graph is checked, and restored if need be, when the file ends.
guardSharedGraph();

/**
 * Related lists kept current after every write are the lists a full recomputation gives:
 * a seeded random series of writes through the real mutation functions (hub skills,
 * renames, deletes, parallel writes, a small importGraph) while the related-lists worker
 * runs beside them, as in the server; once it has drained every mark, every stored list is
 * compared with a fresh full computation: same skills, order, scores (exactly), vias.
 * Renames change no stored list: reads show the current names.
 */
describe('related lists under writes', () => {
  let driver: Driver;
  let db: QueryRunner;
  let hubName: string;
  let worker: RelatedWorker;
  const log: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    db = testRunner(driver);
    const found = await rawCypher<{ slug: string; name: string }>(
      driver,
      'MATCH (s:Skill) WHERE s.slug IN $hubs RETURN s.slug AS slug, s.name AS name',
      {
        hubs: HUBS,
      },
    );
    expect(found.map((f) => f.slug).sort()).toEqual([...HUBS].sort());
    hubName = found.find((f) => f.slug === RENAMED_HUB)!.name;
    // Other test files write with raw Cypher, behind the maintenance's back: start from a true state.
    await recomputeRelated(db);
    // With a pause between rounds, as the server runs it (RELATED_ROUND_PAUSE_MS), short so the series stays quick.
    worker = new RelatedWorker(db, undefined, { pauseMs: 200 }).start();
  });

  afterAll(async () => {
    await cleanUp();
    await worker.drain();
    await worker.stop();
    await driver.close();
  });

  /** Removes what the test made through the mutations, so the shared graph's lists stay true. */
  async function cleanUp(): Promise<void> {
    await upsertSkill(db, { slug: RENAMED_HUB, name: hubName });
    const links = await rawCypher<{ from: string; type: string; to: string }>(
      driver,
      `MATCH (a)-[r:HIRES_FOR|TEACHES]->(b:Skill) WHERE a.slug STARTS WITH $p RETURN a.slug AS from, type(r) AS type, b.slug AS to`,
      { p: P },
    );
    for (const l of links) {
      if (l.type === 'HIRES_FOR') await setHiring(db, l.from, l.to, false, null);
      else await setTeaches(db, l.from, l.to, false, null);
    }
    const skills = await rawCypher<{ slug: string }>(driver, 'MATCH (s:Skill) WHERE s.slug STARTS WITH $p RETURN s.slug AS slug', { p: P });
    for (const { slug } of skills) await deleteSkill(db, slug);
    // Companies, resources and concepts are left without skills now: nothing lists them.
    await rawCypher(driver, 'MATCH (n) WHERE n.slug STARTS WITH $p DETACH DELETE n', { p: P });
  }

  async function applyWrites(): Promise<void> {
    const random = rng(20261204);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const skills = Array.from({ length: 10 }, (_, i) => `${P}s${i}`);
    const companies = [`${P}c0`, `${P}c1`];
    const resources = [`${P}r0`, `${P}r1`];
    for (const slug of skills) await upsertSkill(db, { slug, name: `Related test ${slug}` });
    for (const slug of companies) await upsertCompany(db, { slug, name: `Company ${slug}` });
    for (const slug of resources) await upsertResource(db, { slug, kind: 'GUIDE', title: `Guide ${slug}` });
    const live = new Set(skills);
    const anySkill = () => (random() < 0.35 ? pick(HUBS) : pick([...live]));

    const step = async (i: number): Promise<void> => {
      const r = random();
      const mine = pick([...live]);
      const tolerate = (err: unknown) => {
        const code = (err as { extensions?: { code?: string } }).extensions?.code;
        if (code !== 'CYCLE_DETECTED' && code !== 'NOT_FOUND') throw err;
      };
      if (r < 0.25) {
        const other = anySkill();
        if (other === mine) return;
        log.push(`${i} addPrerequisite`);
        await (random() < 0.5 ? addPrerequisite(db, mine, other, null) : addPrerequisite(db, other, mine, null)).catch(tolerate);
      } else if (r < 0.35) {
        const edges = await rawCypher<{ a: string; b: string }>(
          driver,
          'MATCH (a:Skill)-[:REQUIRES]->(b:Skill) WHERE a.slug STARTS WITH $p OR b.slug STARTS WITH $p RETURN a.slug AS a, b.slug AS b',
          { p: P },
        );
        if (edges.length === 0) return;
        const e = pick(edges);
        log.push(`${i} removePrerequisite`);
        await removePrerequisite(db, e.a, e.b);
      } else if (r < 0.5) {
        log.push(`${i} setHiring`);
        await setHiring(db, pick(companies), anySkill(), random() < 0.75, null).catch(tolerate);
      } else if (r < 0.62) {
        log.push(`${i} linkResource`);
        await setTeaches(db, pick(resources), anySkill(), random() < 0.75, null).catch(tolerate);
      } else if (r < 0.7) {
        log.push(`${i} rename skill`);
        const slug = random() < 0.3 ? RENAMED_HUB : mine;
        await upsertSkill(db, { slug, name: `Renamed ${slug} ${i}` });
      } else if (r < 0.76) {
        log.push(`${i} rename company`);
        await upsertCompany(db, { slug: pick(companies), name: `Company renamed ${i}` });
      } else if (r < 0.82) {
        log.push(`${i} rename resource`);
        await upsertResource(db, { slug: pick(resources), kind: 'GUIDE', title: `Guide renamed ${i}` });
      } else if (r < 0.87) {
        const slug = `${P}n${i}`;
        log.push(`${i} new skill`);
        await upsertSkill(db, { slug, name: `New ${i}` });
        live.add(slug);
      } else if (r < 0.92 && live.size > 4) {
        log.push(`${i} deleteSkill`);
        live.delete(mine);
        await deleteSkill(db, mine);
      } else {
        const a = `${P}i${i}`;
        log.push(`${i} importGraph`);
        await importGraph(db, {
          skills: [{ slug: a, name: `Imported ${i}` }],
          companies: [{ slug: pick(companies), name: `Company imported ${i}` }],
          concepts: [{ slug: `${P}concept`, name: `Test concept ${i}` }],
          edges: [
            { from: { kind: 'SKILL', slug: a }, type: 'REQUIRES', to: { kind: 'SKILL', slug: pick(HUBS) } },
            { from: { kind: 'COMPANY', slug: pick(companies) }, type: 'HIRES_FOR', to: { kind: 'SKILL', slug: a } },
            { from: { kind: 'RESOURCE', slug: pick(resources) }, type: 'TEACHES', to: { kind: 'SKILL', slug: mine } },
            { from: { kind: 'SKILL', slug: a }, type: 'COVERS', to: { kind: 'CONCEPT', slug: `${P}concept` } },
            { from: { kind: 'SKILL', slug: mine }, type: 'COVERS', to: { kind: 'CONCEPT', slug: `${P}concept` } },
          ],
        });
        live.add(a);
      }
    };
    for (let i = 0; i < STEPS; i++) {
      // Every fifth step, three writes at once: overlapping lists, coalesced by the worker.
      if (i % 5 === 4) await Promise.all([step(i), step(i + 1000), step(i + 2000)]);
      else await step(i);
    }
  }

  it('leaves every stored list as a full recomputation gives it', async () => {
    await applyWrites();
    await worker.drain();
    const [{ due }] = await rawCypher<{ due: number }>(driver, 'MATCH (s:Skill) WHERE s.relatedDue IS NOT NULL RETURN count(s) AS due');
    expect(due).toBe(0);
    const run: Run = (statement, params) => db.read(statement, params);
    const states = await allSkillStates(run);
    const slugs = states.map((s) => s.slug);
    const index = new FeatureIndex((await postingsAround(run, slugs)).rows, slugs, new Map());
    const stored = await storedLists(run, slugs);
    const wrong = states
      .filter((state) => {
        const fresh = index.listOf(state.slug, RELATED_K);
        const list = stored.get(state.slug)!;
        if (JSON.stringify(list.entries) !== JSON.stringify(fresh)) return true;
        if (list.ranks.some((rank, i) => rank !== i + 1)) return true;
        // Bookkeeping, except on skills no write has touched since they were created without relationships.
        return state.computed && (state.norm !== index.normOf(state.slug) || state.kth !== kthScore(fresh, RELATED_K));
      })
      .map((s) => s.slug);
    // On a mismatch, the first wrong list both ways, one line per entry.
    const lines = (entries: RelatedEntry[] | undefined) => entries?.map((e) => `${e.slug} ${e.score} ${JSON.stringify(e.shared)}`);
    const first = wrong[0];
    expect({
      wrong: wrong.length,
      first,
      stored: lines(stored.get(first)?.entries),
      fresh: first && lines(index.listOf(first, RELATED_K)),
    }).toEqual({
      wrong: 0,
      first: undefined,
      stored: undefined,
      fresh: undefined,
    });
    expect(log.length).toBeGreaterThan(STEPS);
    // Nothing left for a full recompute to write but the (empty) lists of skills created without relationships.
    const untouched = states.filter((s) => !s.computed);
    expect(untouched.every((s) => s.slug.startsWith(P) && index.listOf(s.slug, RELATED_K).length === 0)).toBe(true);
    expect((await recomputeRelated(db)).written).toBe(untouched.length);
    expect((await recomputeRelated(db)).written).toBe(0);
    // 70 writes beside the worker's rounds on hubs: 163 s on a loaded 2-core machine.
  }, 300_000);

  it('shows a renamed skill by its current name in the lists that hold it, without rewriting them', async () => {
    const [neighbour] = await rawCypher<{ slug: string; name: string; at: string }>(
      driver,
      `MATCH (x:Skill)-[:REQUIRES]-(h:Skill {slug: $hub}), (x)-[r:RELATED_TO]->(h)
       RETURN x.slug AS slug, h.name AS name, toString(x.relatedAt) AS at ORDER BY r.rank, x.slug LIMIT 1`,
      { hub: RENAMED_HUB },
    );
    const nameOfHub = async () => {
      const list = (await relatedOf(db, [neighbour.slug], RELATED_K)).get(neighbour.slug)!;
      const entry = list.related.find((e) => e.skill.slug === RENAMED_HUB)!;
      return {
        computedAt: list.computedAt,
        names: entry.shared.filter((g) => g.kind === 'PREREQUISITE' || g.kind === 'DEPENDENT')[0].names,
      };
    };
    expect(await nameOfHub()).toEqual({ computedAt: neighbour.at, names: [neighbour.name] });
    await upsertSkill(db, { slug: RENAMED_HUB, name: `${hubName} (renamed)` });
    expect(await nameOfHub()).toEqual({ computedAt: neighbour.at, names: [`${hubName} (renamed)`] });
    await upsertSkill(db, { slug: RENAMED_HUB, name: hubName });
  });
});
