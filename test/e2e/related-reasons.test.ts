import type { Driver } from '../../src/db/driver';
import { startTestServer, type TestServer } from '../support/http';
import { rawCypher, testDriver } from '../support/neo4j';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What two skills share, read straight from the graph, one list per kind of reason. */
const SHARED = `
MATCH (s:Skill {slug: $a}), (o:Skill {slug: $b})
RETURN EXISTS { (s)-[:REQUIRES]->(o) } AS prerequisite,
       EXISTS { (o)-[:REQUIRES]->(s) } AS dependent,
       [(s)-[:REQUIRES]->(x:Skill)<-[:REQUIRES]-(o) | x.name] AS sharedPrerequisite,
       [(s)<-[:REQUIRES]-(x:Skill)-[:REQUIRES]->(o) | x.name] AS sharedDependent,
       [(s)-[:REQUIRES]->(x:Skill)-[:REQUIRES]->(o) | x.name] + [(s)<-[:REQUIRES]-(x:Skill)<-[:REQUIRES]-(o) | x.name] AS linkedThrough,
       [(s)<-[:HIRES_FOR]-(c:Company)-[:HIRES_FOR]->(o) | c.name] AS company,
       [(s)-[:COVERS]->(x)<-[:COVERS]-(o) | coalesce(x.name, x.code)] AS covers,
       [(s)<-[:TEACHES]-(r:Resource)-[:TEACHES]->(o) | r.title] AS resource`;

/** Up to `max` names, alphabetically, then how many more. */
const listOf = (names: string[], max = 3) => {
  const sorted = [...new Set(names)].sort((x, y) => x.localeCompare(y));
  return sorted.slice(0, max).join(', ') + (sorted.length > max ? ` and ${sorted.length - max} more` : '');
};
const size = (names: string[]) => new Set(names).size;
const plural = (names: string[], one: string, many: string) => (size(names) === 1 ? one : many);

describe('the reasons given for related skills', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it('name what each pair actually shares, one reason per kind', async () => {
    const res = await server.gql<Any>('{ skill(slug: "model-security") { relatedSkills(first: 5) { reasons skill { slug } } } }');
    expect(res.errors).toBeUndefined();
    const related = res.data!.skill.relatedSkills as Any[];
    expect(related.length).toBeGreaterThan(0);
    for (const { reasons, skill } of related) {
      const [shared] = await rawCypher<Any>(driver, SHARED, { a: 'model-security', b: skill.slug });
      const expected = [
        shared.prerequisite && 'a direct prerequisite',
        shared.dependent && 'builds directly on it',
        shared.sharedPrerequisite.length > 0 && `both require ${listOf(shared.sharedPrerequisite)}`,
        shared.sharedDependent.length > 0 && `both lead to ${listOf(shared.sharedDependent)}`,
        shared.linkedThrough.length > 0 && `linked through ${listOf(shared.linkedThrough)}`,
        shared.company.length > 0 &&
          `${size(shared.company)} hiring ${plural(shared.company, 'company', 'companies')} in common: ${listOf(shared.company)}`,
        shared.covers.length > 0 && `both cover ${listOf(shared.covers)}`,
        shared.resource.length > 0 &&
          `taught by the same ${plural(shared.resource, 'resource', 'resources')}: ${listOf(shared.resource, 2)}`,
      ].filter(Boolean);
      expect({ skill: skill.slug, reasons: [...reasons].sort() }).toEqual({ skill: skill.slug, reasons: expected.sort() });
    }
  });
});
