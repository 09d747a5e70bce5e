import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { buildSchema } from '../../src/graphql/schema';
import { listEstimator } from '../../src/server/cost-limit';

describe('the cost model', () => {
  const schema = buildSchema();
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema, query: parse(query), variables, estimators: [listEstimator(10)] });

  it('scalars are free; an object costs 1', () => {
    expect(cost('{ skill(slug: "x") { name slug description } }')).toBe(1);
  });

  it('an unbounded list counts 10 items; first and variables bound it', () => {
    expect(cost('{ skill(slug: "x") { prerequisites { name } } }')).toBe(1 + 10);
    expect(cost('{ skills(first: 50) { nodes { name } } }')).toBe(50 * (1 + 10));
    expect(cost('query($n: Int) { skills(first: $n) { nodes { name } } }', { n: 5 })).toBe(5 * (1 + 10));
    expect(cost('{ skills { nodes { name } } }')).toBe(20 * (1 + 10)); // the schema's default first
  });

  it('nested lists multiply, so a deep nest grows as 10^levels', () => {
    expect(cost('{ skill(slug: "x") { prerequisites { prerequisites { prerequisites { name } } } } }')).toBe(1 + 10 * (1 + 10 * (1 + 10)));
  });

  it('ids lists weigh by their length', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
  });
});
