import { adjacencyOf, findCycle } from '../domain/find-cycle';
import { parseCode, slugOfCode, sortKeyOf } from '../frameworks/item-codes';
import type { NodeLabel, RelationshipType } from '../graph-vocabulary';
import type { GraphBatch, LinkRow, NodeRow } from '../writes/graph-batch';
import { SeedError } from './read-seed';
import { type SeedData, type SeedEdge, type SeedItemEdge, sourcedFields } from './seed-schema';

type SourcedFile = keyof typeof sourcedFields;
type Sourced = { slug: string; sources?: Partial<Record<string, string>> };

/** `<field>Source` for every field that may have its own source: null where the record's `source` holds. */
function fieldSourceProps(file: SourcedFile, record: Sourced): Record<string, string | null> {
  return Object.fromEntries(sourcedFields[file].map((f) => [`${f}Source`, record.sources?.[f] ?? null]));
}

/**
 * Turns validated seed files into one GraphBatch, checking what a per-record schema
 * cannot: unique slugs, every reference resolving, and REQUIRES staying acyclic.
 */
export function planSeed(seed: SeedData): GraphBatch {
  const problems: string[] = [];
  const slugs = {} as Record<NodeLabel, Set<string>>;
  const collect = (label: NodeLabel, file: string, records: Array<{ slug: string }>) => {
    const set = new Set<string>();
    for (const r of records) {
      if (set.has(r.slug)) problems.push(`data/seed/${file}.yaml: slug ${r.slug} appears twice`);
      set.add(r.slug);
    }
    slugs[label] = set;
  };
  collect('Framework', 'frameworks', seed.frameworks);
  collect('Concept', 'concepts', seed.concepts);
  collect('Provider', 'providers', seed.providers);
  collect('Company', 'companies', seed.companies);
  collect('Skill', 'skills', seed.skills);
  collect('Resource', 'resources', seed.resources);
  const items = seed['framework-items'].map((i) => ({ ...i, ...parseCode(i.code)! }));
  collect('FrameworkItem', 'framework-items', items);
  for (const i of items) {
    if (!slugs.Framework.has(i.framework))
      problems.push(`data/seed/framework-items.yaml: ${i.code}: its framework ${i.framework} is not in frameworks.yaml`);
  }

  // A source for a field the record does not have would attribute nothing.
  for (const file of Object.keys(sourcedFields) as SourcedFile[]) {
    for (const r of seed[file] as Array<Sourced & Record<string, unknown>>) {
      for (const f of Object.keys(r.sources ?? {})) {
        const value = r[f];
        if (value === undefined || (Array.isArray(value) && value.length === 0))
          problems.push(`data/seed/${file}.yaml: ${r.slug}, field sources.${f}: the record has no ${f}`);
      }
    }
  }

  const links = new Map<string, { from: NodeLabel; type: RelationshipType; to: NodeLabel; rows: LinkRow[] }>();
  const link = (
    file: string,
    record: { slug: string; source: string },
    field: string,
    from: NodeLabel,
    type: RelationshipType,
    to: NodeLabel,
    entries: SeedEdge[],
    reverse = false,
  ) => {
    for (const entry of entries) {
      const target = typeof entry === 'string' ? entry : entry.slug;
      const source = typeof entry === 'string' ? record.source : entry.source;
      if (!slugs[reverse ? from : to].has(target)) {
        problems.push(`data/seed/${file}.yaml: ${record.slug}, field ${field}: unknown ${reverse ? from : to} "${target}"`);
        continue;
      }
      const key = `${from}-${type}-${to}`;
      if (!links.has(key)) links.set(key, { from, type, to, rows: [] });
      links.get(key)!.rows.push(reverse ? { from: target, to: record.slug, source } : { from: record.slug, to: target, source });
    }
  };
  for (const s of seed.skills) {
    link('skills', s, 'requires', 'Skill', 'REQUIRES', 'Skill', s.requires);
    link('skills', s, 'hiredBy', 'Company', 'HIRES_FOR', 'Skill', s.hiredBy, true);
    link('skills', s, 'frameworks', 'Skill', 'COVERS', 'Framework', s.frameworks);
    link('skills', s, 'concepts', 'Skill', 'COVERS', 'Concept', s.concepts);
  }
  /** COVERS edges to framework items, by code; the note says what on the record justifies the edge. */
  const cover = (file: string, record: { slug: string; source: string }, from: NodeLabel, entries: SeedItemEdge[]) => {
    for (const entry of entries) {
      const { code, source, note } = typeof entry === 'string' ? { code: entry, source: undefined, note: undefined } : entry;
      if (!slugs.FrameworkItem.has(slugOfCode(code))) {
        problems.push(`data/seed/${file}.yaml: ${record.slug}, field items: ${code} is not listed in framework-items.yaml`);
        continue;
      }
      const key = `${from}-COVERS-FrameworkItem`;
      if (!links.has(key)) links.set(key, { from, type: 'COVERS', to: 'FrameworkItem', rows: [] });
      links.get(key)!.rows.push({ from: record.slug, to: slugOfCode(code), source: source ?? record.source, props: note ? { note } : {} });
    }
  };
  for (const s of seed.skills) cover('skills', s, 'Skill', s.items);
  for (const r of seed.resources) cover('resources', r, 'Resource', r.items);
  for (const r of seed.resources) {
    link('resources', r, 'teaches', 'Resource', 'TEACHES', 'Skill', r.teaches);
    if (r.provider) link('resources', r, 'provider', 'Resource', 'OFFERED_BY', 'Provider', [r.provider]);
    link('resources', r, 'frameworks', 'Resource', 'COVERS', 'Framework', r.frameworks);
    link('resources', r, 'concepts', 'Resource', 'COVERS', 'Concept', r.concepts);
  }

  const requires = links.get('Skill-REQUIRES-Skill')?.rows ?? [];
  const cycle = findCycle(adjacencyOf(requires.map((r) => [r.from, r.to] as const)));
  if (cycle) problems.push(`data/seed/skills.yaml: prerequisites form a cycle: ${cycle.join(' -> ')}`);
  if (problems.length > 0) throw new SeedError(`Seed data is inconsistent:\n  ${problems.join('\n  ')}`);

  const rows = <T extends { slug: string }>(records: T[], props: (r: T) => Record<string, unknown>): NodeRow[] =>
    records.map((r) => ({ slug: r.slug, props: props(r) }));
  const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
  return {
    nodes: [
      {
        label: 'Framework',
        rows: rows(seed.frameworks, (f) => ({
          name: f.name,
          publisher: opt(f.publisher),
          version: opt(f.version),
          url: opt(f.url),
          description: opt(f.description),
          source: f.source,
        })),
      },
      {
        label: 'Concept',
        rows: rows(seed.concepts, (c) => ({
          name: c.name,
          description: opt(c.description),
          aliases: c.aliases,
          source: c.source,
          ...fieldSourceProps('concepts', c),
        })),
      },
      {
        label: 'Provider',
        rows: rows(seed.providers, (p) => ({
          name: p.name,
          website: opt(p.website),
          source: p.source,
          ...fieldSourceProps('providers', p),
        })),
      },
      {
        label: 'Company',
        rows: rows(seed.companies, (c) => ({
          name: c.name,
          website: opt(c.website),
          description: opt(c.description),
          source: c.source,
          ...fieldSourceProps('companies', c),
        })),
      },
      {
        label: 'Skill',
        rows: rows(seed.skills, (s) => ({
          name: s.name,
          description: opt(s.description),
          category: opt(s.category),
          level: opt(s.level),
          trend: opt(s.trend),
          demandRank: opt(s.demandRank),
          aliases: s.aliases,
          source: s.source,
          ...fieldSourceProps('skills', s),
        })),
      },
      {
        label: 'Resource',
        rows: rows(seed.resources, (r) => ({
          // `name` mirrors the title so every node can be shown and searched the same way.
          name: r.title,
          title: r.title,
          kind: r.kind,
          url: opt(r.url),
          authors: r.authors,
          year: opt(r.year),
          level: opt(r.level),
          cost: opt(r.cost),
          summary: opt(r.summary),
          source: r.source,
          ...fieldSourceProps('resources', r),
        })),
      },
      {
        // Created only where missing: once imported, the framework's own text wins.
        label: 'FrameworkItem',
        createOnly: true,
        rows: items.map((i) => ({
          slug: i.slug,
          props: {
            code: i.code,
            name: i.name,
            kind: i.kind,
            framework: i.framework,
            sortKey: sortKeyOf(i.code),
            source: i.source,
            stub: true,
          },
        })),
      },
    ],
    links: [
      ...links.values(),
      // Stubs hang under their framework until an importer takes them over.
      {
        from: 'Framework',
        type: 'HAS_ITEM',
        to: 'FrameworkItem',
        createOnly: true,
        rows: items.map((i) => ({ from: i.framework, to: i.slug, source: i.source })),
      },
    ],
  };
}
