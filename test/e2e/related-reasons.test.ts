import { itemLabel, viaLabel } from '../../src/domain/related-features';
import { describeShared, MAX_REASON } from '../../src/domain/related-reasons';
import { useTestServer } from '../support/http';
import { recomputeRelated } from '../../src/related/recompute-related';
import { rawCypher, testRunner } from '../support/neo4j';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What two skills share, read straight from the graph, one list per kind, with each via's weight. */
const SHARED = `
MATCH (s:Skill {slug: $a}), (o:Skill {slug: $b})
RETURN EXISTS { (s)-[:REQUIRES]->(o) } AS prerequisite,
       EXISTS { (o)-[:REQUIRES]->(s) } AS dependent,
       [(s)-[:REQUIRES]->(x:Skill)<-[:REQUIRES]-(o) | x.name] AS sharedPrerequisite,
       [(s)<-[:REQUIRES]-(x:Skill)-[:REQUIRES]->(o) | x.name] AS sharedDependent,
       [(s)-[:REQUIRES]->(x:Skill)-[:REQUIRES]->(o) | x.name] + [(s)<-[:REQUIRES]-(x:Skill)<-[:REQUIRES]-(o) | x.name] AS linkedThrough,
       [(s)<-[:HIRES_FOR]-(c:Company)-[:HIRES_FOR]->(o) | c.name] AS company,
       [(s)-[:COVERS]->(x)<-[:COVERS]-(o) | [x.code, x.name]] AS covers,
       [(s)<-[:TEACHES]-(r:Resource)-[:TEACHES]->(o) | r.title] AS resource,
       [(s)<-[:USES]-(x:Occupation)-[:USES]->(o) WHERE x.relatedWeight IS NOT NULL | [x.title, x.relatedWeight]] AS occupation`;

/** The norm of a skill's features: 2 per closed-neighbourhood node, 1 per company, 1.5 per covered node, 2 per resource, occupations' weights. */
const NORM = `
MATCH (s:Skill {slug: $slug})
RETURN 2.0 * (1 + COUNT { (s)-[:REQUIRES]-(:Skill) }) + COUNT { (s)<-[:HIRES_FOR]-(:Company) } + 1.5 * COUNT { (s)-[:COVERS]->() }
       + 2.0 * COUNT { (s)<-[:TEACHES]-(:Resource) }
       + reduce(t = 0.0, w IN [(s)<-[:USES]-(x:Occupation) WHERE x.relatedWeight IS NOT NULL | x.relatedWeight] | t + w) AS norm`;

const collator = new Intl.Collator('en');
const firstNames = (labels: string[]) => [...new Set(labels)].slice(0, 3);
const alphabetical = (labels: string[]) => firstNames([...labels].sort(collator.compare));

interface Expected {
  kind: string;
  weight: number;
  count: number;
  names: string[];
}

/** What `shared` should say, from the raw graph. */
function expectedShared(raw: Any, other: string): Expected[] {
  const out: Expected[] = [];
  const each = (kind: string, labels: string[], per: number, names = alphabetical(labels)) => {
    if (labels.length > 0) out.push({ kind, weight: per * labels.length, count: new Set(labels).size, names });
  };
  if (raw.prerequisite) out.push({ kind: 'PREREQUISITE', weight: 4, count: 1, names: [viaLabel(other)] });
  if (raw.dependent) out.push({ kind: 'DEPENDENT', weight: 4, count: 1, names: [viaLabel(other)] });
  each('SHARED_PREREQUISITE', raw.sharedPrerequisite.map(viaLabel), 2);
  each('SHARED_DEPENDENT', raw.sharedDependent.map(viaLabel), 2);
  each('LINKED_THROUGH', raw.linkedThrough.map(viaLabel), 2);
  each('COMPANY', raw.company.map(viaLabel), 1);
  each(
    'COVERS',
    raw.covers.map(([code, name]: [string | null, string]) => (code ? itemLabel(code, name) : viaLabel(name))),
    1.5,
  );
  each('RESOURCE', raw.resource.map(viaLabel), 2);
  const occupations = [...(raw.occupation as Array<[string, number]>)].sort(([ta, wa], [tb, wb]) => wb - wa || collator.compare(ta, tb));
  if (occupations.length > 0) {
    out.push({
      kind: 'OCCUPATION',
      weight: occupations.reduce((t, [, w]) => t + w, 0),
      count: occupations.length,
      names: firstNames(occupations.map(([title]) => viaLabel(title))),
    });
  }
  return out;
}

describe('related skills and the reasons given', () => {
  const t = useTestServer();
  beforeAll(async () => {
    // Other test files write with raw Cypher, behind the lists' maintenance: start from a true state.
    await recomputeRelated(testRunner(t.driver));
  });

  // Model Security: curated features only; Python: curated features and 131 O*NET occupations.
  it.each(['model-security', 'python-programming'])('%s: what each pair actually shares, scored and worded', async (slug) => {
    const res = await t.gql<Any>(
      `{ skill(slug: "${slug}") { relatedSkillsComputedAt relatedSkills(first: 5) { score reasons shared { kind weight count names } skill { slug name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { relatedSkills: related, relatedSkillsComputedAt } = res.data!.skill;
    expect(new Date(relatedSkillsComputedAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(related).toHaveLength(5);
    const [{ norm }] = await rawCypher<Any>(t.driver, NORM, { slug });
    for (const { score, reasons, shared, skill } of related as Any[]) {
      const [raw] = await rawCypher<Any>(t.driver, SHARED, { a: slug, b: skill.slug });
      const expected = expectedShared(raw, skill.name);
      const byKind = <T extends { kind: string }>(list: T[]) => [...list].sort((x, y) => x.kind.localeCompare(y.kind));
      const actual: Expected[] = byKind(shared as Expected[]);
      expect(actual.map(({ kind, count, names }) => ({ kind, count, names }))).toEqual(
        byKind(expected).map(({ kind, count, names }) => ({ kind, count, names })),
      );
      byKind(expected).forEach((e, i) => expect(actual[i].weight).toBeCloseTo(e.weight, 9));
      const dot = expected.reduce((t, e) => t + e.weight, 0);
      const [{ norm: other }] = await rawCypher<Any>(t.driver, NORM, { slug: skill.slug });
      expect(score).toBeCloseTo(dot / Math.sqrt(norm * other), 12);
      expect(reasons).toEqual(describeShared(shared));
      for (const reason of reasons) expect(reason.length).toBeLessThanOrEqual(MAX_REASON);
    }
  });

  it('names occupations most specific first: both used by …, then how many more occupations', async () => {
    const res = await t.gql<Any>('{ skill(slug: "python-programming") { relatedSkills(first: 1) { reasons } } }');
    expect(res.data!.skill.relatedSkills[0].reasons[0]).toMatch(/^both used by .+ and \d+ more occupations$/);
  });
});
