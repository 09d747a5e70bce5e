import fc from 'fast-check';
import type { Driver } from '../../src/db/driver';
import { toGlobalId } from '../../src/graphql/global-id';
import { slugPattern } from '../../src/seed/seed-schema';
import { startTestServer, type TestServer } from '../support/http';
import { rawCypher, testDriver } from '../support/neo4j';
import { API_KEYS_ENV, as, graphTotals, post, removePrefixed, type Reply } from '../support/writes';

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
  anyString.map((s) => Buffer.from(s).toString('base64url')),
);

const RUNS = { numRuns: 40 };
type Check = (res: Reply) => void;

/** Never a 500, never a masked internal error, always JSON with errors or data. */
const sane: Check = (res) => {
  expect(res.status).toBeLessThan(500);
  expect(JSON.stringify(res.errors ?? [])).not.toMatch(/INTERNAL_SERVER_ERROR|Neo4j|Neo\.|stack/i);
  expect(res.data !== undefined || res.errors !== undefined).toBe(true);
};

describe('property-based: any string in any argument', () => {
  let driver: Driver;
  let server: TestServer;
  let existing: Set<string>;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver, { ...API_KEYS_ENV, RATE_LIMIT_MAX: '0' });
    existing = new Set(
      (await rawCypher<{ slug: string }>(driver, 'MATCH (n) WHERE n.slug IS NOT NULL RETURN DISTINCT n.slug AS slug')).map((r) => r.slug),
    );
  });
  afterAll(async () => {
    await removePrefixed(driver, 't5p-');
    await server.close();
    await driver.close();
  });

  /** Runs `send` for generated values; each answer is sane and the graph's totals never move. */
  async function unchanged<T>(arbitrary: fc.Arbitrary<T>, send: (value: T) => Promise<Reply>, check: Check = sane) {
    const before = await graphTotals(driver);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (value) => {
        check(await send(value));
        expect(await graphTotals(driver)).toEqual(before);
      }),
      RUNS,
    );
  }

  const READS: Array<[string, string]> = [
    ['skill(slug)', 'query($s: String!) { skill(slug: $s) { slug name } }'],
    ['company(slug)', 'query($s: String!) { company(slug: $s) { slug } }'],
    ['resource(slug)', 'query($s: String!) { resource(slug: $s) { slug } }'],
    ['framework(slug)', 'query($s: String!) { framework(slug: $s) { slug } }'],
    ['concept(slug)', 'query($s: String!) { concept(slug: $s) { slug } }'],
    ['search(text)', 'query($s: String!) { search(text: $s, first: 5) { score } }'],
    ['skills(filter.text)', 'query($s: String!) { skills(filter: { text: $s }) { totalCount } }'],
    ['skills(filter.category, hiredBy)', 'query($s: String!) { skills(filter: { category: $s, hiredBy: $s }) { totalCount } }'],
    ['skills(after)', 'query($s: String!) { skills(after: $s) { totalCount } }'],
    ['companies(after)', 'query($s: String!) { companies(after: $s) { totalCount } }'],
    ['resources(filter)', 'query($s: String!) { resources(filter: { provider: $s, skill: $s, text: $s }, after: $s) { totalCount } }'],
    ['sharedSkills(companies)', 'query($s: String!) { sharedSkills(companies: [$s, "openai"]) { skills { slug } } }'],
  ];

  it.each(READS)('%s: never a 500 or a write', async (_name, query) => {
    await unchanged(anyString, (s) => post(server.url, query, { s }));
  });

  it('node(id) and nodes(ids): never a 500 or a write; unknown ids are null', async () => {
    await unchanged(anyId, (id) => post(server.url, 'query($id: ID!) { node(id: $id) { id } }', { id }));
    await unchanged(fc.array(anyId, { maxLength: 5 }), (ids) =>
      post(server.url, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }),
    );
  });

  const WRITES_BY_SLUG: Array<[string, string]> = [
    ['deleteSkill(slug)', 'mutation($s: String!) { deleteSkill(slug: $s) { status } }'],
    ['addPrerequisite(skill, requires)', 'mutation($s: String!) { addPrerequisite(skill: $s, requires: "model-security") { status } }'],
    [
      'addPrerequisite(requires, source)',
      'mutation($s: String!) { addPrerequisite(skill: "model-security", requires: $s, source: $s) { status } }',
    ],
    ['removePrerequisite', 'mutation($s: String!) { removePrerequisite(skill: $s, requires: $s) { status } }'],
    [
      'setHiring(company, skill)',
      'mutation($s: String!) { setHiring(company: $s, skill: "model-security", hiring: true, source: $s) { status } }',
    ],
    [
      'linkResource / unlinkResource',
      'mutation($s: String!) { a: linkResource(resource: $s, skill: $s) { status } b: unlinkResource(resource: $s, skill: "x") { status } }',
    ],
    [
      'importGraph edges',
      'mutation($s: String!) { importGraph(input: { edges: [{ from: { kind: SKILL, slug: $s }, type: REQUIRES, to: { kind: SKILL, slug: "model-security" } }] }) { items } }',
    ],
  ];

  it.each(WRITES_BY_SLUG)('%s without credentials: 401, never a write', async (_name, query) => {
    await unchanged(
      anyString,
      (s) => post(server.url, query, { s }),
      (res) => {
        expect(res.status).toBe(401);
        expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      },
    );
  });

  it.each(WRITES_BY_SLUG)('%s as admin, naming no existing node: refused or a no-op, never a write', async (_name, query) => {
    const missing = anyString.filter((s) => !existing.has(s));
    await unchanged(
      missing,
      (s) => post(server.url, query, { s }, as('admin')),
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
        (s) => post(server.url, `mutation($s: String!) { r: ${mutation} { status } }`, { s }, as('editor')),
        (res) => {
          sane(res);
          expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
        },
      );
    }
  });

  it('text fields take any string as data: stored verbatim when valid, refused when not, never executed', async () => {
    const slug = 't5p-verbatim';
    const before = await graphTotals(driver);
    await fc.assert(
      fc.asyncProperty(anyString, anyString, async (name, description) => {
        const res = await post(
          server.url,
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
        const now = await graphTotals(driver);
        expect(now.relationships).toBe(before.relationships);
        expect(now.nodes - before.nodes).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
});
