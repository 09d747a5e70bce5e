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
});
