import { useTestServer } from '../support/http';
import { uniquePrefix } from '../support/unique';
import { waitUntil } from '../support/wait';
import { API_KEYS_ENV, as } from '../support/writes';

/**
 * Admission control on the real server: one request may run, one may wait, for 1.5 s.
 * The running one is a mutation held on a row lock this test takes in Neo4j, so the
 * slot stays taken exactly as long as the test wants.
 */
describe('admission control', () => {
  const P = uniquePrefix('admission');
  const t = useTestServer(
    { ...API_KEYS_ENV, MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '1', ADMISSION_QUEUE_MS: '1500' },
    { prefix: P },
  );
  const UPSERT = `mutation($input: SkillInput!) { upsertSkill(input: $input) { status } }`;
  const READ = `{ skill(slug: "${P}held") { slug } }`;

  const metric = async (name: string) => {
    const text = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
    return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
  };

  it('queues what exceeds the limit, refuses at once when the queue is full or its deadline passes, and admits the next when a slot frees', async () => {
    expect((await t.gql(UPSERT, { input: { slug: `${P}held`, name: 'Held' } }, as('editor'))).data).toEqual({
      upsertSkill: { status: 'CREATED' },
    });

    const holder = t.driver.session();
    const lock = await holder.beginTransaction();
    await lock.run('MATCH (s:Skill {slug: $slug}) SET s.heldByTest = true', { slug: `${P}held` });
    let running: Promise<unknown> | undefined;
    try {
      // Takes the only slot and waits on the lock.
      running = t.gql(UPSERT, { input: { slug: `${P}held`, name: 'Held', description: 'changed' } }, as('editor'));
      await waitUntil('the mutation to be admitted', async () => (await metric('skillgraph_admission_running')) === 1);

      const queued = t.gql(READ);
      await waitUntil('the read to wait in the queue', async () => (await metric('skillgraph_admission_queued')) === 1);
      const full = await t.gql(READ);
      expect(full.status).toBe(503);
      expect(full.headers.get('retry-after')).toBe('1');
      expect(full.errors).toEqual([
        {
          message: 'The server is at capacity (queue full); retry after 1 s.',
          extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'overloaded' },
        },
      ]);

      const late = await queued;
      expect(late.status).toBe(503);
      expect(late.errors![0].message).toBe('The server is at capacity (not admitted within 1500 ms); retry after 1 s.');
      expect(await metric('skillgraph_admission_queued')).toBe(0);

      // A client that hangs up while waiting gives its place away.
      const gone = new AbortController();
      const abandoned = fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: READ }),
        signal: gone.signal,
      }).catch(() => 'aborted');
      await waitUntil('the abandoned read to wait', async () => (await metric('skillgraph_admission_queued')) === 1);
      gone.abort();
      expect(await abandoned).toBe('aborted');
      await waitUntil('its place to be given away', async () => (await metric('skillgraph_admission_queued')) === 0);

      const next = t.gql(READ);
      await waitUntil('the next read to wait', async () => (await metric('skillgraph_admission_queued')) === 1);
      await lock.rollback();
      // The slot frees when the mutation is answered, and the waiting read gets it.
      expect(((await running) as { data: unknown }).data).toEqual({ upsertSkill: { status: 'UPDATED' } });
      expect(await next).toMatchObject({ status: 200, data: { skill: { slug: `${P}held` } } });
      expect(await metric('skillgraph_admission_running')).toBe(0);
    } finally {
      await lock.rollback().catch(() => undefined);
      await holder.close();
      await running?.catch(() => undefined);
    }
  }, 60_000);
});
