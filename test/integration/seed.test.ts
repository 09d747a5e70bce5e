import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSkillgraph } from '../../src/boot';
import type { Driver } from '../../src/db/driver';
import { applySchema } from '../../src/db/schema-setup';
import { slugOfCode } from '../../src/frameworks/item-codes';
import { MERGING_DATASETS } from '../../src/import/datasets';
import { importDataDir } from '../../src/import/import-all';
import { runImport } from '../../src/import/run-import';
import { createLogger } from '../../src/logger';
import { projectRoot } from '../../src/project-root';
import { seedLoaded } from '../../src/repositories/meta.repository';
import { loadSeed } from '../../src/seed/load-seed';
import { readSeed } from '../../src/seed/read-seed';
import type { SeedData } from '../../src/seed/seed-schema';
import { rawCypher, testDriver, testRunner } from '../support/neo4j';
import { longestChain } from '../support/prerequisite-chains';
import { dataDir, files } from '../support/shared-data';
import { testConfig } from '../support/test-config';
import { guardSharedGraph } from '../support/shared-graph';
import { useTestServer } from '../support/http';

/**
 * Text for `includes`: lower case, hyphens as spaces ("red-teaming" is "red teaming"),
 * runs of white space as one space, no closing full stop.
 */
const flat = (text: string) =>
  text
    .toLowerCase()
    .replace(/[-\u2010]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
const page = flat(readFileSync(files.seedPage, 'utf8'));
/** The page's parts, cut at its own headings. */
const between = (from: string, to: string) => page.slice(page.indexOf(flat(from)), page.indexOf(flat(to)));
const hiringPart = between('Companies hiring for this:', 'Prerequisites:');
const prerequisitePart = between('Prerequisites:', 'Courses');
/** Bookkeeping, identifiers and mirrors: not facts a page could state. */
// Bookkeeping, not facts: keys, provenance, timestamps, hashes; related* is the related-skills list state (src/related/).
const notFacts = new Set([
  'slug',
  'source',
  'createdAt',
  'updatedAt',
  'contentHash',
  'kind',
  'stub',
  'relatedAt',
  'relatedNorm',
  'relatedKth',
  'relatedHash',
]);

/** Facts the page states by its layout rather than in words: checked through the API below ("as published"). */
const layoutFacts = new Set(['listedUnder', 'resourcesUpdatedAt']);

type Row = { id: string; labels: string[]; props: Record<string, unknown> };

/** Every kind of edge the seed files can hold (From-TYPE-To). */
const EDGE_GROUPS = [
  'Skill-REQUIRES-Skill',
  'Company-HIRES_FOR-Skill',
  'Skill-COVERS-Framework',
  'Skill-COVERS-Concept',
  'Skill-COVERS-FrameworkItem',
  'Resource-TEACHES-Skill',
  'Resource-OFFERED_BY-Provider',
  'Resource-COVERS-Framework',
  'Resource-COVERS-Concept',
  'Resource-COVERS-FrameworkItem',
];

/**
 * What the seed files hold, counted from their records (as the loader reads them, not as
 * it plans them): node slugs per label, every edge as `From-TYPE-To from to source`, and
 * the prerequisites for the longest chain.
 */
function seedFacts(seed: SeedData) {
  const nodes: Record<string, string[]> = {
    Skill: seed.skills.map((s) => s.slug),
    Company: seed.companies.map((c) => c.slug),
    Resource: seed.resources.map((r) => r.slug),
    Provider: seed.providers.map((p) => p.slug),
    Concept: seed.concepts.map((c) => c.slug),
    Framework: seed.frameworks.map((f) => f.slug),
    FrameworkItem: seed['framework-items'].map((i) => slugOfCode(i.code)),
  };
  const edges: string[] = [];
  type Entry = string | { slug: string; source: string };
  const add = (group: string, from: string, to: string, source: string) => edges.push(`${group} ${from} ${to} ${source}`);
  const each = (group: string, record: { slug: string; source: string }, entries: Entry[], reverse = false) => {
    for (const e of entries) {
      const [slug, source] = typeof e === 'string' ? [e, record.source] : [e.slug, e.source];
      if (reverse) add(group, slug, record.slug, source);
      else add(group, record.slug, slug, source);
    }
  };
  type ItemEntry = string | { code: string; source?: string };
  const items = (group: string, record: { slug: string; source: string }, entries: ItemEntry[]) => {
    for (const e of entries) {
      const [code, source] = typeof e === 'string' ? [e, record.source] : [e.code, e.source ?? record.source];
      add(group, record.slug, slugOfCode(code), source);
    }
  };
  for (const s of seed.skills) {
    each('Skill-REQUIRES-Skill', s, s.requires);
    each('Company-HIRES_FOR-Skill', s, s.hiredBy, true);
    each('Skill-COVERS-Framework', s, s.frameworks);
    each('Skill-COVERS-Concept', s, s.concepts);
    items('Skill-COVERS-FrameworkItem', s, s.items);
  }
  for (const r of seed.resources) {
    each('Resource-TEACHES-Skill', r, r.teaches);
    each('Resource-OFFERED_BY-Provider', r, [...(r.provider ? [r.provider] : []), ...r.coProviders]);
    each('Resource-COVERS-Framework', r, r.frameworks);
    each('Resource-COVERS-Concept', r, r.concepts);
    items('Resource-COVERS-FrameworkItem', r, r.items);
  }
  const requires = new Map(seed.skills.map((s) => [s.slug, s.requires.map((e) => (typeof e === 'string' ? e : e.slug))]));
  return { nodes, edges, requires };
}

// Wipes the graph (seed on start) and puts it back: checked, and restored if need be, when the file ends.
guardSharedGraph();

describe('seed data in Neo4j', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(() => driver.close());

  it('loading it again changes nothing', async () => {
    const before = await rawCypher(driver, 'MATCH (n) RETURN count(n) AS n, max(n.updatedAt) AS last');
    const counts = await loadSeed(testRunner(driver));
    expect(counts).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    const after = await rawCypher(driver, 'MATCH (n) RETURN count(n) AS n, max(n.updatedAt) AS last');
    expect(String(after[0].last)).toBe(String(before[0].last));
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it('holds every fact of the Model Security page', async () => {
    const [skill] = await rawCypher(
      driver,
      `MATCH (s:Skill {slug: 'model-security'})
       RETURN s {.*} AS s,
              COLLECT { MATCH (c:Company)-[:HIRES_FOR]->(s) RETURN c.slug ORDER BY c.slug } AS companies,
              COLLECT { MATCH (s)-[:REQUIRES]->(p) RETURN p.slug } AS prerequisites,
              COLLECT { MATCH (r:Resource)-[t:TEACHES]->(s) WHERE t.source = 'seed-page' RETURN r {.*} } AS resources,
              COLLECT { MATCH (s)-[:COVERS]->(f:Framework) RETURN f.slug ORDER BY f.slug } AS frameworks,
              COLLECT { MATCH (s)-[:COVERS]->(c:Concept) RETURN c.slug } AS concepts`,
    );
    const s = skill.s as Record<string, unknown>;
    expect(s).toMatchObject({
      name: 'Model Security',
      category: 'Other',
      level: 'INTERMEDIATE',
      trend: 'NEW',
      demandRank: 56,
      source: 'seed-page',
    });
    expect(String(s.description)).toMatch(/^Model Security is the discipline of protecting machine learning/);
    expect(String(s.description)).toMatch(/not just a best practice\.$/);
    expect(skill.companies).toEqual(['anthropic', 'cohere', 'datadog', 'mistral-ai', 'openai', 'sierra-ai', 'stripe', 'xai']);
    expect(skill.prerequisites).toHaveLength(4);
    expect(skill.frameworks).toEqual(expect.arrayContaining(['eu-ai-act', 'mitre-atlas', 'nist-ai-rmf', 'owasp-llm-top-10-2025']));
    expect(skill.concepts).toEqual(
      expect.arrayContaining(['adversarial-examples', 'data-poisoning', 'model-inversion', 'model-extraction', 'prompt-injection']),
    );

    // The page's own ten; curated resources may teach the skill too.
    const resources = skill.resources as Array<Record<string, unknown>>;
    const kinds = resources.map((r) => r.kind);
    expect(resources).toHaveLength(10);
    expect(kinds.filter((k) => k === 'COURSE')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'BOOK')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'TUTORIAL')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'CERTIFICATION')).toHaveLength(1);
    const book = resources.find((r) => r.kind === 'BOOK')!;
    expect(book).toMatchObject({ authors: ['John Sotiropoulos'], year: 2024 });
    expect(String(book.title)).toMatch(/^Adversarial AI Attacks, Mitigations, and Defense Strategies/);
    for (const r of resources) expect(r.summary).toEqual(expect.any(String));
  });

  it('attributes to the seed page only what the page states', async () => {
    const nodes = await rawCypher<Row>(
      driver,
      'MATCH (n) WHERE n.dataset IS NULL RETURN elementId(n) AS id, labels(n) AS labels, n {.*} AS props',
    );
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const sourceOf = (n: Row, field: string) => (n.props[`${field}Source`] ?? n.props.source) as string;
    const missing: string[] = [];
    const expectOnPage = (where: string, text: string, what: string) => {
      if (!where.includes(flat(text))) missing.push(`${what}: "${text}"`);
    };
    // Each resource's part of the page: from the end of the previous one's summary to the end of its own.
    const pageResources = nodes
      .filter((n) => n.labels.includes('Resource') && sourceOf(n, 'summary') === 'seed-page')
      .map((n) => {
        const summary = flat(String(n.props.summary));
        if (!page.includes(summary)) missing.push(`Resource ${String(n.props.slug)}.summary: not on the page`);
        return { n, end: page.indexOf(summary) + summary.length };
      })
      .sort((a, b) => a.end - b.end);
    expect(pageResources.length).toBeGreaterThan(0);
    const partOf = new Map<string, string>();
    pageResources.forEach(({ n, end }, i) =>
      partOf.set(n.id, page.slice(i === 0 ? page.indexOf('courses') : pageResources[i - 1].end, end)),
    );
    const part = (n: Row) => partOf.get(n.id) ?? page;

    let checked = 0;
    for (const n of nodes) {
      for (const [field, value] of Object.entries(n.props)) {
        if (notFacts.has(field) || layoutFacts.has(field) || field.endsWith('Source') || sourceOf(n, field) !== 'seed-page') continue;
        // A resource's name mirrors its title.
        if (n.labels.includes('Resource') && field === 'name') continue;
        for (const v of Array.isArray(value) ? value : [value]) {
          expectOnPage(part(n), String(v), `${n.labels[0]} ${String(n.props.slug)}.${field}`);
          checked++;
        }
      }
    }

    // An imported framework item (a dataset's node) comes with the edge.
    const edges = await rawCypher<{ type: string; from: string; to: string; target: Row }>(
      driver,
      `MATCH (a)-[r {source: 'seed-page'}]->(b)
       RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to, {id: elementId(b), labels: labels(b), props: b {.*}} AS target`,
    );
    const subject = page.split(/in demand /)[1];
    for (const { type, from, to, target } of edges) {
      const [a, b] = [byId.get(from)!, byId.get(to) ?? target];
      const what = `${a.labels[0]} ${String(a.props.slug)} -[:${type}]-> ${b.labels[0]} ${String(b.props.slug)}`;
      if (type === 'HIRES_FOR' || type === 'REQUIRES' || type === 'TEACHES') {
        const skill = type === 'REQUIRES' ? a : b;
        if (!subject.startsWith(flat(String(skill.props.name)))) missing.push(`${what}: not the page's skill`);
      }
      if (type === 'HIRES_FOR') expectOnPage(hiringPart, String(a.props.name), what);
      else if (type === 'REQUIRES') expectOnPage(prerequisitePart, String(b.props.description), what);
      else if (type === 'TEACHES') expect(partOf.has(a.id)).toBe(true);
      else if (type === 'OFFERED_BY') expectOnPage(part(a), String(b.props.name), what);
      else if (type === 'COVERS' && b.labels.includes('Concept')) {
        // The skill's own text is its description; a resource's is its part of the page.
        const text = a.labels.includes('Skill') ? flat(String(a.props.description)) : part(a);
        const names = [b.props.name, ...((b.props.aliases as string[]) ?? [])].map((x) => flat(String(x)));
        if (!names.some((x) => text.includes(x))) missing.push(`${what}: neither its name nor an alias is there`);
      } else if (type === 'COVERS' && b.labels.includes('FrameworkItem')) {
        // A risk the page says a resource covers: the risk's own name is in the resource's part.
        if (!part(a).includes(flat(String(b.props.name)))) missing.push(`${what}: the item's name is not there`);
      } else if (type !== 'COVERS') missing.push(`${what}: unchecked`);
      // COVERS a framework is left to review: the page uses short names (NIST AI RMF, EU AI Act) the graph does not hold.
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('gives every node and relationship a source', async () => {
    const [row] = await rawCypher(
      driver,
      `CALL () { MATCH (n) WHERE n.source IS NULL RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r) AS rels }
       RETURN nodes, rels`,
    );
    expect(Number(row.nodes)).toBe(0);
    expect(Number(row.rels)).toBe(0);
  });

  it('holds exactly the skills, edges and longest prerequisite chain of the seed files, and no REQUIRES cycle', async () => {
    const expected = seedFacts(readSeed());
    for (const [label, slugs] of Object.entries(expected.nodes)) {
      const [row] = await rawCypher(driver, `MATCH (n:${label}) WHERE n.slug IN $slugs RETURN count(n) AS n`, { slugs });
      expect({ label, n: Number(row.n) }).toEqual({ label, n: slugs.length });
    }
    // The seed's own edges (no dataset) between its own nodes: fixtures of other files hang off prefixed nodes.
    const edges: string[] = [];
    for (const group of EDGE_GROUPS) {
      const [from, type, to] = group.split('-');
      const rows = await rawCypher<{ edge: string }>(
        driver,
        `MATCH (a:${from})-[r:${type}]->(b:${to}) WHERE r.dataset IS NULL AND a.slug IN $from AND b.slug IN $to
         RETURN $group + ' ' + a.slug + ' ' + b.slug + ' ' + r.source AS edge`,
        { from: expected.nodes[from], to: expected.nodes[to], group },
      );
      edges.push(...rows.map((r) => r.edge));
    }
    expect(edges.sort()).toEqual([...expected.edges].sort());
    // Stubs hang under their framework until an importer takes them over: one HAS_ITEM each, whoever owns it now.
    const [items] = await rawCypher(
      driver,
      'MATCH (i:FrameworkItem) WHERE i.slug IN $slugs RETURN collect(DISTINCT COUNT { (:Framework {slug: i.framework})-[:HAS_ITEM]->(i) }) AS perItem',
      { slugs: expected.nodes.FrameworkItem },
    );
    expect(items.perItem).toEqual([1]);

    const [row] = await rawCypher(
      driver,
      // The seed's own skills and edges only (the inline predicates prune the walk): the
      // curated joins lead down into Metacademy, whose paths the import tests check.
      `OPTIONAL MATCH p = (a:Skill WHERE a.slug IN $skills) ((:Skill)-[r:REQUIRES WHERE r.dataset IS NULL]->(b:Skill WHERE b.slug IN $skills)){1,}
       WITH max(length(p)) AS deepest
       OPTIONAL MATCH cycle = (x:Skill WHERE x.slug IN $skills) ((:Skill)-[c:REQUIRES WHERE c.dataset IS NULL]->(:Skill)){1,} (x)
       RETURN deepest, count(cycle) AS cycles`,
      { skills: expected.nodes.Skill },
    );
    expect(Number(row.deepest)).toBe(longestChain(expected.requires));
    expect(Number(row.cycles)).toBe(0);
  });

  it("states the seed files' own counts in data/README.md", () => {
    const expected = seedFacts(readSeed());
    const readme = readFileSync(join(projectRoot, 'data', 'README.md'), 'utf8');
    const records = (file: string) => Number(new RegExp(`^\\| \`${file}\\.yaml\` \\|.*\\| (\\d+) \\|$`, 'm').exec(readme)?.[1]);
    expect(records('skills')).toBe(expected.nodes.Skill.length);
    // Every edge the seed writes into an empty graph, framework-item stubs' HAS_ITEM included.
    expect(Number(/\*\*total\*\* \| \| \*\*([\d,]+)\*\*/.exec(readme)?.[1].replace(',', ''))).toBe(
      expected.edges.length + expected.nodes.FrameworkItem.length,
    );
    expect(Number(/longest chain has \d+ skills \((\d+) edges\)/.exec(readme)?.[1])).toBe(longestChain(expected.requires));
  });

  it('uses kebab-case slugs everywhere', async () => {
    const rows = await rawCypher<{ slug: string }>(driver, 'MATCH (n) WHERE n.slug IS NOT NULL RETURN n.slug AS slug');
    for (const { slug } of rows) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

/**
 * The page, line by line (icons and blank lines aside): the lists that follow
 * "Companies hiring for this:" and "Prerequisites:", each resource's lines under its
 * heading, and the date at the foot.
 */
const pageLines = readFileSync(files.seedPage, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '');
/** A line without its leading icon ("🎓 Courses" is "Courses", "🔗OWASP …" is "OWASP …"). */
const unicon = (line: string) => line.replace(/^[^\p{L}\p{N}]+/u, '');
/** Resource headings: an icon, a space, then words ("🛠️ Tutorials & Guides"). */
const isHeading = (line: string) => /^[^\p{L}\p{N}\s]+\s+\p{L}/u.test(line);

interface PageResource {
  kind: string;
  listedUnder: string | null;
  title: string;
  authors: string[];
  year: number | null;
  level: string | null;
  cost: string | null;
  costNote: string | null;
  format: string | null;
  summary: string;
  provider: { name: string } | null;
  providers: Array<{ name: string }>;
}

/**
 * The lines the page shows for a resource listed under `heading`, built from what the API
 * answers (one alternative per line; a provider's note in brackets joins its two parts
 * with ", " or " " on the page).
 */
function linesOf(r: PageResource, heading: string): string[][] {
  const provider = r.providers[0]?.name;
  const note = [r.costNote, r.format].filter((x): x is string => x !== null);
  const brackets = note.length === 0 ? [''] : [` (${note.join(', ')})`, ` (${note.join(' ')})`];
  switch (heading) {
    case 'Courses':
      return [
        brackets.map((b) => `${provider}${b}${String(r.level).toLowerCase()}`),
        [r.title],
        ...(r.authors.length > 0 ? [[`by ${r.authors.join(', ')}`]] : []),
        [r.summary],
      ];
    case 'Books':
      return [[r.title], [`${r.authors.join(', ')} · ${r.year}`], [r.summary]];
    case 'Certifications':
      return [[`${provider} — ${r.title}`], [`${provider} · ${r.costNote}`], [r.summary]];
    default:
      return [[r.title], [r.summary]];
  }
}

describe('the Model Security page as published, through the API', () => {
  const t = useTestServer();
  type Page = {
    skill: {
      name: string;
      resourcesUpdatedAt: string | null;
      prerequisites: Array<{ description: string }>;
      hiringCompanies: Array<{ name: string }>;
      resources: PageResource[];
      all: Array<{ slug: string }>;
    };
  };
  let skill: Page['skill'];
  beforeAll(async () => {
    const res = await t.gql<Page>(
      `{ skill(slug: "model-security") {
          name resourcesUpdatedAt
          prerequisites(orderBy: SOURCE) { description }
          hiringCompanies(orderBy: SOURCE) { name }
          resources(source: "seed-page", orderBy: SOURCE) {
            kind listedUnder title authors year level cost costNote format summary provider { name } providers { name }
          }
          all: resources { slug }
        } }`,
    );
    expect(res.errors).toBeUndefined();
    skill = res.data!.skill;
  });
  const after = (label: string) => pageLines[pageLines.indexOf(label) + 1];

  it('names the hiring companies in the page order', () => {
    const line = after('Companies hiring for this:');
    const names = skill.hiringCompanies.map((c) => c.name);
    // The page runs the names together; the ones it states come first, in its order.
    const n = names.findIndex((_, i) => names.slice(0, i + 1).join('') === line) + 1;
    expect(n).toBeGreaterThan(0);
  });

  it('names the prerequisites in the page order, each with the page phrase', () => {
    const line = after('Prerequisites:');
    const phrases = skill.prerequisites.map((p) => p.description.replace(/\.$/, ''));
    expect(phrases.join('')).toBe(line);
    expect(phrases).toHaveLength(4);
  });

  it('says when its learning resources were last updated', () => {
    const [, date] = /^Learning resources last updated: (.+)$/.exec(pageLines.find((l) => l.startsWith('Learning resources'))!)!;
    const stated = new Date(`${skill.resourcesUpdatedAt}T00:00:00Z`).toLocaleDateString('en-US', {
      timeZone: 'UTC',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
    });
    expect(stated).toBe(date);
  });

  it("lists the page's resources, and only those, each under its heading with its lines, in the page order", () => {
    const first = pageLines.findIndex(isHeading);
    const last = pageLines.findIndex((l) => l.startsWith('Learning resources last updated'));
    const section = pageLines.slice(first, last);
    const explained = new Set<number>();
    let at = 0;
    for (const r of skill.resources) {
      const lines = linesOf(r, String(r.listedUnder));
      // The first of its lines after the previous resource's: the page order.
      const start = section.findIndex((l, i) => i >= at && lines[0].includes(unicon(l)));
      expect({ title: r.title, found: start >= 0 }).toEqual({ title: r.title, found: true });
      lines.forEach((alternatives, k) => {
        expect(alternatives).toContain(unicon(section[start + k]));
        explained.add(start + k);
      });
      at = start + lines.length;
      // Its heading is the last one above it; the kind is the heading's first word, singular.
      const heading = section.slice(0, start).filter(isHeading).pop()!;
      expect({ title: r.title, heading: unicon(heading) }).toEqual({ title: r.title, heading: r.listedUnder });
      expect(r.kind).toBe(unicon(heading).split(' ')[0].replace(/s$/, '').toUpperCase());
      expect(r.provider).toEqual(r.providers[0] ?? null);
      // Further providers are the ones the title names in brackets ("Securing Generative AI (Pearson)").
      for (const p of r.providers.slice(1)) expect(r.title).toContain(`(${p.name})`);
    }
    // Every line of the section is a heading or one of these resources' lines.
    expect(section.filter((l, i) => !isHeading(l) && !explained.has(i))).toEqual([]);
    expect(section.filter(isHeading).map(unicon)).toEqual(['Courses', 'Books', 'Tutorials & Guides', 'Certifications']);
    expect(skill.resources).toHaveLength(10);
    expect(skill.resources.filter((r) => r.providers.length > 1).map((r) => r.providers.map((p) => p.name))).toEqual([
      ['Coursera', 'Pearson'],
    ]);
    // The curated extras are there without the filter.
    expect(skill.all.length).toBeGreaterThan(skill.resources.length);
  });
});

describe('seed on start', () => {
  let driver: Driver;
  beforeAll(() => (driver = testDriver()));
  afterAll(async () => {
    // Back to the graph every test expects (as the global setup left it), whatever happened above.
    const db = testRunner(driver);
    await applySchema(db);
    await loadSeed(db);
    // As npm start does when the seed arrives after Metacademy: import it again so its joins to the seed's skills hold.
    await importDataDir(db, dataDir, { onlyMissing: true, refresh: MERGING_DATASETS });
    await driver.close();
    // Every public data set imported again (O*NET included): close to a minute here alone, and
    // past the default 60 s when other suites share the cores (a full run on 2026-12-05).
  }, 240_000);

  it('is loaded when an import came before the first start, and only once', async () => {
    const db = testRunner(driver);
    await rawCypher(driver, 'MATCH (n) DETACH DELETE n');
    await applySchema(db);
    await runImport(db, 'metacademy', files.metacademy);
    const [imported] = await rawCypher(driver, 'MATCH (s:Skill) RETURN count(s) AS skills');
    expect(Number(imported.skills)).toBeGreaterThan(0);
    expect(await seedLoaded(db)).toBe(false);

    const lines: string[] = [];
    const log = createLogger('info', { write: (line: string) => void lines.push(line) });
    const start = () => startSkillgraph(testConfig({ PORT: '0', IMPORT_ON_START: 'false', SEED_ON_START: 'true' }), log);
    await (await start()).stop();
    expect(lines.join('')).toMatch(/seed loaded/);
    expect(await seedLoaded(db)).toBe(true);
    const [seeded] = await rawCypher(
      driver,
      "MATCH (s:Skill {slug: 'model-security'}) RETURN s.demandRank AS rank, COLLECT { MATCH (c:Company)-[:HIRES_FOR]->(s) RETURN c.slug } AS companies",
    );
    expect(seeded).toMatchObject({ rank: 56 });
    expect(seeded.companies).toHaveLength(8);

    // A second start finds the seed's ledger entry and leaves the graph alone.
    const before = await rawCypher(driver, 'MATCH (n) RETURN count(n) AS n, max(n.updatedAt) AS last');
    lines.length = 0;
    await (await start()).stop();
    expect(lines.join('')).not.toMatch(/seed loaded/);
    const after = await rawCypher(driver, 'MATCH (n) RETURN count(n) AS n, max(n.updatedAt) AS last');
    expect(String(after[0].last)).toBe(String(before[0].last));
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });
});
