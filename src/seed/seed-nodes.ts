import { type parseCode, sortKeyOf } from '../frameworks/item-codes';
import type { NodeGroup, NodeRow } from '../writes/graph-batch';
import { type SeedData, sourcedFields } from './seed-schema';

/** A seed framework item with its parsed code (slug, framework, kind). */
export type SeedItem = SeedData['framework-items'][number] & NonNullable<ReturnType<typeof parseCode>>;

type SourcedFile = keyof typeof sourcedFields;
type Sourced = { slug: string; sources?: Partial<Record<string, string>> };

/** `<field>Source` for every field that may have its own source: null where the record's `source` holds. */
function fieldSourceProps(file: SourcedFile, record: Sourced): Record<string, string | null> {
  return Object.fromEntries(sourcedFields[file].map((f) => [`${f}Source`, record.sources?.[f] ?? null]));
}

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function rows<T extends { slug: string }>(records: T[], props: (r: T) => Record<string, unknown>): NodeRow[] {
  return records.map((r) => ({ slug: r.slug, props: props(r) }));
}

const frameworks = (seed: SeedData): NodeGroup => ({
  label: 'Framework',
  rows: rows(seed.frameworks, (f) => ({
    name: f.name,
    publisher: opt(f.publisher),
    version: opt(f.version),
    url: opt(f.url),
    description: opt(f.description),
    source: f.source,
  })),
});

const concepts = (seed: SeedData): NodeGroup => ({
  label: 'Concept',
  rows: rows(seed.concepts, (c) => ({
    name: c.name,
    description: opt(c.description),
    aliases: c.aliases,
    source: c.source,
    ...fieldSourceProps('concepts', c),
  })),
});

const providers = (seed: SeedData): NodeGroup => ({
  label: 'Provider',
  rows: rows(seed.providers, (p) => ({ name: p.name, website: opt(p.website), source: p.source, ...fieldSourceProps('providers', p) })),
});

const companies = (seed: SeedData): NodeGroup => ({
  label: 'Company',
  rows: rows(seed.companies, (c) => ({
    name: c.name,
    website: opt(c.website),
    description: opt(c.description),
    source: c.source,
    ...fieldSourceProps('companies', c),
  })),
});

const skills = (seed: SeedData): NodeGroup => ({
  label: 'Skill',
  rows: rows(seed.skills, (s) => ({
    name: s.name,
    description: opt(s.description),
    category: opt(s.category),
    level: opt(s.level),
    trend: opt(s.trend),
    demandRank: opt(s.demandRank),
    aliases: s.aliases,
    resourcesUpdatedAt: opt(s.resourcesUpdatedAt),
    source: s.source,
    ...fieldSourceProps('skills', s),
  })),
});

const resources = (seed: SeedData): NodeGroup => ({
  label: 'Resource',
  rows: rows(seed.resources, (r) => ({
    // `name` mirrors the title so every node can be shown and searched the same way.
    name: r.title,
    title: r.title,
    kind: r.kind,
    listedUnder: opt(r.listedUnder),
    url: opt(r.url),
    authors: r.authors,
    year: opt(r.year),
    level: opt(r.level),
    cost: opt(r.cost),
    costNote: opt(r.costNote),
    format: opt(r.format),
    summary: opt(r.summary),
    source: r.source,
    ...fieldSourceProps('resources', r),
  })),
});

/** Created only where missing: once imported, the framework's own text wins. */
const frameworkItems = (items: SeedItem[]): NodeGroup => ({
  label: 'FrameworkItem',
  createOnly: true,
  rows: items.map((i) => ({
    slug: i.slug,
    props: { code: i.code, name: i.name, kind: i.kind, framework: i.framework, sortKey: sortKeyOf(i.code), source: i.source, stub: true },
  })),
});

/** The seed's nodes, one group per label, in the order the batch writes them. */
export function seedNodes(seed: SeedData, items: SeedItem[]): NodeGroup[] {
  return [frameworks(seed), concepts(seed), providers(seed), companies(seed), skills(seed), resources(seed), frameworkItems(items)];
}
