import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastSchema } from './support/execute';

/**
 * Every Query field has its fast tests: a `describe('Query.<field>', ...)` block in a
 * test file of this folder that asserts the statements sent and snapshots their Cypher
 * (`toMatchSnapshot`). A field added to the schema without them fails here.
 */
function describedFields(): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.ts'))) {
    const text = readFileSync(join(__dirname, file), 'utf8');
    const parts = text.split(/^describe\(/m).slice(1);
    for (const part of parts) {
      const name = /^'Query\.(\w+)'/.exec(part)?.[1];
      if (name) blocks.set(name, `${blocks.get(name) ?? ''}\n${part}`);
    }
  }
  return blocks;
}

describe('fast test coverage', () => {
  const fields = Object.keys(fastSchema().getQueryType()!.getFields()).sort();
  const blocks = describedFields();

  it('every Query field has a describe block', () => {
    expect(fields.filter((f) => !blocks.has(f))).toEqual([]);
  });

  it('every Query field snapshots the Cypher it sends', () => {
    expect(fields.filter((f) => !blocks.get(f)?.includes('toMatchSnapshot()'))).toEqual([]);
  });

  it('no block names a field the schema lacks', () => {
    expect([...blocks.keys()].filter((f) => !fields.includes(f))).toEqual([]);
  });
});
