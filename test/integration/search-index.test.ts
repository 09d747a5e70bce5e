import type { Driver } from '../../src/db/driver';
import { applySchema } from '../../src/db/schema-setup';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';

type Index = { name: string; labels: string[]; state: string };
const fulltext = (driver: Driver) =>
  rawCypher<Index>(driver, 'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes AS labels, state RETURN name, labels, state ORDER BY name');

/**
 * A database from before occupations were searchable has the first full-text index,
 * `search`, which `CREATE ... IF NOT EXISTS` would leave as it was: schema setup creates
 * search_v2 beside it and drops it, at every start, without harm when it is long gone.
 */
describe('the full-text index moves to search_v2 on an existing database', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  it('drops the old index, keeps search_v2 over occupations and categories, and is idempotent', async () => {
    // The definition an older release created.
    await rawCypher(
      driver,
      `CREATE FULLTEXT INDEX search IF NOT EXISTS
       FOR (n:Skill|Company|Resource|Provider|Framework|FrameworkItem|Concept)
       ON EACH [n.name, n.title, n.code, n.aliases, n.description, n.summary]`,
    );
    expect((await fulltext(driver)).map((i) => i.name)).toEqual(['search', 'search_v2']);

    const db = testRunner(driver);
    await applySchema(db);
    await applySchema(db);
    const [index, ...others] = await fulltext(driver);
    expect(others).toEqual([]);
    expect(index).toMatchObject({ name: 'search_v2', state: 'ONLINE' });
    expect(index.labels).toEqual(expect.arrayContaining(['Skill', 'Occupation', 'TechnologyCategory']));
  });
});
