import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { projectRoot } from '../../src/project-root';

/**
 * Every GraphQL operation the README shows (its ```graphql blocks that are queries or
 * mutations, not SDL) parses and validates against the schema: a stale example is a bug.
 */
describe('README examples', () => {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({
    text: m[1],
    line: readme.slice(0, m.index).split('\n').length + 1,
  }));
  const operations = blocks.filter((b) => /^\s*(\{|query\b|mutation\b|subscription\b|fragment\b)/.test(b.text));
  const schema = buildSchema();

  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations.map((o) => [o.line, o.text]))('the operation at README.md line %i validates', (_line, text) => {
    const errors = validate(schema, parse(text as string)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});
