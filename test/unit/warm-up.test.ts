import { parse, validate } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { WARM_UP_DOCUMENTS } from '../../src/server/warm-up';

/** A warm-up operation the schema refuses would warm nothing but the validator. */
describe('warm-up operations', () => {
  const schema = buildSchema();
  it.each(WARM_UP_DOCUMENTS.map((d) => [/(query \w+)/.exec(d)![1], d]))('%s validates against the schema', (_name, document) => {
    expect(validate(schema, parse(document as string)).map((e) => e.message)).toEqual([]);
  });
});
