import type { Driver } from '../../src/db/driver';
import { applySchema } from '../../src/db/schema-setup';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';

type Index = { name: string; labels: string[]; properties: string[]; state: string };
const fulltext = (driver: Driver) =>
  rawCypher<Index>(
    driver,
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes AS labels, properties, state RETURN name, labels, properties, state ORDER BY name',
  );

/**
 * A database from an earlier release has an older full-text index (`search`, then
 * `search_v2`), which `CREATE ... IF NOT EXISTS` would leave as it was: schema setup
 * creates search_v3 beside them and drops them, at every start, without harm when they
 * are long gone.
 */
describe('the full-text index moves to search_v3 on an existing database', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  it('drops the old indexes, keeps search_v3 over authors and frameworks too, and is idempotent', async () => {
    // The definitions older releases created.
    await rawCypher(
      driver,
      `CREATE FULLTEXT INDEX search IF NOT EXISTS
       FOR (n:Skill|Company|Resource|Provider|Framework|FrameworkItem|Concept)
       ON EACH [n.name, n.title, n.code, n.aliases, n.description, n.summary]`,
    );
    await rawCypher(
      driver,
      `CREATE FULLTEXT INDEX search_v2 IF NOT EXISTS
       FOR (n:Skill|Company|Resource|Provider|Framework|FrameworkItem|Concept|Occupation|TechnologyCategory)
       ON EACH [n.name, n.title, n.code, n.aliases, n.description, n.summary]`,
    );
    expect((await fulltext(driver)).map((i) => i.name)).toEqual(['search', 'search_v2', 'search_v3']);

    const db = testRunner(driver);
    await applySchema(db);
    await applySchema(db);
    const [index, ...others] = await fulltext(driver);
    expect(others).toEqual([]);
    expect(index).toMatchObject({ name: 'search_v3', state: 'ONLINE' });
    expect(index.labels).toEqual(expect.arrayContaining(['Skill', 'Occupation', 'TechnologyCategory']));
    expect(index.properties).toEqual(['name', 'title', 'code', 'aliases', 'authors', 'framework', 'description', 'summary']);
  });
});
