import type { SharedKind } from './domain/related-features';
import type { GraphLabel } from './graph-vocabulary';
/**
 * Plain records: what repositories return and resolvers receive. Nothing above the
 * repository layer sees a Neo4j type; integers are numbers, temporals ISO strings.
 */

export type Level = 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
export type Trend = 'NEW' | 'RISING' | 'STABLE' | 'DECLINING';
export type ResourceKind = 'COURSE' | 'BOOK' | 'TUTORIAL' | 'GUIDE' | 'CERTIFICATION' | 'ARTICLE';
export type Cost = 'FREE' | 'PAID' | 'VARIES';

/** Properties every node carries. */
export interface NodeRecord {
  slug: string;
  name: string;
  description: string | null;
  source: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface SkillRecord extends NodeRecord {
  category: string | null;
  level: Level | null;
  demandRank: number | null;
  trend: Trend | null;
  aliases: string[];
  /** ISO date (YYYY-MM-DD) its source page says its learning resources were last updated. */
  resourcesUpdatedAt: string | null;
}

export interface CompanyRecord extends NodeRecord {
  website: string | null;
}

export interface ResourceRecord extends NodeRecord {
  kind: ResourceKind;
  title: string;
  url: string | null;
  authors: string[];
  year: number | null;
  level: Level | null;
  cost: Cost | null;
  costNote: string | null;
  format: string | null;
  listedUnder: string | null;
  summary: string | null;
}

export interface ProviderRecord extends NodeRecord {
  website: string | null;
}

export interface FrameworkRecord extends NodeRecord {
  publisher: string | null;
  /** The imported data's version when imported, else the seed's. */
  version: string | null;
  url: string | null;
  importedAt: string | null;
}

export type FrameworkItemKind = import('./frameworks/item-codes').FrameworkItemKind;

export interface FrameworkItemRecord extends NodeRecord {
  code: string;
  kind: FrameworkItemKind;
  /** Slug of the framework. */
  framework: string;
  url: string | null;
  sortKey: string;
  /** What its publisher states about it, typed per framework and kind (src/frameworks/item-details.ts). */
  details: import('./frameworks/item-details').FrameworkItemDetailsRecord | null;
}

export interface ProcedureStepRecord {
  step: number;
  description: string | null;
  technique: FrameworkItemRecord;
  tactic: FrameworkItemRecord | null;
}

export interface MappingRecord {
  item: FrameworkItemRecord;
  source: string;
  confidence: number;
  path: FrameworkItemRecord[];
  note: string | null;
  /** MAPS_TO edges on the path (ATLAS hierarchy steps are not hops). */
  hops: number;
  /** Whether the path takes a step through the ATLAS hierarchy. */
  inherited: boolean;
}

/** What two skills share of one kind (stored with each related list entry, shown as `shared` and reasons). */
export interface SharedFeature {
  kind: SharedKind;
  /** This kind's part of the score's dot product. */
  weight: number;
  /** How many distinct vias (occupations, companies, …) of this kind. */
  count: number;
  /** Up to 3 of their labels: most specific first for occupations, else alphabetical; no repeats. */
  names: string[];
}

/** One entry of a skill's stored related list (`RelatedSkill`). */
export interface RelatedRecord {
  skill: SkillRecord;
  score: number;
  shared: SharedFeature[];
}

export interface ConceptRecord extends NodeRecord {
  aliases: string[];
}

/** An O*NET occupation; `slug` holds its code, the key of its id and cursors. */
export interface OccupationRecord extends NodeRecord {
  code: string;
  title: string;
}

export type TechnologyCategoryLevel = 'SEGMENT' | 'FAMILY' | 'CLASS' | 'COMMODITY';

/** A UNSPSC category of O*NET's technologies; `slug` holds its code. */
export interface TechnologyCategoryRecord extends NodeRecord {
  code: string;
  title: string;
  level: TechnologyCategoryLevel;
}

/** What one USES edge says: O*NET's flags for one occupation and skill. */
export interface UsesRecord {
  hot: boolean;
  inDemand: boolean;
  technologies: string[];
  source: string | null;
  sources: string[];
  position: number | null;
}

/** One source's demand figures for a skill; what a source does not state is null. */
export interface DemandSignalRecord {
  kind: 'ONET_OCCUPATIONS' | 'STATED_RANK';
  source: string | null;
  dataset: string | null;
  date: string | null;
  rank: number | null;
  occupations: number | null;
  hotOccupations: number | null;
  inDemandOccupations: number | null;
}

/** An entry of the data set ledger (the seed's or an import's). */
export interface DatasetRecord {
  slug: string;
  name: string;
  version: string | null;
  released: string | null;
  source: string | null;
  licence: string | null;
  credit: string | null;
  importedAt: string | null;
}

/**
 * The node types `Node.id` can name; each lives under the Neo4j label of the same name.
 * The list itself is GRAPH_LABELS (src/graph-vocabulary.ts).
 */
export type NodeType = GraphLabel;

/** A record tagged with its type, for fields that return the `Node` interface. */
export type AnyNodeRecord =
  | ({ __typename: 'Skill' } & SkillRecord)
  | ({ __typename: 'Company' } & CompanyRecord)
  | ({ __typename: 'Resource' } & ResourceRecord)
  | ({ __typename: 'Provider' } & ProviderRecord)
  | ({ __typename: 'Framework' } & FrameworkRecord)
  | ({ __typename: 'Concept' } & ConceptRecord)
  | ({ __typename: 'FrameworkItem' } & FrameworkItemRecord)
  | ({ __typename: 'Occupation' } & OccupationRecord)
  | ({ __typename: 'TechnologyCategory' } & TechnologyCategoryRecord);

/** A Relay connection; `totalCount` is counted only when a client asks for it. */
export interface ConnectionRecord<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}
export type SkillConnectionRecord = ConnectionRecord<SkillRecord>;
export type CompanyConnectionRecord = ConnectionRecord<CompanyRecord>;
export type ResourceConnectionRecord = ConnectionRecord<ResourceRecord>;
export type FrameworkItemConnectionRecord = ConnectionRecord<FrameworkItemRecord>;
export type OccupationConnectionRecord = ConnectionRecord<OccupationRecord>;
/** A search hit (src/repositories/search.repository.ts); its kind follows from `node.__typename`. */
export interface SearchHitRecord {
  score: number;
  matchedField: string;
  highlight: string;
  node: AnyNodeRecord;
}
export type SearchConnectionRecord = ConnectionRecord<SearchHitRecord>;

/** A Relay connection whose edges carry the relationship's properties `P` beside the node. */
export interface EdgeConnectionRecord<T, P> extends Omit<ConnectionRecord<T>, 'edges'> {
  edges: Array<P & { cursor: string; node: T }>;
}
export type OccupationSkillConnectionRecord = EdgeConnectionRecord<SkillRecord, UsesRecord>;
export type SkillOccupationConnectionRecord = EdgeConnectionRecord<OccupationRecord, UsesRecord>;

/** Where a relationship comes from: its primary source, every source stating it, its place in the source's order. */
export interface EdgeProvenance {
  source: string | null;
  sources: string[];
  position: number | null;
}
/** An edge of a `...Connection` field: the node at the other end, the provenance and the relationship's own properties `P`. */
export type SourcedEdgeRecord<T, P = object> = EdgeProvenance & P & { node: T };
/** A connection that returns every edge (no paging). */
export interface EdgeListRecord<E> {
  edges: E[];
  totalCount: number;
}
export type PrerequisiteEdgeRecord = SourcedEdgeRecord<SkillRecord, { reason: string | null; shortcut: boolean | null }>;
export type CoversEdgeRecord = SourcedEdgeRecord<FrameworkItemRecord, { note: string | null }>;
export type HiringCompanyEdgeRecord = SourcedEdgeRecord<CompanyRecord>;
export type HiredSkillEdgeRecord = SourcedEdgeRecord<SkillRecord>;
export type MitigationUseRecord = { technique: FrameworkItemRecord; how: string | null; source: string | null };
export type MitigationEdgeRecord = SourcedEdgeRecord<FrameworkItemRecord, { how: string | null; via: MitigationUseRecord[] }>;
export interface MappingStatementRecord {
  source: string;
  dataset: string | null;
  origin: string | null;
  confidence: number;
  label: string | null;
  note: string | null;
  sections: string[];
  tier: string | null;
  scope: string | null;
  check: string | null;
}
export type MappingEdgeRecord = SourcedEdgeRecord<
  FrameworkItemRecord,
  { confidence: number; origin: string | null; note: string | null; statements: MappingStatementRecord[] }
>;

/** A source key resolved (src/provenance/source-registry.ts); what no source says is null. */
export interface SourceRecord {
  id: string;
  kind: 'PAGE' | 'CURATED' | 'DATASET' | 'COMPUTED' | 'URL';
  title: string | null;
  publisher: string | null;
  url: string | null;
  licence: string | null;
  version: string | null;
  date: string | null;
  dateLabel: string | null;
  revision: string | null;
  credit: string | null;
  note: string | null;
}

/** Why a skill or resource counts as covering a framework item (`CoverageKind`). */
export type CoverageKind = 'STATED' | 'CURATED' | 'THROUGH_SKILL';

/** One entry of `ItemCoverage.skills` or `.resources`; `node` is the skill or resource. */
export interface CoverageEntryRecord<T> {
  node: T;
  kind: CoverageKind;
  sources: string[];
  reason: string | null;
  /** The technique whose coverage a sub-technique takes (null: the item's own). */
  inheritedFrom: FrameworkItemRecord | null;
  direct: boolean;
}
export type SkillCoverageRecord = CoverageEntryRecord<SkillRecord>;
export type ResourceCoverageRecord = CoverageEntryRecord<ResourceRecord> & { skills: SkillRecord[] };
/** `ItemCoverage`: its lists are loaded per item when asked for. */
export interface ItemCoverageRecord {
  item: FrameworkItemRecord;
}
/** `FrameworkCoverage`: the framework and its items in the publisher's order. */
export interface FrameworkCoverageRecord {
  framework: FrameworkRecord;
  items: FrameworkItemRecord[];
}
