import { createServer, type Server } from 'node:http';
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { toGlobalId } from '../../src/graphql/global-id';
import { useTestServer } from '../support/http';
import { uniquePrefix } from '../support/unique';
import { API_KEYS_ENV, as, graphTotals } from '../support/writes';

const P = uniquePrefix('auth');
const SECRET = 'a-test-secret-of-at-least-32-characters!';
const ISSUER = 'https://issuer.skillgraph.test';
const UPSERT = `mutation { upsertSkill(input: { slug: "${P}x", name: "X" }) { status } }`;
const IMPORT = `mutation { importGraph(input: { skills: [{ slug: "${P}imported", name: "Imported" }] }) { items nodesCreated } }`;

async function hs256(claims: Record<string, unknown>, options: { issuer?: string; expiresIn?: string | number; secret?: string } = {}) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setSubject('alice');
  if (options.issuer !== '') jwt.setIssuer(options.issuer ?? ISSUER);
  if (options.expiresIn !== undefined) jwt.setExpirationTime(options.expiresIn);
  else jwt.setExpirationTime('5m');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('who may write: API keys and JWTs, refused writes leave the graph untouched', () => {
  const t = useTestServer({ ...API_KEYS_ENV, JWT_SECRET: SECRET, JWT_ISSUER: ISSUER }, { prefix: P });

  /** Sends `query` with `headers`, checks the refusal, and that nodes and edges did not change. */
  async function refused(query: string, headers: Record<string, string>, status: number, code: string) {
    const before = await graphTotals(t.driver);
    const res = await t.gql(query, {}, headers);
    expect(res.status).toBe(status);
    expect(res.errors![0].extensions!.code).toBe(code);
    expect(res.data ?? null).toBeNull();
    expect(await graphTotals(t.driver)).toEqual(before);
    return res;
  }

  it('reads are open without credentials', async () => {
    const res = await t.gql('{ skill(slug: "model-security") { name } }');
    expect(res.data!.skill.name).toBe('Model Security');
  });

  it('a write without credentials is UNAUTHENTICATED (401, with a Bearer challenge)', async () => {
    const res = await refused(UPSERT, {}, 401, 'UNAUTHENTICATED');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.errors![0].message).toMatch(/X-API-Key|Bearer/);
  });

  it('a write hidden in a fragment is refused just the same', async () => {
    await refused(
      `mutation { ...W } fragment W on Mutation { upsertSkill(input: { slug: "${P}frag", name: "F" }) { status } }`,
      {},
      401,
      'UNAUTHENTICATED',
    );
  });

  it('an unknown key, a malformed Authorization and two credentials at once are UNAUTHENTICATED, even for reads', async () => {
    await refused(UPSERT, { 'x-api-key': 'editor-key-for-tests-012345678' }, 401, 'UNAUTHENTICATED');
    await refused('{ __typename }', { 'x-api-key': 'nope' }, 401, 'UNAUTHENTICATED');
    await refused(UPSERT, { authorization: 'Basic dXNlcjpwYXNz' }, 401, 'UNAUTHENTICATED');
    await refused(UPSERT, { ...as('editor'), authorization: 'Bearer x.y.z' }, 401, 'UNAUTHENTICATED');
  });

  it('a reader key may read but not write (FORBIDDEN, 403)', async () => {
    expect((await t.gql('{ __typename }', {}, as('reader'))).data).toEqual({ __typename: 'Query' });
    const res = await refused(UPSERT, as('reader'), 403, 'FORBIDDEN');
    expect(res.errors![0].extensions!.requiredRole).toBe('editor');
  });

  it('an editor may write but not import; an admin may import', async () => {
    expect((await t.gql(UPSERT, {}, as('editor'))).data!.upsertSkill.status).toMatch(/CREATED|UNCHANGED/);
    await refused(IMPORT, as('editor'), 403, 'FORBIDDEN');
    // A request mixing an editor mutation with importGraph needs admin as a whole.
    await refused(
      `mutation { a: upsertSkill(input: { slug: "${P}y", name: "Y" }) { status } b: importGraph(input: {}) { items } }`,
      as('editor'),
      403,
      'FORBIDDEN',
    );
    const res = await t.gql(IMPORT, {}, as('admin'));
    expect(res.data!.importGraph).toEqual({ items: 1, nodesCreated: 1 });
  });

  it('a valid HS256 JWT with roles [editor] may write', async () => {
    const res = await t.gql(UPSERT, {}, bearer(await hs256({ roles: ['editor'] })));
    expect(res.errors).toBeUndefined();
    expect(res.data!.upsertSkill.status).toMatch(/CREATED|UNCHANGED/);
    // A space-separated roles string works too.
    expect((await t.gql(UPSERT, {}, bearer(await hs256({ roles: 'reader editor' })))).errors).toBeUndefined();
  });

  it('refuses expired, foreign-issuer, unsigned, wrongly signed and exp-less tokens with 401', async () => {
    const expired = await refused(
      UPSERT,
      bearer(await hs256({ roles: ['admin'] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })),
      401,
      'UNAUTHENTICATED',
    );
    expect(expired.errors![0].message).toMatch(/expired/);
    await refused(UPSERT, bearer(await hs256({ roles: ['admin'] }, { issuer: 'https://evil.example' })), 401, 'UNAUTHENTICATED');
    await refused(UPSERT, bearer(await hs256({ roles: ['admin'] }, { issuer: '' })), 401, 'UNAUTHENTICATED');
    await refused(
      UPSERT,
      bearer(await hs256({ roles: ['admin'] }, { secret: 'another-secret-of-at-least-32-characters' })),
      401,
      'UNAUTHENTICATED',
    );
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ roles: ['admin'], iss: ISSUER, exp: Math.floor(Date.now() / 1000) + 600 })).toString(
      'base64url',
    );
    await refused(UPSERT, bearer(`${header}.${payload}.`), 401, 'UNAUTHENTICATED');
    const noExp = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .sign(new TextEncoder().encode(SECRET));
    await refused(UPSERT, bearer(noExp), 401, 'UNAUTHENTICATED');
  });

  it('allows 5 s of clock skew on exp: a token expired 3 s ago passes, one expired 10 s ago is refused', async () => {
    const expiredSecondsAgo = (s: number) => hs256({ roles: ['editor'] }, { expiresIn: Math.floor(Date.now() / 1000) - s });
    const skewed = await t.gql(UPSERT, {}, bearer(await expiredSecondsAgo(3)));
    expect(skewed.errors).toBeUndefined();
    expect(skewed.data!.upsertSkill.status).toMatch(/CREATED|UNCHANGED/);
    const expired = await refused(UPSERT, bearer(await expiredSecondsAgo(10)), 401, 'UNAUTHENTICATED');
    expect(expired.errors![0].message).toMatch(/expired/);
  });

  it('a valid token without a write role is FORBIDDEN', async () => {
    await refused(UPSERT, bearer(await hs256({ roles: ['reader', 'astronaut'] })), 403, 'FORBIDDEN');
    await refused(UPSERT, bearer(await hs256({})), 403, 'FORBIDDEN');
  });
});

describe('JWTs from a JWKS endpoint (RS256)', () => {
  let jwks: Server;
  let privateKey: CryptoKey;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => jwks.close(resolve)));
  // Declared after the JWKS server's hooks, so it starts once the JWKS port is known.
  const t = useTestServer(
    () => ({
      JWKS_URL: `http://127.0.0.1:${(jwks.address() as { port: number }).port}/jwks.json`,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: 'skillgraph',
    }),
    { prefix: P },
  );

  const rs256 = (claims: Record<string, unknown>, audience = 'skillgraph') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setSubject('bob')
      .setExpirationTime('5m')
      .sign(privateKey);

  it('accepts a token signed by a key from the JWKS, checking the audience', async () => {
    const ok = await t.gql(UPSERT, {}, bearer(await rs256({ roles: ['editor'] })));
    expect(ok.errors).toBeUndefined();
    const wrongAudience = await t.gql(UPSERT, {}, bearer(await rs256({ roles: ['editor'] }, 'someone-else')));
    expect(wrongAudience.status).toBe(401);
  });

  it('refuses an HS256 token when keys come from a JWKS (no algorithm confusion)', async () => {
    const res = await t.gql(UPSERT, {}, bearer(await hs256({ roles: ['editor'], aud: 'skillgraph' })));
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('PUBLIC_READ=false closes reading', () => {
  const t = useTestServer({ ...API_KEYS_ENV, PUBLIC_READ: 'false' });

  it('anonymous reads are UNAUTHENTICATED; a reader key reads', async () => {
    const anonymous = await t.gql('{ skill(slug: "model-security") { name } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const reader = await t.gql('{ skill(slug: "model-security") { name } }', {}, as('reader'));
    expect(reader.data!.skill.name).toBe('Model Security');
  });

  it('graph exports are closed the same way', async () => {
    const url = `${t.url.replace(/\/graphql$/, '')}/graph/export?center=${toGlobalId('Skill', 'model-security')}&depth=1&format=json`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await fetch(url, { headers: as('reader') })).status).toBe(200);
  });
});
