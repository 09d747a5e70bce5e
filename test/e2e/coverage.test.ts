import { readSeed } from '../../src/seed/read-seed';
import type { SeedEdge, SeedItemEdge } from '../../src/seed/seed-schema';
import { useTestServer } from '../support/http';
import { files, readAtlas, readJson } from '../support/shared-data';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ENTRY = 'kind sources reason direct inheritedFrom { code }';
const COVERAGE = `counts { items coveredDirectly coveredThroughRule uncovered }
  uncovered { code }
  items { item { code } status skills { skill { slug } ${ENTRY} } resources { resource { slug } skills { slug } ${ENTRY} } }`;

/**
 * README (coverage map): what covers each item, read back over HTTP and checked against the
 * seed files themselves: a COVERS edge is STATED unless its source is `curated`; a
 * resource teaching a skill that covers the item is THROUGH_SKILL; an ATLAS sub-technique
 * takes its technique's coverage, marked `inheritedFrom`.
 */
describe('coverage map', () => {
  const t = useTestServer({ QUERY_STATS: 'true' });
  const seed = readSeed();
  const atlas = readAtlas();
  const parentOf = new Map<string, string>(
    (atlas.matrices[0].techniques as Any[]).filter((x) => x['subtechnique-of']).map((x) => [x.id, x['subtechnique-of']]),
  );
  const ok = async (query: string): Promise<Any> => {
    const res = await t.gql<Any>(query);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  const itemEdges = (entries: SeedItemEdge[], record: { source: string }) =>
    entries.map((e) =>
      typeof e === 'string' ? { code: e, source: record.source, note: null } : { source: record.source, note: null, ...e },
    );
  const slugOf = (e: SeedEdge) => (typeof e === 'string' ? e : e.slug);
  const kindOf = (source: string) => (source === 'curated' ? 'CURATED' : 'STATED');
  const skillsCovering = (code: string) => seed.skills.filter((s) => itemEdges(s.items, s).some((e) => e.code === code));

  /** One line per entry, as the seed files say it should be. */
  function expectedEntries(code: string) {
    const skills: string[] = [];
    const resources: string[] = [];
    for (const [on, from] of [[code, null], ...(parentOf.has(code) ? [[parentOf.get(code)!, parentOf.get(code)!]] : [])] as Array<
      [string, string | null]
    >) {
      for (const s of seed.skills) {
        for (const e of itemEdges(s.items, s).filter((x) => x.code === on)) {
          skills.push(`${s.slug} ${kindOf(e.source)} [${e.source}] ${e.note} from ${from}`);
        }
      }
      for (const r of seed.resources) {
        for (const e of itemEdges(r.items, r).filter((x) => x.code === on)) {
          resources.push(`${r.slug} ${kindOf(e.source)} [${e.source}] ${e.note} () from ${from}`);
        }
        const via = skillsCovering(on)
          .filter((s) => r.teaches.some((x) => slugOf(x) === s.slug))
          .map((s) => s.slug)
          .sort();
        if (via.length > 0) resources.push(`${r.slug} THROUGH_SKILL (${via.join(' ')}) from ${from}`);
      }
    }
    return { skills: skills.sort(), resources: resources.sort() };
  }
  /** The same lines from the API's answer. */
  function answeredEntries(c: Any) {
    const from = (e: Any) => `from ${e.inheritedFrom?.code ?? null}`;
    return {
      skills: (c.skills as Any[]).map((e) => `${e.skill.slug} ${e.kind} [${e.sources.join(' ')}] ${e.reason} ${from(e)}`).sort(),
      resources: (c.resources as Any[])
        .map((e) =>
          e.kind === 'THROUGH_SKILL'
            ? `${e.resource.slug} THROUGH_SKILL (${e.skills
                .map((s: Any) => s.slug)
                .sort()
                .join(' ')}) ${from(e)}`
            : `${e.resource.slug} ${e.kind} [${e.sources.join(' ')}] ${e.reason} () ${from(e)}`,
        )
        .sort(),
    };
  }

  it.each(['owasp-llm-top-10-2025', 'mitre-atlas', 'nist-ai-rmf'])(
    'coverage(framework: "%s"): every item in order, each entry as the seed files say, counts and the uncovered',
    async (slug) => {
      const map = (await ok(`{ coverage(framework: "${slug}") { framework { slug } ${COVERAGE} } }`)).coverage;
      const inOrder = (await ok(`{ framework(slug: "${slug}") { items(first: 100) { totalCount } } }`)).framework.items.totalCount;
      expect(map.framework.slug).toBe(slug);
      expect(map.items).toHaveLength(inOrder);
      if (slug === 'owasp-llm-top-10-2025') {
        expect(map.items.map((i: Any) => i.item.code)).toEqual((readJson(files.owasp).entries as Any[]).map((e) => e.code));
      }
      const statuses: string[] = [];
      for (const c of map.items) {
        const expected = expectedEntries(c.item.code);
        expect({ code: c.item.code, ...answeredEntries(c) }).toEqual({ code: c.item.code, ...expected });
        const direct = [...c.skills, ...c.resources].some((e: Any) => e.direct);
        const status = direct ? 'DIRECT' : c.skills.length + c.resources.length > 0 ? 'THROUGH_RULE' : 'UNCOVERED';
        expect({ code: c.item.code, status: c.status }).toEqual({ code: c.item.code, status });
        statuses.push(status);
      }
      const count = (s: string) => statuses.filter((x) => x === s).length;
      expect(map.counts).toEqual({
        items: map.items.length,
        coveredDirectly: count('DIRECT'),
        coveredThroughRule: count('THROUGH_RULE'),
        uncovered: count('UNCOVERED'),
      });
      expect(map.uncovered.map((i: Any) => i.code)).toEqual(
        map.items.filter((i: Any) => i.status === 'UNCOVERED').map((i: Any) => i.item.code),
      );
    },
  );

  it('the seed page’s course: prompt injection stated, RAG security curated, the 2023-only risks not mapped', async () => {
    const links = async (code: string) =>
      (
        (await ok(`{ frameworkItem(code: "${code}") { coverage { resources { resource { slug } kind direct } } } }`)).frameworkItem.coverage
          .resources as Any[]
      )
        .filter((e) => e.resource.slug === 'securing-generative-ai-pearson-coursera' && e.direct)
        .map((e) => e.kind);
    expect(await links('LLM01:2025')).toEqual(['STATED']);
    expect(await links('LLM08:2025')).toEqual(['CURATED']);
    // Training data poisoning, model denial of service, insecure plugin design: 2023 entries.
    for (const code of ['LLM03:2025', 'LLM04:2025', 'LLM06:2025', 'LLM10:2025']) expect(await links(code)).toEqual([]);
  });

  it('an ATLAS sub-technique takes its technique’s coverage, marked; the plain lists keep only direct edges', async () => {
    const data = await ok(`{ frameworkItem(code: "AML.T0051.002") { skills { slug } resources { slug }
      coverage { status skills { skill { slug } direct inheritedFrom { code } } } } }`);
    const item = data.frameworkItem;
    expect(item.skills).toEqual([]);
    expect(item.resources).toEqual([]);
    expect(item.coverage.status).toBe('THROUGH_RULE');
    expect(item.coverage.skills.map((e: Any) => e.skill.slug).sort()).toEqual(
      skillsCovering('AML.T0051')
        .map((s) => s.slug)
        .sort(),
    );
    expect(item.coverage.skills.every((e: Any) => e.inheritedFrom?.code === 'AML.T0051' && !e.direct)).toBe(true);
  });

  it('an unknown framework answers null', async () => {
    expect((await ok('{ coverage(framework: "nist-csf") { counts { items } } }')).coverage).toBeNull();
  });

  it('no N+1: the 278 ATLAS items cost the round trips of the 10 OWASP risks', async () => {
    const trips = async (slug: string) => {
      const res = await t.gql(
        `{ coverage(framework: "${slug}") { ${COVERAGE} items { resources { resource { title } skills { name } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      return (res.extensions!.queryStats as { roundTrips: number }).roundTrips;
    };
    expect(await trips('mitre-atlas')).toBe(await trips('owasp-llm-top-10-2025'));
  });
});
