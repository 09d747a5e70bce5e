import fc from 'fast-check';
import { buildSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';
import { toGlobalId } from '../../src/graphql/global-id';
import { loadTypeDefs } from '../../src/graphql/schema';
import { slugPattern } from '../../src/seed/seed-schema';
import { type Reply, useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';
import { uniquePrefix } from '../support/unique';
import { API_KEYS_ENV, as, graphTotals } from '../support/writes';

/** This file's writes (the slugs of valid inputs) start with P. */
const P = uniquePrefix('prop');

/** Strings an attacker would try: Cypher and Lucene injections, control characters, huge and odd Unicode. */
const PAYLOADS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x') WITH 1 AS a MATCH (n) DETACH DELETE n RETURN 1 //",
  "model-security' OR '1'='1",
  '`Skill`) DETACH DELETE n //',
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  'CALL dbms.components() YIELD name RETURN name',
  '$slug',
  '{slug: "model-security"}',
  'name:* OR title:*^99 AND NOT ~',
  '\\u0000\u0000\u0007\u001b[31m',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '𝕸𝖔𝖉𝖊𝖑 🛡️ الأمن 模型安全',
  'a'.repeat(5000),
  '',
  ' ',
  'model-security',
];

const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
);

/** Any string, or the id of a node with that string as its key, or base64 noise. */
const anyId = fc.oneof(
  anyString,
  anyString.map((s) => toGlobalId('Skill', s)),
  anyString.map((s) => toGlobalId('Occupation', s)),
  anyString.map((s) => Buffer.from(s).toString('base64url')),
);

const MODEL_SECURITY = toGlobalId('Skill', 'model-security');
const EDGE = { from: { kind: 'SKILL', slug: `${P}skill` }, type: 'REQUIRES', to: { kind: 'SKILL', slug: 'model-security' } };

const RUNS = { numRuns: 40 };
/** Fewer runs for the many per-field properties, so the file stays within about a minute. */
const FIELD_RUNS = { numRuns: 15 };

/** it.each rows named by the schema coordinates a probe covers. */
const byCovers = <T extends { covers: string[] }>(rows: T[]) => rows.map((r) => [r.covers.join(', '), r] as const);
type Check = (res: Reply) => void;

/** Never a 500, never a masked internal error, always JSON with errors or data. */
const sane: Check = (res) => {
  expect(res.status).toBeLessThan(500);
  expect(JSON.stringify(res.errors ?? [])).not.toMatch(/INTERNAL_SERVER_ERROR|Neo4j|Neo\.|stack/i);
  expect(res.data !== undefined || res.errors !== undefined).toBe(true);
};

describe('property-based: any string in any argument', () => {
  const t = useTestServer({ ...API_KEYS_ENV, RATE_LIMIT_MAX: '0' }, { prefix: P });
  let existing: Set<string>;
  beforeAll(async () => {
    existing = new Set(
      (await rawCypher<{ slug: string }>(t.driver, 'MATCH (n) WHERE n.slug IS NOT NULL RETURN DISTINCT n.slug AS slug')).map((r) => r.slug),
    );
    // A framework item with mappings and a framework with items, so their string arguments are reached.
    const [row] = await rawCypher<{ item: string; framework: string }>(
      t.driver,
      `MATCH (i:FrameworkItem)-[:MAPS_TO]-() WITH i ORDER BY i.code LIMIT 1
       MATCH (f:Framework) WHERE EXISTS { (f)--(:FrameworkItem) } WITH i, f ORDER BY f.slug LIMIT 1
       RETURN i.code AS item, f.slug AS framework`,
    );
    // An occupation and a category with skills, so their paging arguments reach the data.
    const [onet] = await rawCypher<{ occupation: string; category: string }>(
      t.driver,
      `MATCH (o:Occupation) WHERE EXISTS { (o)-[:USES]->() } WITH o ORDER BY o.code LIMIT 1
       MATCH (c:TechnologyCategory) WHERE NOT EXISTS { (c)-[:PART_OF]->() } WITH o, c ORDER BY c.code LIMIT 1
       RETURN o.code AS occupation, c.code AS category`,
    );
    known = { KNOWN_ITEM: row.item, KNOWN_FRAMEWORK: row.framework, KNOWN_OCCUPATION: onet.occupation, KNOWN_CATEGORY: onet.category };
  });

  /** Runs `send` for generated values; each answer is sane and the graph's totals never move. */
  async function unchanged<T>(arbitrary: fc.Arbitrary<T>, send: (value: T) => Promise<Reply>, check: Check = sane, runs = RUNS) {
    const before = await graphTotals(t.driver);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        check(await send(value));
        expect(await graphTotals(t.driver)).toEqual(before);
      }),
      runs,
    );
  }

  /**
   * Every read argument that takes a string or an id, with the schema coordinates it
   * covers (checked against the schema below). `$s` is the arbitrary string; `$id`s get
   * ids too; KNOWN_ITEM and KNOWN_FRAMEWORK are replaced by real keys at run time.
   */
  const READS: Array<{ covers: string[]; query: string; ids?: true }> = [
    { covers: ['Query.skill(slug:)'], query: 'query($s: String!) { skill(slug: $s) { slug name } }' },
    { covers: ['Query.company(slug:)'], query: 'query($s: String!) { company(slug: $s) { slug } }' },
    { covers: ['Query.resource(slug:)'], query: 'query($s: String!) { resource(slug: $s) { slug } }' },
    { covers: ['Query.framework(slug:)'], query: 'query($s: String!) { framework(slug: $s) { slug } }' },
    { covers: ['Query.coverage(framework:)'], query: 'query($s: String!) { coverage(framework: $s) { counts { items } } }' },
    { covers: ['Query.concept(slug:)'], query: 'query($s: String!) { concept(slug: $s) { slug } }' },
    {
      covers: ['Query.search(text:)'],
      query: 'query($s: String!) { search(text: $s, first: 5) { totalCount nodes { score highlight } } }',
    },
    { covers: ['Query.search(after:)'], query: 'query($s: String!) { search(text: "security", after: $s) { nodes { score } } }' },
    { covers: ['SkillFilter.text'], query: 'query($s: String!) { skills(filter: { text: $s }) { totalCount } }' },
    {
      covers: ['SkillFilter.category', 'SkillFilter.hiredBy'],
      query: 'query($s: String!) { skills(filter: { category: $s, hiredBy: $s }) { totalCount } }',
    },
    { covers: ['Query.skills(after:)'], query: 'query($s: String!) { skills(after: $s) { totalCount } }' },
    { covers: ['Query.companies(after:)'], query: 'query($s: String!) { companies(after: $s) { totalCount } }' },
    {
      covers: ['ResourceFilter.provider', 'ResourceFilter.skill', 'ResourceFilter.text', 'Query.resources(after:)'],
      query: 'query($s: String!) { resources(filter: { provider: $s, skill: $s, text: $s }, after: $s) { totalCount } }',
    },
    {
      covers: ['Query.sharedSkills(companies:)'],
      query: 'query($s: String!) { sharedSkills(companies: [$s, "openai"]) { skills { slug } } }',
    },
    { covers: ['Query.frameworkItem(code:)'], query: 'query($s: String!) { frameworkItem(code: $s) { code } }' },
    {
      covers: ['Query.crosswalk(code:)', 'Query.crosswalk(to:)'],
      query: 'query($s: String!) { a: crosswalk(code: $s) { confidence } b: crosswalk(code: "KNOWN_ITEM", to: $s) { confidence } }',
    },
    {
      covers: ['FrameworkItem.mappings(to:)'],
      query: 'query($s: String!) { frameworkItem(code: "KNOWN_ITEM") { mappings(to: $s) { confidence } } }',
    },
    {
      covers: ['FrameworkItem.mappingsConnection(to:)'],
      query: 'query($s: String!) { frameworkItem(code: "KNOWN_ITEM") { mappingsConnection(to: $s) { totalCount edges { confidence } } } }',
    },
    { covers: ['Query.source(id:)'], query: 'query($s: String!) { source(id: $s) { id title url } }' },
    {
      covers: ['Framework.items(after:)'],
      query: 'query($s: String!) { framework(slug: "KNOWN_FRAMEWORK") { items(after: $s) { totalCount } } }',
    },
    { covers: ['Query.occupation(code:)'], query: 'query($s: String!) { occupation(code: $s) { code } }' },
    { covers: ['OccupationFilter.text'], query: 'query($s: String!) { occupations(filter: { text: $s }) { totalCount } }' },
    { covers: ['Query.occupations(after:)'], query: 'query($s: String!) { occupations(after: $s) { totalCount } }' },
    {
      covers: ['Occupation.skills(after:)'],
      query: 'query($s: String!) { occupation(code: "KNOWN_OCCUPATION") { skills(after: $s, hot: true) { totalCount } } }',
    },
    {
      covers: ['Skill.resources(source:)'],
      query: 'query($s: String!) { skill(slug: "model-security") { resources(source: $s) { slug } } }',
    },
    {
      covers: ['Skill.occupations(after:)'],
      query: 'query($s: String!) { skill(slug: "python-programming") { occupations(after: $s) { totalCount } } }',
    },
    { covers: ['Query.technologyCategory(code:)'], query: 'query($s: String!) { technologyCategory(code: $s) { code } }' },
    {
      covers: ['TechnologyCategory.skills(after:)'],
      query: 'query($s: String!) { technologyCategory(code: "KNOWN_CATEGORY") { skills(after: $s) { totalCount } } }',
    },
    {
      covers: ['Query.neighborhood(id:)', 'Query.shortestPath(from:)', 'Query.shortestPath(to:)'],
      ids: true,
      query: `query($s: ID!) {
        a: neighborhood(id: $s, depth: 2) { truncated }
        b: shortestPath(from: $s, to: "${toGlobalId('Skill', 'model-security')}") { truncated }
        c: shortestPath(from: "${toGlobalId('Skill', 'model-security')}", to: $s) { truncated } }`,
    },
    {
      covers: ['Query.neighborhood(relationshipTypes:)', 'Query.neighborhood(labels:)', 'Query.shortestPath(relationshipTypes:)'],
      query: `query($s: String!) {
        a: neighborhood(id: "${toGlobalId('Skill', 'model-security')}", relationshipTypes: [$s]) { truncated }
        b: neighborhood(id: "${toGlobalId('Skill', 'model-security')}", labels: [$s, "Skill"]) { truncated }
        c: shortestPath(from: "${toGlobalId('Skill', 'model-security')}", to: "${toGlobalId('Company', 'openai')}", relationshipTypes: ["REQUIRES", $s]) { truncated } }`,
    },
  ];
  let known: Record<string, string>;
  const withKnown = (query: string) => query.replace(/KNOWN_ITEM|KNOWN_FRAMEWORK|KNOWN_OCCUPATION|KNOWN_CATEGORY/g, (k) => known[k]);

  it.each(byCovers(READS))('%s: never a 500 or a write', async (_name, { query, ids }) => {
    await unchanged(ids ? anyId : anyString, (s) => t.gql(withKnown(query), { s }));
  });

  it('node(id), nodes(ids), subgraph(ids): never a 500 or a write', async () => {
    await unchanged(anyId, (id) => t.gql('query($id: ID!) { node(id: $id) { id } }', { id }));
    await unchanged(fc.array(anyId, { maxLength: 5 }), (ids) =>
      t.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } subgraph(ids: $ids) { truncated } }', { ids }),
    );
  });

  /** Mutation arguments that name nodes (or a source), sent naming no existing node. */
  const WRITES_BY_SLUG: Array<{ covers: string[]; query: string }> = [
    { covers: ['Mutation.deleteSkill(slug:)'], query: 'mutation($s: String!) { deleteSkill(slug: $s) { status } }' },
    {
      covers: ['Mutation.addPrerequisite(skill:)'],
      query: 'mutation($s: String!) { addPrerequisite(skill: $s, requires: "model-security") { status } }',
    },
    {
      covers: ['Mutation.addPrerequisite(requires:)', 'Mutation.addPrerequisite(source:)'],
      query: 'mutation($s: String!) { addPrerequisite(skill: "model-security", requires: $s, source: $s) { status } }',
    },
    {
      covers: ['Mutation.removePrerequisite(skill:)', 'Mutation.removePrerequisite(requires:)'],
      query: 'mutation($s: String!) { removePrerequisite(skill: $s, requires: $s) { status } }',
    },
    {
      covers: ['Mutation.setHiring(company:)', 'Mutation.setHiring(source:)'],
      query: 'mutation($s: String!) { setHiring(company: $s, skill: "model-security", hiring: true, source: $s) { status } }',
    },
    {
      covers: ['Mutation.setHiring(skill:)'],
      query: 'mutation($s: String!) { setHiring(company: "openai", skill: $s, hiring: true) { status } }',
    },
    {
      covers: [
        'Mutation.linkResource(resource:)',
        'Mutation.linkResource(skill:)',
        'Mutation.linkResource(source:)',
        'Mutation.unlinkResource(resource:)',
      ],
      query:
        'mutation($s: String!) { a: linkResource(resource: $s, skill: $s, source: $s) { status } b: unlinkResource(resource: $s, skill: "x") { status } }',
    },
    {
      covers: ['Mutation.unlinkResource(skill:)'],
      query: 'mutation($s: String!) { unlinkResource(resource: "x", skill: $s) { status } }',
    },
    {
      covers: ['NodeRefInput.slug'],
      query:
        'mutation($s: String!) { importGraph(input: { edges: [{ from: { kind: SKILL, slug: $s }, type: REQUIRES, to: { kind: SKILL, slug: "model-security" } }] }) { items } }',
    },
  ];
  it.each(byCovers(WRITES_BY_SLUG))('%s without credentials: 401, never a write', async (_name, { query }) => {
    await unchanged(
      anyString,
      (s) => t.gql(query, { s }),
      (res) => {
        expect(res.status).toBe(401);
        expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      },
    );
  });

  it.each(byCovers(WRITES_BY_SLUG))('%s as admin, naming no existing node: refused or a no-op, never a write', async (_name, { query }) => {
    const missing = anyString.filter((s) => !existing.has(s));
    await unchanged(
      missing,
      (s) => t.gql(query, { s }, as('admin')),
      (res) => {
        sane(res);
        for (const e of res.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(e.extensions!.code);
        // What did not fail did nothing (deleting or unlinking what is not there).
        for (const payload of Object.values(res.data ?? {})) if (payload) expect(payload).toEqual({ status: 'UNCHANGED' });
      },
    );
  });

  it('upsert slugs that are not slugs are refused, naming input.slug, never written', async () => {
    const notSlug = anyString.filter((s) => !slugPattern.test(s));
    for (const mutation of [
      'upsertSkill(input: { slug: $s, name: "x" })',
      'upsertCompany(input: { slug: $s, name: "x" })',
      'upsertResource(input: { slug: $s, kind: BOOK, title: "x" })',
    ]) {
      await unchanged(
        notSlug,
        (s) => t.gql(`mutation($s: String!) { r: ${mutation} { status } }`, { s }, as('editor')),
        (res) => {
          sane(res);
          expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
        },
      );
    }
  });

  it('text fields take any string as data: stored verbatim when valid, refused when not, never executed', async () => {
    const slug = `${P}verbatim`;
    const before = await graphTotals(t.driver);
    await fc.assert(
      fc.asyncProperty(anyString, anyString, async (name, description) => {
        const res = await t.gql(
          'mutation($i: SkillInput!) { upsertSkill(input: $i) { skill { name description } } }',
          { i: { slug, name, description, aliases: [name] } },
          as('editor'),
        );
        sane(res);
        if (res.errors) {
          expect(res.errors[0].extensions!.code).toBe('BAD_USER_INPUT');
        } else {
          expect(res.data!.upsertSkill.skill.name).toBe(name.trim());
          expect(res.data!.upsertSkill.skill.description).toBe(description.trim() === '' ? null : description);
        }
        // At most the one test node exists beyond what was there: nothing else was created or deleted.
        const now = await graphTotals(t.driver);
        expect(now.relationships).toBe(before.relationships);
        expect(now.nodes - before.nodes).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
  /**
   * Every string field of every write input, through upsert* where there is one and
   * through importGraph always, on this file's own nodes (created once with plain values
   * first): the value is refused (BAD_USER_INPUT) or stored on that node, and the graph
   * never gains or loses a node or relationship. Slugs are covered above and below.
   */
  const INPUTS: Record<string, { base: Record<string, unknown>; upsert?: string; list: string; fields: string[]; lists?: string[] }> = {
    SkillInput: {
      base: { slug: `${P}skill`, name: 'P' },
      upsert: 'upsertSkill',
      list: 'skills',
      fields: ['name', 'description', 'category', 'aliases', 'source'],
    },
    CompanyInput: {
      base: { slug: `${P}company`, name: 'P' },
      upsert: 'upsertCompany',
      list: 'companies',
      fields: ['name', 'website', 'description', 'source'],
    },
    ResourceInput: {
      base: { slug: `${P}resource`, kind: 'BOOK', title: 'P' },
      upsert: 'upsertResource',
      list: 'resources',
      fields: ['title', 'url', 'provider', 'authors', 'summary', 'source'],
    },
    ProviderInput: { base: { slug: `${P}provider`, name: 'P' }, list: 'providers', fields: ['name', 'website', 'source'] },
    FrameworkInput: {
      base: { slug: `${P}framework`, name: 'P' },
      list: 'frameworks',
      fields: ['name', 'publisher', 'version', 'url', 'description', 'source'],
    },
    ConceptInput: { base: { slug: `${P}concept`, name: 'P' }, list: 'concepts', fields: ['name', 'description', 'aliases', 'source'] },
  };
  const LIST_FIELDS = new Set(['aliases', 'authors']);
  const FIELD_PROBES = Object.entries(INPUTS).flatMap(([type, { base, upsert, list, fields }]) =>
    fields.flatMap((field) => {
      const input = (s: string) => ({ ...base, [field]: LIST_FIELDS.has(field) ? [s] : s });
      const viaImport = {
        covers: [`${type}.${field}`],
        via: 'importGraph',
        query: 'mutation($v: ImportGraphInput!) { r: importGraph(input: $v) { items } }',
        vars: (s: string) => ({ v: { [list]: [input(s)] } }),
        warmUp: { v: { [list]: [base] } },
      };
      if (!upsert) return [viaImport];
      const viaUpsert = {
        covers: [`${type}.${field}`],
        via: upsert,
        query: `mutation($v: ${type}!) { r: ${upsert}(input: $v) { status } }`,
        vars: (s: string) => ({ v: input(s) }),
        warmUp: { v: base },
      };
      return [viaUpsert, viaImport];
    }),
  );
  FIELD_PROBES.push({
    covers: ['ImportEdgeInput.source'],
    via: 'importGraph',
    query: 'mutation($v: ImportGraphInput!) { r: importGraph(input: $v) { items } }',
    vars: (s: string) => ({ v: { skills: [INPUTS.SkillInput.base], edges: [{ ...EDGE, source: s }] } }),
    warmUp: { v: { skills: [INPUTS.SkillInput.base], edges: [EDGE] } },
  });

  it.each(FIELD_PROBES.map((p) => [`${p.covers[0]} via ${p.via}`, p] as const))(
    '%s: refused or stored on its own node, nothing else written',
    async (_name, { query, vars, warmUp }) => {
      const warm = await t.gql(query, warmUp, as('admin'));
      expect(warm.errors).toBeUndefined();
      // A provider is a node: only names that are not one, so no OFFERED_BY appears.
      await unchanged(
        anyString.filter((s) => !existing.has(s.trim())),
        (s) => t.gql(query, vars(s), as('admin')),
        (res) => {
          sane(res);
          // NOT_FOUND: a resource's provider that is no provider.
          for (const e of res.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(e.extensions!.code);
          if (res.errors) expect(res.data?.r ?? null).toBeNull();
          else expect(res.data!.r).toBeTruthy();
        },
        FIELD_RUNS,
      );
    },
  );

  it('slugs of the inputs only importGraph takes: not a slug is refused, never written', async () => {
    const notSlug = anyString.filter((s) => !slugPattern.test(s));
    for (const { base, list } of Object.values(INPUTS)) {
      await unchanged(
        notSlug,
        (s) =>
          t.gql(
            'mutation($v: ImportGraphInput!) { importGraph(input: $v) { items } }',
            { v: { [list]: [{ ...base, slug: s }] } },
            as('admin'),
          ),
        (res) => {
          sane(res);
          expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
        },
        FIELD_RUNS,
      );
    }
  });

  /** /graph/export takes strings too: each query parameter, by GET, and ids by form POST. */
  const EXPORT_PARAMS: Array<[string, (s: string) => Record<string, string>]> = [
    ['center', (s) => ({ center: s, depth: '1' })],
    ['ids', (s) => ({ ids: s })],
    ['depth', (s) => ({ center: MODEL_SECURITY, depth: s })],
    ['limit', (s) => ({ center: MODEL_SECURITY, depth: '1', limit: s })],
    ['format', (s) => ({ center: MODEL_SECURITY, depth: '1', format: s })],
    ['relationshipTypes', (s) => ({ center: MODEL_SECURITY, depth: '1', relationshipTypes: s })],
    ['labels', (s) => ({ center: MODEL_SECURITY, depth: '1', labels: s })],
    ['any parameter name', (s) => ({ center: MODEL_SECURITY, depth: '1', [s]: 'x' })],
  ];
  const exported = async (res: Response): Promise<Reply> => {
    expect([200, 400, 404]).toContain(res.status);
    if (res.status === 200) return { status: 200, headers: res.headers, data: {} };
    const body = (await res.json()) as Reply;
    expect(body.errors![0].extensions!.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
    return { ...body, status: res.status, headers: res.headers };
  };

  it.each(EXPORT_PARAMS)('/graph/export %s: a download, 400 or 404; never a 500 or a write', async (_name, params) => {
    const base = t.url.replace(/\/graphql$/, '');
    await unchanged(
      fc.oneof(anyString, anyId),
      async (s) => exported(await fetch(`${base}/graph/export?${new URLSearchParams(params(s)).toString()}`)),
      sane,
      FIELD_RUNS,
    );
  });

  it('/graph/export ids by form POST: never a 500 or a write', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    await unchanged(
      fc.array(anyId, { maxLength: 5 }),
      async (ids) =>
        exported(
          await fetch(`${base}/graph/export`, {
            method: 'POST',
            body: new URLSearchParams(ids.map((id): [string, string] => ['ids', id])),
          }),
        ),
      sane,
      FIELD_RUNS,
    );
  });

  it('every String, ID, NonEmptyString and URL argument and input field of the schema is in a table above', () => {
    const covered = new Set([
      ...READS.flatMap((r) => r.covers),
      ...WRITES_BY_SLUG.flatMap((r) => r.covers),
      ...FIELD_PROBES.flatMap((r) => r.covers),
      'Query.node(id:)', // and the rest of this list: the tests of their own above
      'Query.nodes(ids:)',
      'Query.subgraph(ids:)',
      ...['SkillInput', 'CompanyInput', 'ResourceInput'].map((t) => `${t}.slug`),
      ...['ProviderInput', 'FrameworkInput', 'ConceptInput'].map((t) => `${t}.slug`),
    ]);
    expect(stringCoordinates().filter((c) => !covered.has(c))).toEqual([]);
  });
});

/** Schema coordinates (`Type.field(arg:)`, `Input.field`) whose type is, or lists, a string-like scalar. */
function stringCoordinates(): string[] {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const stringy = (t: GraphQLNamedType) => ['String', 'ID', 'NonEmptyString', 'URL'].includes(t.name);
  return Object.values(schema.getTypeMap()).flatMap((type) => {
    if (type.name.startsWith('__')) return [];
    if (isObjectType(type) || isInterfaceType(type)) {
      return Object.values(type.getFields()).flatMap((f) =>
        f.args.filter((a) => stringy(getNamedType(a.type))).map((a) => `${type.name}.${f.name}(${a.name}:)`),
      );
    }
    if (isInputObjectType(type)) {
      return Object.values(type.getFields())
        .filter((f) => stringy(getNamedType(f.type)))
        .map((f) => `${type.name}.${f.name}`);
    }
    return [];
  });
}
