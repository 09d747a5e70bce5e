import { buildSchema as buildFromSdl, parse, printSchema } from 'graphql';
import { printMergedSchema } from '../../src/graphql/print-schema';
import { buildSchema, loadTypeDefs } from '../../src/graphql/schema';

describe('the merged SDL (npm run schema:print, GET /schema.graphql)', () => {
  const sdl = printMergedSchema();

  it('has no `extend`: every type whole, so tools that read it in order accept it', () => {
    // The sources do extend types, in files whose name order puts some before their type.
    expect(loadTypeDefs().join('\n')).toMatch(/^extend type /m);
    expect(parse(sdl).definitions.map((d) => d.kind)).not.toContainEqual(expect.stringMatching(/Extension$/));
  });

  it('is the executable schema, whole: rebuilding it prints the same', () => {
    expect(printSchema(buildFromSdl(sdl))).toBe(printSchema(buildSchema()));
    expect(sdl).toContain("The real node's `Node.id`, for `node(id:)`");
  });
});
