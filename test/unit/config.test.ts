import { parseConfig } from '../../src/config';

describe('parseConfig', () => {
  it('has working defaults', () => {
    const config = parseConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.local.boltPort).toBe(7687);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('lists every problem at once', () => {
    expect(() => parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots' })).toThrow(
      /PORT[\s\S]*NEO4J_URI[\s\S]*NEO4J_HEAP|NEO4J_URI[\s\S]*PORT/,
    );
    try {
      parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots' });
    } catch (err) {
      const message = (err as Error).message;
      for (const key of ['PORT', 'NEO4J_URI', 'NEO4J_HEAP']) expect(message).toContain(key);
    }
  });

  it('CORS_ORIGINS: any origin by default, a list of origins, or none; anything else is refused', () => {
    expect(parseConfig({}).auth.corsOrigins).toBe('*');
    expect(parseConfig({ CORS_ORIGINS: ' https://app.example.org, http://localhost:5173/ ' }).auth.corsOrigins).toEqual([
      'https://app.example.org',
      'http://localhost:5173',
    ]);
    expect(parseConfig({ CORS_ORIGINS: 'none' }).auth.corsOrigins).toEqual([]);
    for (const bad of ['app.example.org', 'https://app.example.org/path', 'ftp://x.org', 'https://*.example.org']) {
      expect(() => parseConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS: entry 1/);
    }
  });

  it('GraphiQL: on in development, off in production unless GRAPHIQL=true', () => {
    expect(parseConfig({}).graphiql).toBe(true);
    expect(parseConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
    expect(parseConfig({ GRAPHIQL: 'false' }).graphiql).toBe(false);
  });
});
