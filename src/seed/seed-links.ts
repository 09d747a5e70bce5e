import { slugOfCode } from '../frameworks/item-codes';
import type { NodeLabel, RelationshipType } from '../graph-vocabulary';
import type { LinkGroup, LinkRow } from '../writes/graph-batch';
import type { SeedData, SeedEdge, SeedItemEdge } from './seed-schema';

type SeedRecord = { slug: string; source: string };

/**
 * The seed's relationships, grouped by (from, type, to) in the order first met. Every
 * reference is checked against the slugs the seed defines; one that resolves to
 * nothing becomes a problem instead of a row.
 */
export class SeedLinks {
  private readonly groups = new Map<string, LinkGroup>();

  constructor(
    private readonly slugs: Record<NodeLabel, Set<string>>,
    private readonly problems: string[],
  ) {}

  /** Edges from `record` to each entry (or, `reverse`, from each entry to `record`). */
  link(
    file: string,
    record: SeedRecord,
    field: string,
    from: NodeLabel,
    type: RelationshipType,
    to: NodeLabel,
    entries: SeedEdge[],
    reverse = false,
  ) {
    const other = reverse ? from : to;
    for (const entry of entries) {
      const target = typeof entry === 'string' ? entry : entry.slug;
      const source = typeof entry === 'string' ? record.source : entry.source;
      if (!this.slugs[other].has(target)) {
        this.problems.push(`data/seed/${file}.yaml: ${record.slug}, field ${field}: unknown ${other} "${target}"`);
        continue;
      }
      this.add(from, type, to, reverse ? { from: target, to: record.slug, source } : { from: record.slug, to: target, source });
    }
  }

  /** COVERS edges to framework items, by code; the note says what on the record justifies the edge. */
  cover(file: string, record: SeedRecord, from: NodeLabel, entries: SeedItemEdge[]) {
    for (const entry of entries) {
      const { code, source, note } = typeof entry === 'string' ? { code: entry, source: undefined, note: undefined } : entry;
      if (!this.slugs.FrameworkItem.has(slugOfCode(code))) {
        this.problems.push(`data/seed/${file}.yaml: ${record.slug}, field items: ${code} is not listed in framework-items.yaml`);
        continue;
      }
      this.add(from, 'COVERS', 'FrameworkItem', {
        from: record.slug,
        to: slugOfCode(code),
        source: source ?? record.source,
        props: note ? { note } : {},
      });
    }
  }

  rows(from: NodeLabel, type: RelationshipType, to: NodeLabel): LinkRow[] {
    return this.groups.get(`${from}-${type}-${to}`)?.rows ?? [];
  }

  all(): LinkGroup[] {
    return [...this.groups.values()];
  }

  /**
   * One row per relationship: the same edge named again (by another source, say the page
   * and a curated list) joins the first row, which keeps its source as the primary one and
   * lists every source in `sources`; properties the first row lacks are taken from the later.
   */
  private add(from: NodeLabel, type: RelationshipType, to: NodeLabel, row: LinkRow) {
    const key = `${from}-${type}-${to}`;
    if (!this.groups.has(key)) this.groups.set(key, { from, type, to, rows: [] });
    const seen = this.rows(from, type, to).find((r) => r.from === row.from && r.to === row.to);
    if (!seen) return void this.groups.get(key)!.rows.push(row);
    seen.sources = [...new Set([...(seen.sources ?? [seen.source]), row.source])];
    seen.props = { ...row.props, ...seen.props };
  }
}

/** Every relationship the seed's skills and resources name, in the order the batch writes them. */
export function seedLinks(seed: SeedData, links: SeedLinks): void {
  for (const s of seed.skills) {
    links.link('skills', s, 'requires', 'Skill', 'REQUIRES', 'Skill', s.requires);
    links.link('skills', s, 'hiredBy', 'Company', 'HIRES_FOR', 'Skill', s.hiredBy, true);
    links.link('skills', s, 'frameworks', 'Skill', 'COVERS', 'Framework', s.frameworks);
    links.link('skills', s, 'concepts', 'Skill', 'COVERS', 'Concept', s.concepts);
  }
  for (const s of seed.skills) links.cover('skills', s, 'Skill', s.items);
  for (const r of seed.resources) links.cover('resources', r, 'Resource', r.items);
  for (const r of seed.resources) {
    links.link('resources', r, 'teaches', 'Resource', 'TEACHES', 'Skill', r.teaches);
    if (r.provider) links.link('resources', r, 'provider', 'Resource', 'OFFERED_BY', 'Provider', [r.provider]);
    links.link('resources', r, 'coProviders', 'Resource', 'OFFERED_BY', 'Provider', r.coProviders);
    links.link('resources', r, 'frameworks', 'Resource', 'COVERS', 'Framework', r.frameworks);
    links.link('resources', r, 'concepts', 'Resource', 'COVERS', 'Concept', r.concepts);
  }
}
