import { readFileSync } from 'node:fs';
import { toGlobalId } from '../../src/graphql/global-id';
import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { demandFigures, onetAsImported, onetRank, type OnetFiles } from '../support/onet-data';
import { files } from '../support/shared-data';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Occupations, technology categories, demand signals and the data set ledger over HTTP,
 * every figure computed from the O*NET files (../shared/data/skills/onet-29.2) and the
 * seed page, never typed in.
 */
describe('O*NET over HTTP: occupations, categories, demand signals, datasets', () => {
  const t = useTestServer({ QUERY_STATS: 'true' });
  let onet: OnetFiles;
  /** Technology name → the skill it became (a slug when merged, else `onet:<normal form>`). */
  let keyOf: Map<string, string>;
  beforeAll(async () => {
    ({ onet, keyOf } = await onetAsImported(t.driver));
  });

  const ok = async (query: string, variables?: Record<string, unknown>): Promise<Any> => {
    const res = await t.gql<Any>(query, variables);
    expect(res.errors).toBeUndefined();
    return { ...res.data!, roundTrips: (res.extensions?.queryStats as Any | undefined)?.roundTrips };
  };
  const codeOf = (res: Any) => res.errors?.[0]?.extensions?.code;
  const rowsOf = (occupation: string) => onet.rows.filter((r) => r.occupation === occupation);
  const distinct = <T>(values: Iterable<T>) => new Set(values);
  /** Every page of a connection field, following endCursor. */
  async function allPages(query: string, pick: (data: Any) => Any, first = 100): Promise<Any[]> {
    const edges: Any[] = [];
    let after: string | null = null;
    for (;;) {
      const connection = pick(await ok(query, { first, after }));
      edges.push(...connection.edges);
      if (!connection.pageInfo.hasNextPage) return edges;
      after = connection.pageInfo.endCursor;
    }
  }

  describe('occupations', () => {
    const DATA_SCIENTISTS = '15-2051.00';
    const SKILLS = `query($first: Int, $after: String) { occupation(code: "${DATA_SCIENTISTS}") {
      skills(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor hot inDemand technologies source node { slug name } } } } }`;

    it('occupation(code) answers the file’s title and description, and null for an unknown code', async () => {
      const data = await ok(
        `{ occupation(code: "${DATA_SCIENTISTS}") { id code title description source } none: occupation(code: "99-9999.99") { code } }`,
      );
      const file = onet.occupations.get(DATA_SCIENTISTS)!;
      expect(data.occupation).toMatchObject({ code: DATA_SCIENTISTS, title: file.title, description: file.description });
      expect(data.occupation.source).toMatch(/^https:\/\/www\.onetcenter\.org\//);
      expect(data.occupation.id).toBe(toGlobalId('Occupation', DATA_SCIENTISTS));
      expect(data.none).toBeNull();
    });

    it('Occupation.skills: one edge per skill its technology rows map to, paged by slug with the USES flags', async () => {
      const rows = rowsOf(DATA_SCIENTISTS);
      const expectedSkills = distinct(rows.map((r) => keyOf.get(r.technology)!));
      const first = await ok(SKILLS, { first: 30, after: null });
      expect(first.occupation.skills.totalCount).toBe(expectedSkills.size);
      const edges = await allPages(SKILLS, (d) => d.occupation.skills, 30);
      expect(edges).toHaveLength(expectedSkills.size);
      const slugs = edges.map((e) => e.node.slug);
      expect(slugs).toEqual([...slugs].sort());
      expect(distinct(slugs).size).toBe(slugs.length);
      // Every technology of the file is on exactly one edge, and each edge is one skill.
      expect(edges.flatMap((e) => e.technologies).sort()).toEqual(rows.map((r) => r.technology).sort());
      for (const e of edges) {
        expect(distinct(e.technologies.map((t: string) => keyOf.get(t))).size).toBe(1);
        const behind = rows.filter((r) => e.technologies.includes(r.technology));
        expect(e.hot).toBe(behind.some((r) => r.hot));
        expect(e.inDemand).toBe(behind.some((r) => r.inDemand));
        expect(e.source).toMatch(/^https:\/\//);
      }
    });

    it.each([
      ['hot', true],
      ['hot', false],
      ['inDemand', true],
      ['inDemand', false],
    ] as const)('Occupation.skills(%s: %s) keeps only edges with that flag, and counts them', async (flag, value) => {
      const rows = rowsOf(DATA_SCIENTISTS);
      const flagged = new Map<string, boolean>();
      for (const r of rows) flagged.set(keyOf.get(r.technology)!, (flagged.get(keyOf.get(r.technology)!) ?? false) || r[flag]);
      const expected = [...flagged.values()].filter((f) => f === value).length;
      const query = `query($first: Int, $after: String) { occupation(code: "${DATA_SCIENTISTS}") {
        skills(first: $first, after: $after, ${flag}: ${value}) { totalCount pageInfo { hasNextPage endCursor } edges { hot inDemand node { slug } } } } }`;
      const edges = await allPages(query, (d) => d.occupation.skills, 25);
      expect(edges).toHaveLength(expected);
      expect(edges.every((e) => e[flag] === value)).toBe(true);
      expect((await ok(query, { first: 1 })).occupation.skills.totalCount).toBe(expected);
    });

    it('occupations: every occupation of the file by code; a text filter finds Data Scientists', async () => {
      const codes = [...onet.occupations.keys()].sort();
      const data = await ok(`{ occupations(first: 5) { totalCount nodes { code title } pageInfo { hasNextPage endCursor } } }`);
      expect(data.occupations.totalCount).toBe(codes.length);
      expect(data.occupations.nodes.map((o: Any) => o.code)).toEqual(codes.slice(0, 5));
      const next = await ok(`query($after: String) { occupations(first: 5, after: $after) { nodes { code } } }`, {
        after: data.occupations.pageInfo.endCursor,
      });
      expect(next.occupations.nodes.map((o: Any) => o.code)).toEqual(codes.slice(5, 10));

      const title = onet.occupations.get(DATA_SCIENTISTS)!.title;
      const found = await ok(
        `query($text: String) { occupations(filter: { text: $text }, first: 100) { totalCount nodes { code title } } }`,
        {
          text: title,
        },
      );
      expect(found.occupations.nodes.map((o: Any) => o.code)).toContain(DATA_SCIENTISTS);
      expect(found.occupations.totalCount).toBe(found.occupations.nodes.length);
      const foundCodes = found.occupations.nodes.map((o: Any) => o.code);
      expect(foundCodes).toEqual([...foundCodes].sort());
    });

    it('bad arguments are BAD_USER_INPUT naming the argument', async () => {
      const big = await t.gql('{ occupations(first: 101) { totalCount } }');
      expect(codeOf(big)).toBe('BAD_USER_INPUT');
      const empty = await t.gql('{ occupations(filter: { text: "  " }) { totalCount } }');
      expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
      // A cursor of another list is refused, not misread.
      const skills = await ok('{ skills(first: 1) { pageInfo { endCursor } } }');
      const foreign = await t.gql(
        `query($after: String) { occupation(code: "${DATA_SCIENTISTS}") { skills(after: $after) { totalCount } } }`,
        { after: skills.skills.pageInfo.endCursor },
      );
      expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('Skill.occupations', () => {
    const OCCUPATIONS = (slug: string) => `query($first: Int, $after: String) { skill(slug: "${slug}") {
      occupations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { hot inDemand technologies node { code title } } } } }`;

    it('a merged skill (python-programming) lists every occupation listing "Python", by code', async () => {
      const listing = distinct(onet.rows.filter((r) => r.technology === 'Python').map((r) => r.occupation));
      const mapped = distinct(onet.rows.filter((r) => keyOf.get(r.technology) === 'python-programming').map((r) => r.occupation));
      expect(mapped).toEqual(listing);
      const first = await ok(OCCUPATIONS('python-programming'), { first: 10 });
      expect(first.skill.occupations.totalCount).toBe(listing.size);
      const edges = await allPages(OCCUPATIONS('python-programming'), (d) => d.skill.occupations);
      expect(edges.map((e) => e.node.code)).toEqual([...listing].sort());
      for (const e of edges) {
        expect(e.technologies).toEqual(['Python']);
        const row = onet.rows.find((r) => r.technology === 'Python' && r.occupation === e.node.code)!;
        expect([e.hot, e.inDemand, e.node.title]).toEqual([row.hot, row.inDemand, onet.occupations.get(row.occupation)!.title]);
      }
    });

    it('a hub (Microsoft Excel) answers a page and its count without reading every occupation into the answer', async () => {
      const listing = [...distinct(onet.rows.filter((r) => r.technology === 'Microsoft Excel').map((r) => r.occupation))].sort();
      const data = await ok(OCCUPATIONS('microsoft-excel'), { first: 20 });
      expect(data.skill.occupations.totalCount).toBe(listing.length);
      expect(data.skill.occupations.edges.map((e: Any) => e.node.code)).toEqual(listing.slice(0, 20));
      expect(data.roundTrips).toBeLessThanOrEqual(3); // the skill, the page, the count
      const edges = await allPages(OCCUPATIONS('microsoft-excel'), (d) => d.skill.occupations);
      expect(edges.map((e) => e.node.code)).toEqual(listing);
    });

    it('a skill O*NET does not list has no occupations', async () => {
      const data = await ok(`{ skill(slug: "model-security") { occupations { totalCount edges { hot } } } }`);
      expect(data.skill.occupations).toEqual({ totalCount: 0, edges: [] });
    });
  });

  describe('technology categories', () => {
    const used = () => distinct(onet.rows.map((r) => r.commodity));

    it('technologyCategories: each level holds the UNSPSC codes the technologies use', async () => {
      const commodities = [...used()].map((c) => onet.commodities.get(c)!);
      const expected = {
        COMMODITY: [...used()],
        CLASS: [...distinct(commodities.map((c) => c.class))],
        FAMILY: [...distinct(commodities.map((c) => c.family))],
        SEGMENT: [...distinct(commodities.map((c) => c.segment))],
      };
      const data = await ok(`{
        SEGMENT: technologyCategories { code level }
        FAMILY: technologyCategories(level: FAMILY) { code level }
        CLASS: technologyCategories(level: CLASS) { code level }
        COMMODITY: technologyCategories(level: COMMODITY) { code level title }
        all: technologyCategories(level: null) { code }
      }`);
      for (const [level, codes] of Object.entries(expected)) {
        expect(data[level].map((c: Any) => c.code)).toEqual(codes.sort());
        expect(data[level].every((c: Any) => c.level === level)).toBe(true);
      }
      expect(data.all).toHaveLength(Object.values(expected).flat().length);
      for (const c of data.COMMODITY) expect(c.title).toBe(onet.commodities.get(c.code)!.title);
    });

    it('a commodity’s parent chain reaches its segment, as the UNSPSC reference states', async () => {
      const python = onet.rows.find((r) => r.technology === 'Python')!.commodity;
      const file = onet.commodities.get(python)!;
      const data = await ok(
        `query($code: String!) { technologyCategory(code: $code) {
        id code level parent { code level children { code } parent { code level parent { code level parent { code } } } } } }`,
        { code: python },
      );
      const c = data.technologyCategory;
      expect(c).toMatchObject({ code: python, level: 'COMMODITY', parent: { code: file.class, level: 'CLASS' } });
      expect(c.parent.parent).toMatchObject({
        code: file.family,
        level: 'FAMILY',
        parent: { code: file.segment, level: 'SEGMENT', parent: null },
      });
      const siblings = [...used()].filter((code) => onet.commodities.get(code)!.class === file.class).sort();
      expect(c.parent.children.map((k: Any) => k.code)).toEqual(siblings);
      expect((await ok(`{ technologyCategory(code: "00000000") { code } }`)).technologyCategory).toBeNull();
    });

    it('skills: a commodity’s own; a segment’s, every commodity’s below it, each skill once', async () => {
      const python = onet.rows.find((r) => r.technology === 'Python')!;
      const inCommodity = distinct(onet.rows.filter((r) => r.commodity === python.commodity).map((r) => keyOf.get(r.technology)));
      const segment = onet.commodities.get(python.commodity)!.segment;
      const inSegment = distinct(
        onet.rows.filter((r) => onet.commodities.get(r.commodity)!.segment === segment).map((r) => keyOf.get(r.technology)),
      );
      const query = (code: string) => `query($first: Int, $after: String) { technologyCategory(code: "${code}") {
        skills(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } } }`;
      const commodity = await allPages(query(python.commodity), (d) => d.technologyCategory.skills);
      expect(commodity).toHaveLength(inCommodity.size);
      expect(commodity.map((e) => e.node.slug)).toContain('python-programming');
      const top = await ok(query(segment), { first: 3 });
      expect(top.technologyCategory.skills.totalCount).toBe(inSegment.size);
      const slugs = top.technologyCategory.skills.edges.map((e: Any) => e.node.slug);
      expect(slugs).toEqual([...slugs].sort());
    });

    it('Skill.technologyCategories: the commodities of the skill’s technologies', async () => {
      const expected = distinct(onet.rows.filter((r) => keyOf.get(r.technology) === 'python-programming').map((r) => r.commodity));
      const data = await ok(`{ skill(slug: "python-programming") { technologyCategories { code level title } } }`);
      expect(data.skill.technologyCategories.map((c: Any) => c.code).sort()).toEqual([...expected].sort());
      expect(data.skill.technologyCategories.every((c: Any) => c.level === 'COMMODITY')).toBe(true);
    });
  });

  describe('demand signals and orderBy: DEMAND', () => {
    const SIGNALS = 'demandSignals { kind source dataset date rank occupations hotOccupations inDemandOccupations }';
    const released = () => {
      const m = /\b([A-Z][a-z]+)\s+(\d{4})\s+Release/.exec(onet.head)!;
      return `${m[2]}-${String(new Date(`${m[1]} 1, 2000`).getMonth() + 1).padStart(2, '0')}`;
    };

    it('model-security: only the rank its seed page states, sourced to the page, with no date', async () => {
      const page = readFileSync(files.seedPage, 'utf8');
      const stated = Number(/#(\d+) in demand/.exec(page)![1]);
      const data = await ok(`{ skill(slug: "model-security") { demandRank ${SIGNALS} } }`);
      expect(data.skill.demandRank).toBe(stated);
      expect(data.skill.demandSignals).toEqual([
        {
          kind: 'STATED_RANK',
          source: 'seed-page',
          dataset: null,
          date: null,
          rank: stated,
          occupations: null,
          hotOccupations: null,
          inDemandOccupations: null,
        },
      ]);
    });

    it.each([
      ['PyTorch', 'pytorch'],
      ['Python', 'python-programming'],
      ['Microsoft Excel', 'microsoft-excel'],
    ])('%s (%s): O*NET’s figures and rank, dated by the release', async (technology, slug) => {
      const figures = demandFigures(onet.rows, keyOf);
      const key = keyOf.get(technology)!;
      const f = figures.get(key)!;
      const data = await ok(`{ skill(slug: "${slug}") { demandRank ${SIGNALS} } datasets { slug source } }`);
      const onetSource = data.datasets.find((d: Any) => d.slug === 'onet').source;
      expect(data.skill.demandSignals[0]).toEqual({
        kind: 'ONET_OCCUPATIONS',
        source: onetSource,
        dataset: 'onet',
        date: released(),
        rank: onetRank(figures, key),
        occupations: f.occupations,
        hotOccupations: f.hot,
        inDemandOccupations: f.inDemand,
      });
      expect(readFileSync(`${files.onet}/onet-read-me.txt`, 'utf8')).toContain(onetSource);
      // demandRank stays the record's own stated rank: O*NET does not set it.
      expect(data.skill.demandSignals.filter((s: Any) => s.kind === 'STATED_RANK').map((s: Any) => s.rank)).toEqual(
        data.skill.demandRank === null ? [] : [data.skill.demandRank],
      );
    });

    /** The documented order: O*NET rank, then the stated rank, then name; absent ranks last. */
    const demandOrder = (skills: Any[]) => {
      const rank = (s: Any, kind: string) => s.demandSignals.find((d: Any) => d.kind === kind)?.rank ?? Infinity;
      return [...skills].sort(
        (a, b) =>
          rank(a, 'ONET_OCCUPATIONS') - rank(b, 'ONET_OCCUPATIONS') ||
          rank(a, 'STATED_RANK') - rank(b, 'STATED_RANK') ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      );
    };

    it('Company.skills(orderBy: DEMAND): O*NET-ranked skills first, then the stated rank, then name', async () => {
      const data = await ok(`{ company(slug: "openai") { skills(orderBy: DEMAND) { slug name demandRank demandSignals { kind rank } } } }`);
      const skills = data.company.skills;
      expect(skills.map((s: Any) => s.slug)).toEqual(demandOrder(skills).map((s: Any) => s.slug));
      expect(skills[0].demandSignals.some((d: Any) => d.kind === 'ONET_OCCUPATIONS')).toBe(true);
      expect(skills.some((s: Any) => s.demandRank !== null)).toBe(true);
    });

    it('the skill page look-ahead orders hiring companies’ skills the same way', async () => {
      const data = await ok(
        `{ skill(slug: "model-security") { hiringCompanies { slug skills(first: 6, orderBy: DEMAND) { slug name demandSignals { kind rank } } } } }`,
      );
      for (const c of data.skill.hiringCompanies) {
        const all = await ok(`{ company(slug: "${c.slug}") { skills(orderBy: DEMAND) { slug name demandSignals { kind rank } } } }`);
        expect(c.skills.map((s: Any) => s.slug)).toEqual(
          demandOrder(all.company.skills)
            .slice(0, 6)
            .map((s: Any) => s.slug),
        );
      }
    });
  });

  describe('datasets, node ids, search', () => {
    it('datasets: every ledger entry by slug; O*NET’s carries its version, release and credit line', async () => {
      const ledger = await rawCypher<{ slug: string }>(t.driver, 'MATCH (d:Dataset) RETURN d.slug AS slug ORDER BY slug');
      const data = await ok('{ datasets { slug name version released source licence credit importedAt } }');
      expect(data.datasets.map((d: Any) => d.slug)).toEqual(ledger.map((r) => r.slug));
      const version = /O\*NET\s+(\d+(?:\.\d+)+)\s+Database/.exec(onet.head)![1];
      const entry = data.datasets.find((d: Any) => d.slug === 'onet');
      expect(entry).toMatchObject({ version, licence: expect.stringContaining('CC BY 4.0') });
      expect(entry.credit).toContain(`O*NET ${version} Database`);
      expect(entry.credit).toContain('USDOL/ETA');
      expect(entry.released).toMatch(/^\d{4}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.importedAt))).toBe(false);
      expect(data.datasets.find((d: Any) => d.slug === 'seed')).toMatchObject({ released: null });
    });

    it('node(id) and nodes(ids) resolve occupations and technology categories', async () => {
      const commodity = onet.rows[0].commodity;
      const ids = [
        toGlobalId('Occupation', '15-2051.00'),
        toGlobalId('TechnologyCategory', commodity),
        toGlobalId('Occupation', '00-0000.00'),
      ];
      const data = await ok(
        `query($ids: [ID!]!, $id: ID!) {
        node(id: $id) { __typename id ... on Occupation { code title } }
        nodes(ids: $ids) { __typename id ... on Occupation { code } ... on TechnologyCategory { code level } } }`,
        { ids, id: ids[0] },
      );
      expect(data.node).toEqual({
        __typename: 'Occupation',
        id: ids[0],
        code: '15-2051.00',
        title: onet.occupations.get('15-2051.00')!.title,
      });
      expect(data.nodes).toEqual([
        { __typename: 'Occupation', id: ids[0], code: '15-2051.00' },
        { __typename: 'TechnologyCategory', id: ids[1], code: commodity, level: 'COMMODITY' },
        null,
      ]);
    });

    it('search finds an occupation by its title and PyTorch by name', async () => {
      const title = onet.occupations.get('15-2051.00')!.title;
      const data = await ok(
        `query($title: String!) {
        occupation: search(text: $title, first: 5) { nodes { node { __typename ... on Occupation { code title } } } }
        pytorch: search(text: "PyTorch", first: 5) { nodes { node { __typename ... on Skill { slug name } } } }
        category: search(text: "Spreadsheet software", first: 5) { nodes { node { __typename ... on TechnologyCategory { code level } } } } }`,
        { title },
      );
      expect(data.occupation.nodes[0].node).toEqual({ __typename: 'Occupation', code: '15-2051.00', title });
      expect(data.pytorch.nodes.map((h: Any) => h.node)).toContainEqual({ __typename: 'Skill', slug: 'pytorch', name: 'PyTorch' });
      const spreadsheet = [...onet.commodities].find(
        ([code, c]) => c.title === 'Spreadsheet software' && onet.rows.some((r) => r.commodity === code),
      )!;
      expect(data.category.nodes.map((h: Any) => h.node)).toContainEqual({
        __typename: 'TechnologyCategory',
        code: spreadsheet[0],
        level: 'COMMODITY',
      });
    });
  });
});
