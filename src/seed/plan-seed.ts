import { adjacencyOf, findCycle } from '../domain/find-cycle';
import { parseCode } from '../frameworks/item-codes';
import type { NodeLabel } from '../graph-vocabulary';
import type { GraphBatch, LinkGroup } from '../writes/graph-batch';
import { positionPageEdges } from './page-order';
import { SeedError } from './read-seed';
import { SeedLinks, seedLinks } from './seed-links';
import { type SeedItem, seedNodes } from './seed-nodes';
import { type SeedData, sourcedFields } from './seed-schema';

type Slugs = Record<NodeLabel, Set<string>>;

/**
 * Turns validated seed files into one GraphBatch, checking what a per-record schema
 * cannot: unique slugs, every reference resolving, and REQUIRES staying acyclic.
 * Every problem is collected before the one SeedError.
 */
export function planSeed(seed: SeedData): GraphBatch {
  const problems: string[] = [];
  const items: SeedItem[] = seed['framework-items'].map((i) => ({ ...i, ...parseCode(i.code)! }));
  const slugs = collectSlugs(seed, items, problems);
  checkItemFrameworks(items, slugs, problems);
  checkFieldSources(seed, problems);
  const links = new SeedLinks(slugs, problems);
  seedLinks(seed, links);
  positionPageEdges(links.all());
  checkAcyclic(links, problems);
  if (problems.length > 0) throw new SeedError(`Seed data is inconsistent:\n  ${problems.join('\n  ')}`);
  return { nodes: seedNodes(seed, items), links: [...links.all(), stubItemsOfFrameworks(items)] };
}

/** The slugs of each label; a slug twice in one file is a problem. */
function collectSlugs(seed: SeedData, items: SeedItem[], problems: string[]): Slugs {
  const slugs = {} as Slugs;
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
  collect('FrameworkItem', 'framework-items', items);
  return slugs;
}

function checkItemFrameworks(items: SeedItem[], slugs: Slugs, problems: string[]): void {
  for (const i of items) {
    if (!slugs.Framework.has(i.framework))
      problems.push(`data/seed/framework-items.yaml: ${i.code}: its framework ${i.framework} is not in frameworks.yaml`);
  }
}

/** A source for a field the record does not have would attribute nothing. */
function checkFieldSources(seed: SeedData, problems: string[]): void {
  for (const file of Object.keys(sourcedFields) as Array<keyof typeof sourcedFields>) {
    for (const r of seed[file] as Array<{ slug: string; sources?: Partial<Record<string, string>> } & Record<string, unknown>>) {
      for (const f of Object.keys(r.sources ?? {})) {
        const value = r[f];
        if (value === undefined || (Array.isArray(value) && value.length === 0))
          problems.push(`data/seed/${file}.yaml: ${r.slug}, field sources.${f}: the record has no ${f}`);
      }
    }
  }
}

function checkAcyclic(links: SeedLinks, problems: string[]): void {
  const requires = links.rows('Skill', 'REQUIRES', 'Skill');
  const cycle = findCycle(adjacencyOf(requires.map((r) => [r.from, r.to] as const)));
  if (cycle) problems.push(`data/seed/skills.yaml: prerequisites form a cycle: ${cycle.join(' -> ')}`);
}

/** Stubs hang under their framework until an importer takes them over. */
function stubItemsOfFrameworks(items: SeedItem[]): LinkGroup {
  return {
    from: 'Framework',
    type: 'HAS_ITEM',
    to: 'FrameworkItem',
    createOnly: true,
    rows: items.map((i) => ({ from: i.framework, to: i.slug, source: i.source })),
  };
}
