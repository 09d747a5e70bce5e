import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';

/**
 * learningPath and unlocks order a skill's whole closure, so their cost grows with the
 * graph: CLOSURE_MAX_STEPS bounds it, and `first` trims the answer. The bound here is small
 * so the test graph has skills on both sides of it.
 */
const MAX = 4;

type Step = { depth: number; skill: { slug: string; name: string } };
type Closure = 'learningPath' | 'unlocks';

describe('learningPath and unlocks: bounded by CLOSURE_MAX_STEPS, trimmed by first', () => {
  const bounded = useTestServer({ CLOSURE_MAX_STEPS: String(MAX) });
  const open = useTestServer();
  // Per field, closure sizes read straight from the graph: one skill above the bound, one at 2 to MAX.
  const sizes = new Map<Closure, Array<{ slug: string; size: number }>>();

  beforeAll(async () => {
    for (const [field, pattern] of [
      ['learningPath', '(s)-[:REQUIRES]->+(p:Skill)'],
      ['unlocks', '(s)<-[:REQUIRES]-+(p:Skill)'],
    ] as const) {
      sizes.set(
        field,
        await rawCypher<{ slug: string; size: number }>(
          bounded.driver,
          `MATCH (s:Skill) RETURN s.slug AS slug, COUNT { MATCH ${pattern} RETURN DISTINCT p } AS size ORDER BY slug`,
        ),
      );
    }
  });

  const pick = (field: Closure, test: (size: number) => boolean) => {
    const found = sizes.get(field)!.find((s) => test(s.size));
    if (!found) throw new Error(`the test graph has no skill whose ${field} fits the test`);
    return found;
  };
  const closureQuery = (field: Closure) =>
    `query($slug: String!, $first: Int) { skill(slug: $slug) { slug ${field}(first: $first) { depth skill { slug name } } } }`;

  for (const field of ['learningPath', 'unlocks'] as const) {
    it(`${field}: a closure over the bound is refused with CLOSURE_LIMIT; the rest of the query still answers`, async () => {
      const big = pick(field, (size) => size > MAX);
      const res = await bounded.gql(
        `query($slug: String!) { skill(slug: $slug) { ${field} { depth } } other: skills(first: 1) { nodes { slug } } }`,
        { slug: big.slug },
      );
      expect(res.status).toBe(200);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLOSURE_LIMIT', slug: big.slug, maxSteps: MAX });
      expect(res.errors![0].message).toContain(big.slug);
      expect(res.errors![0].path).toEqual(['skill', field]);
      expect((res.data as { other: { nodes: unknown[] } }).other.nodes).toHaveLength(1);
    });

    it(`${field}: a closure within the bound answers whole, as without the bound; first keeps its first steps`, async () => {
      const small = pick(field, (size) => size >= 2 && size <= MAX);
      const whole = await open.gql(closureQuery(field), { slug: small.slug });
      expect(whole.errors).toBeUndefined();
      const steps = (whole.data as { skill: Record<Closure, Step[]> }).skill[field];
      expect(steps).toHaveLength(small.size);
      const within = await bounded.gql(closureQuery(field), { slug: small.slug });
      expect((within.data as { skill: Record<Closure, Step[]> }).skill[field]).toEqual(steps);
      const firstOne = await bounded.gql(closureQuery(field), { slug: small.slug, first: 1 });
      expect((firstOne.data as { skill: Record<Closure, Step[]> }).skill[field]).toEqual(steps.slice(0, 1));
    });
  }

  it('first trims a long closure on the open server to its first steps, with the same depths', async () => {
    const big = pick('unlocks', (size) => size > MAX);
    const whole = await open.gql(closureQuery('unlocks'), { slug: big.slug });
    const trimmed = await open.gql(closureQuery('unlocks'), { slug: big.slug, first: 3 });
    const all = (whole.data as { skill: { unlocks: Step[] } }).skill.unlocks;
    expect(all).toHaveLength(big.size);
    expect((trimmed.data as { skill: { unlocks: Step[] } }).skill.unlocks).toEqual(all.slice(0, 3));
  });

  it('first outside 0 to CLOSURE_MAX_STEPS is BAD_USER_INPUT naming the argument', async () => {
    const small = pick('learningPath', (size) => size >= 1);
    for (const first of [-1, MAX + 1]) {
      const res = await bounded.gql(closureQuery('learningPath'), { slug: small.slug, first });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(res.errors![0].message).toContain(`between 0 and ${MAX}`);
    }
  });
});
