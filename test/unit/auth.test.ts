import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { SignJWT } from 'jose';
import { apiKeyMatcher } from '../../src/auth/api-keys';
import { requiredRole } from '../../src/auth/authorize';
import { jwtVerifier } from '../../src/auth/jwt';
import { hasRole, highestRole } from '../../src/auth/roles';
import { parseConfig } from '../../src/config';

describe('roles', () => {
  it('nest: admin may do what an editor may, an editor what a reader may', () => {
    const as = (role: 'reader' | 'editor' | 'admin' | null) => ({ id: 'x', role, via: 'api-key' as const });
    expect(hasRole(as('admin'), 'editor')).toBe(true);
    expect(hasRole(as('editor'), 'reader')).toBe(true);
    expect(hasRole(as('editor'), 'admin')).toBe(false);
    expect(hasRole(as(null), 'reader')).toBe(false);
    expect(highestRole(['reader', 'root', 'editor'])).toBe('editor');
    expect(highestRole(['superuser'])).toBeNull();
  });

  it('an operation needs the strictest role of its mutations, fragments included', () => {
    const roleOf = (source: string, publicRead = true) => {
      const doc = parse(source);
      const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const fragments = Object.fromEntries(
        doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
      );
      return requiredRole(op, fragments, publicRead);
    };
    expect(roleOf('{ skills { totalCount } }')).toBeNull();
    expect(roleOf('{ skills { totalCount } }', false)).toBe('reader');
    expect(roleOf('mutation { deleteSkill(slug: "x") { status } }')).toBe('editor');
    expect(roleOf('mutation { __typename }')).toBe('editor');
    expect(roleOf('mutation { ... on Mutation { ...I } } fragment I on Mutation { importGraph(input: {}) { items } }')).toBe('admin');
  });
});

describe('API keys', () => {
  const match = apiKeyMatcher([
    { role: 'editor', key: 'e'.repeat(32) },
    { role: 'admin', key: 'a'.repeat(40) },
  ]);
  it('match exactly, whatever the length of what is presented', () => {
    expect(match('e'.repeat(32))).toEqual({ role: 'editor', id: expect.stringMatching(/^key:editor:[0-9a-f]{8}$/) });
    expect(match('a'.repeat(40))?.role).toBe('admin');
    for (const wrong of ['', 'e', 'e'.repeat(31), 'e'.repeat(33), 'a'.repeat(4000)]) expect(match(wrong)).toBeNull();
  });

  it('are configured as role:key pairs with long keys; problems are listed', () => {
    const config = parseConfig({ SKILLGRAPH_API_KEYS: `editor:${'k'.repeat(24)}, admin:${'j'.repeat(30)}` });
    expect(config.auth.apiKeys.map((k) => k.role)).toEqual(['editor', 'admin']);
    expect(() => parseConfig({ SKILLGRAPH_API_KEYS: 'editor:short,root:' + 'x'.repeat(30) })).toThrow(
      /entry 1: the key must be at least 24[\s\S]*entry 2: write role:key/,
    );
  });

  it('JWT settings must come with an issuer, and only one key source', () => {
    expect(() => parseConfig({ JWT_SECRET: 's'.repeat(32) })).toThrow(/JWT_ISSUER: required/);
    expect(() => parseConfig({ JWT_SECRET: 's'.repeat(32), JWKS_URL: 'https://x/jwks', JWT_ISSUER: 'i' })).toThrow(/set one of them/);
    expect(() => parseConfig({ JWT_SECRET: 'short', JWT_ISSUER: 'i' })).toThrow(/JWT_SECRET/);
    expect(parseConfig({ JWT_SECRET: 's'.repeat(32), JWT_ISSUER: 'i' }).auth.jwt).toMatchObject({ issuer: 'i', rolesClaim: 'roles' });
  });

  it('production mode turns introspection off and masks suggestions unless told otherwise', () => {
    expect(parseConfig({ NODE_ENV: 'production' }).limits).toMatchObject({ introspection: false, blockFieldSuggestions: true });
    expect(parseConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).limits.introspection).toBe(true);
    expect(parseConfig({}).limits).toMatchObject({
      introspection: true,
      blockFieldSuggestions: false,
      maxDepth: 12,
      maxAliases: 30,
      maxBatch: 0,
    });
  });
});

describe('JWT verification', () => {
  const secret = 'x'.repeat(40);
  const verify = jwtVerifier({ secret, issuer: 'https://id.example', rolesClaim: 'https://skillgraph/roles' });
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('https://id.example')
      .setSubject('carol')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));

  it('reads roles from the configured claim', async () => {
    expect(await verify(await sign({ 'https://skillgraph/roles': ['admin'] }))).toEqual({ id: 'jwt:carol', role: 'admin' });
    expect(await verify(await sign({ roles: ['admin'] }))).toEqual({ id: 'jwt:carol', role: null });
  });

  it('refuses garbage with a reason', async () => {
    await expect(verify('not.a.jwt')).rejects.toMatchObject({ reason: expect.stringMatching(/^ERR_/) });
  });
});
