import type { Driver } from '../../src/db/driver';
import { QueryRunner } from '../../src/db/query-runner';
import { adjacencyOf, findCycle } from '../../src/domain/find-cycle';
import { RelatedWorker } from '../../src/related/related-worker';
import { addPrerequisite, deleteSkill, removePrerequisite, upsertSkill } from '../../src/writes/skill-writes';
import { rawCypher, removePrefixed, testDriver } from '../support/neo4j';
import { testConfig } from '../support/test-config';
import { uniquePrefix } from '../support/unique';
import { rng } from '../support/seeded-random';

const P = uniquePrefix('deadlock');
const SKILLS = 12;
const ROUNDS = 8;
const PARALLEL = 24;

/**
 * Writes that share a few skills, many at once, beside the related-lists worker (as in the
 * soak): none deadlocks, because every write locks what it writes first, in one order
 * (src/writes/lock-nodes.ts). A deadlock fails no request (Neo4j aborts one side and the
 * transaction is run again), so the test counts transactions run again: none may be. Before
 * that order, a mark (a SET that reads what it writes) and a new edge took a skill's two
 * Neo4j locks in opposite orders, and a delete locked its neighbours in no order; about a
 * third of the new prerequisites here were run again.
 */
describe('writes on shared skills beside the related-lists worker', () => {
  let driver: Driver;
  let db: QueryRunner;
  let worker: RelatedWorker;
  const retried: string[] = [];
  const skills = Array.from({ length: SKILLS }, (_, i) => `${P}${String(i).padStart(2, '0')}`);

  beforeAll(async () => {
    driver = testDriver();
    db = new QueryRunner(driver, {
      database: testConfig().neo4j.database,
      observer: { statement: () => {}, batch: () => {}, inFlight: () => {}, retry: (name) => retried.push(name) },
    });
    for (const slug of skills) await upsertSkill(db, { slug, name: `Deadlock test ${slug}` });
    worker = new RelatedWorker(db).start();
  });

  afterAll(async () => {
    await worker.drain();
    await worker.stop();
    await removePrefixed(driver, P);
    await driver.close();
  });

  /** Refused cycles and skills deleted meanwhile are answers; anything else fails the test. */
  function failures(results: Array<PromiseSettledResult<unknown>>): string[] {
    return results.flatMap((r) => {
      if (r.status === 'fulfilled') return [];
      const code = (r.reason as { extensions?: { code?: string } }).extensions?.code;
      return code === 'CYCLE_DETECTED' || code === 'NOT_FOUND' ? [] : [String(r.reason)];
    });
  }

  it('run no transaction twice, and leave no prerequisite cycle', async () => {
    const random = rng(20261205);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const write = (live: readonly string[]): Promise<unknown> => {
      const r = random();
      const [a, b] = [pick(live), pick(live)];
      if (a === b || r < 0.2) return upsertSkill(db, { slug: a, name: `Renamed ${Math.floor(random() * 3)}` });
      // Mostly a later skill requiring an earlier one; some the other way round, refused when they close a cycle.
      const [later, earlier] = a > b ? [a, b] : [b, a];
      if (r < 0.85) return random() < 0.8 ? addPrerequisite(db, later, earlier, null) : addPrerequisite(db, earlier, later, null);
      return removePrerequisite(db, later, earlier);
    };
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.allSettled(Array.from({ length: PARALLEL }, () => write(skills)));
      expect({ round, failures: failures(results) }).toEqual({ round, failures: [] });
    }
    // Deletes (each locks the skill and all its neighbours) among new edges and the worker's rounds.
    const [kept, deleted] = [skills.slice(0, SKILLS / 2), skills.slice(SKILLS / 2)];
    const results = await Promise.allSettled([
      ...deleted.map((slug) => deleteSkill(db, slug)),
      ...Array.from({ length: PARALLEL }, () => write(kept)),
    ]);
    expect(failures(results)).toEqual([]);
    await worker.drain();

    expect(retried).toEqual([]);
    const edges = await rawCypher<{ a: string; b: string }>(
      driver,
      'MATCH (a:Skill)-[:REQUIRES]->(b:Skill) WHERE a.slug STARTS WITH $p RETURN a.slug AS a, b.slug AS b',
      { p: P },
    );
    expect(findCycle(adjacencyOf(edges.map((e) => [e.a, e.b] as const)))).toBeNull();
  });
});
