import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { buildSchema } from '../../src/graphql/schema';
import { listEstimator } from '../../src/server/cost-limit';

describe('the cost model', () => {
  const schema = buildSchema();
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema, query: parse(query), variables, estimators: [listEstimator(schema, 10)] });

  it('scalars are free; an object costs 1', () => {
    expect(cost('{ skill(slug: "x") { name slug description } }')).toBe(1);
  });

  it('an unbounded list counts listSize items; first and variables bound it', () => {
    expect(cost('{ skill(slug: "x") { prerequisites { name } } }')).toBe(1 + 10);
    expect(cost('{ skill(slug: "x") { relatedSkills(first: 3) { score } } }')).toBe(1 + 3);
    expect(cost('query($n: Int) { search(text: "x", first: $n) { nodes { score } } }', { n: 7 })).toBe(7 * (1 + 1));
  });

  it('the lists inside a connection are bounded by its first, not counted again', () => {
    expect(cost('{ skills(first: 50) { nodes { name } } }')).toBe(50 * (1 + 1));
    expect(cost('{ skills(first: 50) { totalCount edges { node { slug } } } }')).toBe(50 * (1 + 1 * (1 + 1)));
    expect(cost('{ skills { nodes { prerequisites { slug } } } }')).toBe(20 * (1 + 1 * (1 + 10))); // the schema's default first
  });

  it('nested lists multiply, so a deep nest grows as listSize^levels', () => {
    expect(cost('{ skill(slug: "x") { prerequisites { prerequisites { prerequisites { name } } } } }')).toBe(1 + 10 * (1 + 10 * (1 + 10)));
  });

  it('ids lists weigh by their length', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
  });

  it('a depth or hop count multiplies a result that no size argument bounds', () => {
    expect(cost('{ shortestPath(from: "a", to: "b", maxDepth: 4) { nodes { id } } }')).toBe(4 * (1 + 1));
    expect(cost('{ crosswalk(code: "x", maxHops: 3) { confidence } }')).toBe(10 * 3);
    expect(cost('{ crosswalk(code: "x") { confidence } }')).toBe(10 * 2); // the schema's default maxHops
    expect(cost('{ neighborhood(id: "a", depth: 4, limit: 100) { nodes { id } } }')).toBe(100 * (1 + 1)); // limit bounds it
  });
});
