import { useTestServer } from '../support/http';
import { rawCypher } from '../support/neo4j';

type Named = { slug: string; name: string };
type Resource = {
  slug: string;
  kind: string;
  listedUnder: string | null;
  cost: string | null;
  costNote: string | null;
  format: string | null;
  provider: { slug: string } | null;
  providers: Array<{ slug: string }>;
};

const byName = (list: Named[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));

/**
 * The seed page's own facts through the HTTP API: resource kinds as the page groups them,
 * its order (`orderBy: SOURCE`), its own list of resources (`source: "seed-page"`), the cost
 * wording, the format and several providers. The page text itself is checked in
 * test/integration/seed.test.ts; here, the arguments and how they combine.
 */
describe('the seed page as published, through the API', () => {
  const t = useTestServer();

  /** The edges' `position`s, as stored: the order SOURCE must follow. */
  async function positioned(type: string, direction: 'in' | 'out'): Promise<string[]> {
    const pattern = direction === 'out' ? `(s)-[e:${type}]->(x)` : `(s)<-[e:${type}]-(x)`;
    const rows = await rawCypher<{ slug: string }>(
      t.driver,
      `MATCH (s:Skill {slug: 'model-security'}) MATCH ${pattern} WHERE e.position IS NOT NULL RETURN x.slug AS slug ORDER BY e.position`,
    );
    return rows.map((r) => r.slug);
  }

  it('orders prerequisites and hiring companies by name, or as the page lists them (SOURCE)', async () => {
    const res = await t.gql<{ skill: Record<string, Named[]> }>(`{ skill(slug: "model-security") {
      prerequisites { slug name } asListed: prerequisites(orderBy: SOURCE) { slug name }
      hiringCompanies { slug name } companiesAsListed: hiringCompanies(orderBy: SOURCE) { slug name }
      firstThree: hiringCompanies(first: 3, orderBy: SOURCE) { slug name }
    } }`);
    expect(res.errors).toBeUndefined();
    const s = res.data!.skill;
    expect(s.prerequisites).toEqual(byName(s.prerequisites));
    expect(s.hiringCompanies).toEqual(byName(s.hiringCompanies));
    expect(s.asListed.map((p) => p.slug)).toEqual(await positioned('REQUIRES', 'out'));
    expect(s.companiesAsListed.map((c) => c.slug)).toEqual(await positioned('HIRES_FOR', 'in'));
    expect(s.asListed.map((p) => p.slug)).toEqual([
      'machine-learning-foundations',
      'python-for-machine-learning',
      'cybersecurity-fundamentals',
      'linear-algebra-and-probability',
    ]);
    expect(s.companiesAsListed.slice(0, 3).map((c) => c.name)).toEqual(['OpenAI', 'Anthropic', 'Cohere']);
    // The limit applies after the order.
    expect(s.firstThree).toEqual(s.companiesAsListed.slice(0, 3));
    // Same members either way.
    expect(byName(s.asListed)).toEqual(s.prerequisites);
    expect(byName(s.companiesAsListed)).toEqual(s.hiringCompanies);
  });

  it('without positions (a source gave no order), SOURCE is the usual order', async () => {
    const res = await t.gql<{ skill: Record<string, Named[]> }>(`{ skill(slug: "machine-learning-foundations") {
      prerequisites { slug name } asListed: prerequisites(orderBy: SOURCE) { slug name }
      hiringCompanies { slug name } companiesAsListed: hiringCompanies(orderBy: SOURCE) { slug name }
    } }`);
    expect(res.errors).toBeUndefined();
    const s = res.data!.skill;
    expect(s.prerequisites.length).toBeGreaterThan(0);
    expect(s.asListed).toEqual(s.prerequisites);
    expect(s.companiesAsListed).toEqual(s.hiringCompanies);
  });

  it('source: "seed-page" gives the page\'s ten resources without the curated extras, in its order with SOURCE', async () => {
    const fields = 'slug kind listedUnder cost costNote format provider { slug } providers { slug }';
    const res = await t.gql<{ skill: Record<string, Resource[]> }>(`{ skill(slug: "model-security") {
      all: resources { ${fields} }
      page: resources(source: "seed-page") { ${fields} }
      asListed: resources(source: "seed-page", orderBy: SOURCE) { ${fields} }
      curated: resources(source: "curated") { slug }
      nobody: resources(source: "https://example.org/nobody") { slug }
      tutorials: resources(kind: TUTORIAL) { slug listedUnder }
      pageTutorials: resources(kind: TUTORIAL, source: "seed-page", orderBy: SOURCE) { slug }
    } }`);
    expect(res.errors).toBeUndefined();
    const s = res.data!.skill;
    const slugs = (list: Array<{ slug: string }>) => list.map((r) => r.slug);
    expect(s.page).toHaveLength(10);
    expect(s.all.length).toBeGreaterThan(10);
    expect(s.curated.length).toBeGreaterThan(0);
    for (const r of s.curated) expect(slugs(s.page)).not.toContain(r.slug);
    expect(s.nobody).toEqual([]);
    // The usual order (kind, then title) and the page's hold the same ten.
    expect([...slugs(s.asListed)].sort()).toEqual([...slugs(s.page)].sort());
    expect(slugs(s.asListed)).toEqual(await positioned('TEACHES', 'in'));
    expect(s.asListed.map((r) => r.listedUnder)).toEqual([
      ...Array(5).fill('Courses'),
      'Books',
      ...Array(3).fill('Tutorials & Guides'),
      'Certifications',
    ]);
    // "Tutorials & Guides" are TUTORIAL: the kind filter finds them.
    expect(s.pageTutorials).toEqual(
      ['building-secure-ai-by-design', 'llm-security-guide', 'owasp-llm-top-10-2025-edition'].map((slug) => ({ slug })),
    );
    for (const r of s.pageTutorials) expect(s.tutorials).toContainEqual({ slug: r.slug, listedUnder: 'Tutorials & Guides' });
    // The page's words beside the cost and format; null where it says nothing.
    const words = Object.fromEntries(s.page.map((r) => [r.slug, [r.cost, r.costNote, r.format]]));
    expect(words['owasp-genai-security-project-resources']).toEqual(['FREE', 'free', 'self-paced']);
    expect(words['llm-red-teaming-guide-confident-ai']).toEqual(['FREE', 'free', 'blog/tutorial series']);
    expect(words['certified-ai-security-professional-practical-devsecops']).toEqual(['VARIES', 'Paid (varies)', null]);
    expect(words['securing-ai-systems-coursera']).toEqual([null, null, null]);
    // Several providers: the first is `provider`.
    const pearson = s.page.find((r) => r.slug === 'securing-generative-ai-pearson-coursera')!;
    expect(pearson.providers).toEqual([{ slug: 'coursera' }, { slug: 'pearson' }]);
    expect(pearson.provider).toEqual({ slug: 'coursera' });
    for (const r of s.all) expect(r.provider).toEqual(r.providers[0] ?? null);
  });

  it('Query.resources and Resource answer the same: TUTORIAL finds the page tutorials, Pearson offers its course', async () => {
    const res = await t.gql<{
      resources: { nodes: Array<{ slug: string }> };
      resource: { providers: Array<{ slug: string; resources: Array<{ slug: string }> }> };
    }>(`{
      resources(filter: { kind: TUTORIAL, skill: "model-security" }, first: 50) { nodes { slug } }
      resource(slug: "securing-generative-ai-pearson-coursera") { providers { slug resources { slug } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.resources.nodes.map((r) => r.slug)).toEqual(
      expect.arrayContaining(['building-secure-ai-by-design', 'llm-security-guide', 'owasp-llm-top-10-2025-edition']),
    );
    const [coursera, pearson] = res.data!.resource.providers;
    for (const p of [coursera, pearson]) expect(p.resources).toContainEqual({ slug: 'securing-generative-ai-pearson-coursera' });
  });

  it('says when the page last updated its resources; null for a skill no page dates', async () => {
    const res = await t.gql<Record<string, { resourcesUpdatedAt: string | null }>>(
      '{ page: skill(slug: "model-security") { resourcesUpdatedAt } other: skill(slug: "statistics") { resourcesUpdatedAt } }',
    );
    expect(res.data).toEqual({ page: { resourcesUpdatedAt: '2026-06-18' }, other: { resourcesUpdatedAt: null } });
  });

  it('an empty or overlong source is BAD_USER_INPUT naming the argument; an enum it does not know is a validation error', async () => {
    for (const source of ['', '   ', 'x'.repeat(2049)]) {
      const res = await t.gql('query($s: String) { skill(slug: "model-security") { resources(source: $s) { slug } } }', { s: source });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    }
    const res = await t.gql('{ skill(slug: "model-security") { prerequisites(orderBy: PAGE) { slug } } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
