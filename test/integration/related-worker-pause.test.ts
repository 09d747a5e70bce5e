import type { Driver } from '../../src/db/driver';
import type { QueryRunner } from '../../src/db/query-runner';
import { RelatedWorker } from '../../src/related/related-worker';
import { addPrerequisite, deleteSkill, upsertSkill } from '../../src/writes/skill-writes';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';

const P = uniquePrefix('pause');

/**
 * The worker pauses between rounds only while writes keep marking skills: a lone write gets
 * its round at once and the worker is idle after it, however long the pause. (A worker that
 * paused after every round would keep drain() waiting for the whole minute.)
 */
describe('related-lists worker: the pause between rounds', () => {
  let driver: Driver;
  let db: QueryRunner;
  let worker: RelatedWorker;

  beforeAll(async () => {
    driver = testDriver();
    db = testRunner(driver);
    for (const s of ['a', 'b']) await upsertSkill(db, { slug: `${P}${s}`, name: `Pause ${s}` });
    worker = new RelatedWorker(db, undefined, { pauseMs: 60_000 }).start();
    await worker.drain();
  });

  afterAll(async () => {
    for (const s of ['a', 'b']) await deleteSkill(db, `${P}${s}`);
    await worker.drain();
    await worker.stop();
    await driver.close();
  });

  it('a lone write is applied at once and leaves no mark, with a one-minute pause configured', async () => {
    await addPrerequisite(db, `${P}a`, `${P}b`, null);
    await worker.drain();
    const marked = await rawCypher<{ slug: string }>(
      driver,
      'MATCH (s:Skill) WHERE s.relatedDue IS NOT NULL AND s.slug STARTS WITH $p RETURN s.slug AS slug',
      {
        p: P,
      },
    );
    expect(marked).toEqual([]);
    const [list] = await rawCypher<{ at: string | null }>(driver, 'MATCH (s:Skill {slug: $s}) RETURN toString(s.relatedAt) AS at', {
      s: `${P}a`,
    });
    expect(list.at).not.toBeNull();
  }, 45_000); // under the pause: a pause after this round would fail the test by its timeout
});
