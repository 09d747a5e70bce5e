import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/import/run-import';
import { useTestServer } from '../support/http';
import { rawCypher, testRunner } from '../support/neo4j';
import { files, readJson } from '../support/shared-data';
import { guardSharedGraph } from '../support/shared-graph';

type Ids = Record<string, { id: string; slug: string }>;

// Prunes and re-imports NIST AI 600-1 and Metacademy: the graph is checked, and restored if need be, when the file ends.
guardSharedGraph();

/**
 * README: ids are stable across restarts and re-imports. Re-running an import, even one
 * that updated an item or removed it and brought it back as a new Neo4j node, leaves
 * every node's global id and slug as they were, and the id still leads to the node.
 * On the real NIST AI 600-1 file (12 small items) and Metacademy's skills; both are
 * imported from the publishers' files again at the end.
 */
describe('ids across re-imports', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'skillgraph-ids-'));
  // A request per node, hence no rate limit; NIST AI 600-1 is re-imported from its file at the end.
  const t = useTestServer({ RATE_LIMIT_MAX: '0' }, { cleanUp: (driver) => runImport(testRunner(driver), 'nist-genai-risks', files.genai) });

  /** Global id (over the API) and slug (in the graph) of every node a data set owns, by slug. */
  async function idsOf(dataset: string, label: 'FrameworkItem' | 'Skill'): Promise<Ids> {
    const rows = await rawCypher<{ slug: string; key: string }>(
      t.driver,
      `MATCH (n:${label} {dataset: $dataset}) RETURN n.slug AS slug, ${label === 'Skill' ? 'n.slug' : 'n.code'} AS key ORDER BY slug`,
      { dataset },
    );
    expect(rows.length).toBeGreaterThan(0);
    const field = label === 'Skill' ? 'skill(slug: $key) { id }' : 'frameworkItem(code: $key) { id }';
    const ids: Ids = {};
    for (const { slug, key } of rows) {
      const res = await t.gql<{ node: { id: string } }>(`query($key: String!) { node: ${field} }`, { key });
      expect(res.errors).toBeUndefined();
      ids[key] = { id: res.data!.node.id, slug };
    }
    return ids;
  }

  /** What `node(id:)` finds for each id: the key it was read under, or null. */
  async function resolve(ids: Ids): Promise<Record<string, string | null>> {
    const out: Record<string, string | null> = {};
    for (const [key, { id }] of Object.entries(ids)) {
      const res = await t.gql<{ node: { slug?: string; code?: string } | null }>(
        'query($id: ID!) { node(id: $id) { ... on Skill { slug } ... on FrameworkItem { code } } }',
        { id },
      );
      expect(res.errors).toBeUndefined();
      out[key] = res.data!.node ? (res.data!.node.code ?? res.data!.node.slug ?? null) : null;
    }
    return out;
  }
  const itself = (ids: Ids) => Object.fromEntries(Object.keys(ids).map((k) => [k, k]));

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a framework item keeps its id and slug through an update, a prune and the re-import that brings it back', async () => {
    const before = await idsOf('nist-ai-600-1', 'FrameworkItem');
    expect(Object.keys(before)).toHaveLength(12);
    expect(await resolve(before)).toEqual(itself(before));

    const doc = readJson(files.genai);
    const changed = join(tmp, 'gai-risks-changed.json');
    writeFileSync(
      changed,
      JSON.stringify({
        ...doc,
        risks: doc.risks
          .filter((r: { number: number }) => r.number !== 1)
          .map((r: { number: number; name: string }) => (r.number === 2 ? { ...r, name: `${r.name} (renamed)` } : r)),
      }),
    );
    const update = await runImport(testRunner(t.driver), 'nist-genai-risks', changed, { prune: true });
    expect(update).toMatchObject({ nodesCreated: 0, nodesUpdated: 1, pruned: true });
    expect(update.vanished).toHaveLength(1);
    const { 'GAI-01': gone, ...rest } = before;
    expect(await idsOf('nist-ai-600-1', 'FrameworkItem')).toEqual(rest);
    expect(await resolve({ 'GAI-01': gone })).toEqual({ 'GAI-01': null });

    const back = await runImport(testRunner(t.driver), 'nist-genai-risks', files.genai);
    expect(back).toMatchObject({ nodesCreated: 1, nodesUpdated: 1 });
    const after = await idsOf('nist-ai-600-1', 'FrameworkItem');
    expect(after).toEqual(before);
    expect(await resolve(after)).toEqual(itself(after));
  }, 120_000);

  it("Metacademy's skills keep their ids and slugs when the import runs again", async () => {
    const before = await idsOf('metacademy', 'Skill');
    await runImport(testRunner(t.driver), 'metacademy', files.metacademy);
    const after = await idsOf('metacademy', 'Skill');
    expect(after).toEqual(before);
    expect(await resolve(after)).toEqual(itself(after));
  }, 300_000);
});
