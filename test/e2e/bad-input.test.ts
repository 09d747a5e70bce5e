import { useTestServer } from '../support/http';

describe('bad input gets a clear BAD_USER_INPUT error, never a stack trace', () => {
  const t = useTestServer();
  let companyCursor: string;
  beforeAll(async () => {
    const res = await t.gql<{ companies: { pageInfo: { endCursor: string } } }>('{ companies(first: 1) { pageInfo { endCursor } } }');
    companyCursor = res.data!.companies.pageInfo.endCursor;
  });

  const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
    ['negative first', 'query($n: Int) { skills(first: $n) { totalCount } }', { n: -1 }, /first: must be between 0 and 100/],
    ['first above 100', 'query($n: Int) { companies(first: $n) { totalCount } }', { n: 101 }, /first: must be between 0 and 100/],
    ['resources first above 100', '{ resources(first: 1000) { totalCount } }', {}, /first/],
    ['malformed cursor', '{ skills(after: "%%%not-a-cursor") { totalCount } }', {}, /after: not a cursor from this API/],
    ['base64 that is no cursor', '{ skills(after: "aGVsbG8") { totalCount } }', {}, /after: not a cursor/],
    ['empty search text', '{ search(text: "") { totalCount } }', {}, /text: send at least one word/],
    ['blank search text', '{ search(text: "   ") { totalCount } }', {}, /text: send at least one word/],
    ['punctuation-only search', '{ search(text: "*** ::") { totalCount } }', {}, /text: send at least one word/],
    ['overlong search', `{ search(text: "${'a'.repeat(201)}") { totalCount } }`, {}, /at most 200 characters/],
    ['search first above 100', '{ search(text: "x", first: 500) { totalCount } }', {}, /first/],
    ['empty filter text', '{ skills(filter: { text: "" }) { totalCount } }', {}, /filter.text/],
    [
      'related first above 20 (the lists kept)',
      '{ skill(slug: "model-security") { relatedSkills(first: 21) { score } } }',
      {},
      /first: must be between 0 and 20/,
    ],
    ['malformed node id', '{ node(id: "!!") { id } }', {}, /id: not a valid id/],
    ['node id of an unknown type', `{ node(id: "${Buffer.from('Secret:x').toString('base64url')}") { id } }`, {}, /id: not a valid id/],
    ['one company for sharedSkills', '{ sharedSkills(companies: ["openai"]) { skills { slug } } }', {}, /2 to 10 distinct/],
    [
      'unknown company in sharedSkills',
      '{ sharedSkills(companies: ["openai", "no-such-co"]) { skills { slug } } }',
      {},
      /unknown company slug\(s\): no-such-co/,
    ],
    ['wrong enum', '{ skills(filter: { level: EXPERT }) { totalCount } }', {}, /EXPERT/],
    ['wrong enum in a variable', 'query($l: Level) { skills(filter: { level: $l }) { totalCount } }', { l: 'EXPERT' }, /EXPERT/],
    ['unknown field', '{ skill(slug: "x") { salary } }', {}, /salary/],
    ['syntax error', '{ skill(slug: "x" { slug } }', {}, /Syntax Error/],
  ];

  // Requests that never ran keep Apollo's codes; values the server refuses are BAD_USER_INPUT.
  const requestCodes: Record<string, string> = {
    'wrong enum': 'GRAPHQL_VALIDATION_FAILED',
    'unknown field': 'GRAPHQL_VALIDATION_FAILED',
    'syntax error': 'GRAPHQL_PARSE_FAILED',
  };

  it.each(cases)('%s', async (name, query, variables, message) => {
    const res = await t.gql(query, variables);
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors!;
    expect(error.extensions?.code).toBe(requestCodes[name] ?? 'BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+|Neo4jError/i);
    expect(res.status).toBeLessThan(500);
  });

  it('refuses a cursor from another list, saying where it belongs', async () => {
    const res = await t.gql('query($a: String) { skills(after: $a) { totalCount } }', { a: companyCursor });
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/belongs to the companies list/);
  });
});
