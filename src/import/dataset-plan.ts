import type { FrameworkItemKind, ItemFramework } from '../frameworks/item-codes';
import { parseCode, sortKeyOf } from '../frameworks/item-codes';
import type { NodeLabel, RelationshipType } from '../graph-vocabulary';
import type { LinkGroup, LinkRow, NodeGroup, NodeRow } from '../writes/graph-batch';

/** Facts about a data set, recorded on its Dataset node (and its Framework node). */
export interface DatasetInfo {
  /** Dataset node slug, also the `dataset` property of everything it owns. */
  id: string;
  title: string;
  /** The publisher's version of the data, when the file states one. */
  version: string | null;
  /** Where the official data is published. */
  source: string;
  licence: string;
  /** When the publisher released this version (`YYYY-MM` or `YYYY-MM-DD`), when stated. */
  released?: string | null;
  /** The attribution the licence asks users to show, when it prescribes one (O*NET). */
  credit?: string;
  /** The Framework node the items hang under, if any (created when missing). */
  framework: FrameworkInfo | null;
}

/** The credit line for OWASP's CC BY-SA 4.0 texts (the risks and the entries' own ATLAS links). */
export const OWASP_CREDIT =
  "OWASP Top 10 for LLM Applications 2025, © OWASP Foundation (OWASP GenAI Security Project), licensed CC BY-SA 4.0; skillgraph keeps each entry's title and description and reads its ATLAS references.";

export interface FrameworkInfo {
  slug: ItemFramework;
  name: string;
  publisher: string;
  url: string;
}

/**
 * What one data file becomes: owned nodes and relationships, plus the nodes outside
 * the file it links to (which must already be in the graph).
 */
export interface DatasetPlan {
  info: DatasetInfo;
  nodes: NodeGroup[];
  links: LinkGroup[];
  /** Further Framework nodes its items hang under (created when missing, nothing recorded on them). */
  frameworks?: FrameworkInfo[];
  /** Nodes the file refers to but does not own: checked before writing. */
  references: Array<{ label: NodeLabel; slug: string; where: string }>;
  /** Relationship types that are the records of this data set (a crosswalk's MAPS_TO): vanish rather than go stale. */
  recordTypes: RelationshipType[];
  /** Counts by kind, for the summary line. */
  tally: Record<string, number>;
  /** Records that joined a skill the graph already had instead of becoming one (named in the report). */
  merges?: SkillMerge[];
  /** O*NET's demand figures per skill, owned or merged into (written onto the skills, replacing the previous import's). */
  demandSignals?: DemandSignalRow[];
}

/** A record of the file that joined an existing skill (src/domain/skill-names.ts). */
export interface SkillMerge {
  /** The record's name in the file (a technology, a concept title). */
  record: string;
  /** The skill it joined. */
  into: string;
  /** Whether its name met the skill's name or one of the skill's aliases, and which. */
  by: 'name' | 'alias';
  matched: string;
  as: string;
}

/** O*NET's demand figures for one skill (src/import/datasets/onet.ts). */
export interface DemandSignalRow {
  slug: string;
  occupations: number;
  hot: number;
  inDemand: number;
  rank: number;
}

export interface ItemInput {
  code: string;
  name: string;
  description: string | null;
  url: string | null;
  /** Overrides the natural code order (ATLAS tactics in matrix order). */
  sortKey?: string;
  /** Further properties (dates, maturity, ...); null removes a property. */
  extra?: Record<string, unknown>;
}

/** A FrameworkItem node row; the code must be canonical and of the expected framework. */
export function itemRow(dataset: DatasetInfo, item: ItemInput, kind?: FrameworkItemKind): NodeRow {
  const info = parseCode(item.code);
  if (!info || info.code !== item.code) throw new Error(`${item.code} is not a canonical framework item code`);
  return {
    slug: info.slug,
    props: {
      code: info.code,
      name: item.name,
      description: item.description,
      kind: kind ?? info.kind,
      framework: info.framework,
      url: item.url,
      sortKey: item.sortKey ?? sortKeyOf(info.code),
      source: item.url ?? dataset.source,
      dataset: dataset.id,
      ...item.extra,
    },
  };
}

/** A relationship row owned by the data set. */
export function ownedLink(dataset: DatasetInfo, from: string, to: string, props: Record<string, unknown> = {}, key?: string): LinkRow {
  return { from, to, source: dataset.source, props: { ...props, dataset: dataset.id }, key };
}

/** Groups rows by (from, type, to), in first-seen order. */
export class LinkCollector {
  private readonly groups = new Map<string, LinkGroup>();

  add(from: NodeLabel, type: RelationshipType, to: NodeLabel, row: LinkRow, keyed = false): void {
    const k = `${from}-${type}-${to}-${keyed}`;
    let group = this.groups.get(k);
    if (!group) this.groups.set(k, (group = { from, type, to, rows: [], keyed }));
    group.rows.push(row);
  }

  all(): LinkGroup[] {
    return [...this.groups.values()];
  }
}

/** Rewrites a publisher's site-relative Markdown links (`](/techniques/AML.T0010)`) to absolute ones. */
export function absoluteLinks(markdown: string, origin: string): string {
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${origin}${path})`);
}
