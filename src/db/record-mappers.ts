import type {
  CompanyRecord,
  ConceptRecord,
  Cost,
  FrameworkItemKind,
  FrameworkItemRecord,
  FrameworkRecord,
  Level,
  NodeRecord,
  OccupationRecord,
  ProviderRecord,
  ResourceKind,
  ResourceRecord,
  SkillRecord,
  TechnologyCategoryLevel,
  TechnologyCategoryRecord,
  Trend,
} from '../records';
import { itemDetails } from '../frameworks/item-details';
import { num, str, strs } from './repository-helpers';

/** Node property maps (as returned by `n {.*}`) to plain records; internal properties are dropped. */
type Props = Record<string, unknown>;

// Records extend base() with Object.assign, not object spread: on Node 20 a spread of
// base()'s result takes V8's slow path, about 3 µs a record against 0.06 µs, which
// was the largest single cost of mapping wide lists (bench S4).
function base(p: Props): NodeRecord {
  return {
    slug: String(p.slug),
    name: String(p.name ?? p.title ?? p.slug),
    description: str(p.description),
    source: str(p.source),
    createdAt: str(p.createdAt),
    updatedAt: str(p.updatedAt),
  };
}

export const toSkill = (p: Props): SkillRecord =>
  Object.assign(base(p), {
    category: str(p.category),
    level: str(p.level) as Level | null,
    demandRank: num(p.demandRank),
    trend: str(p.trend) as Trend | null,
    aliases: strs(p.aliases),
    resourcesUpdatedAt: str(p.resourcesUpdatedAt),
  });

export const toCompany = (p: Props): CompanyRecord => Object.assign(base(p), { website: str(p.website) });

export const toResource = (p: Props): ResourceRecord =>
  Object.assign(base(p), {
    kind: String(p.kind) as ResourceKind,
    title: String(p.title ?? p.name),
    url: str(p.url),
    authors: strs(p.authors),
    year: num(p.year),
    level: str(p.level) as Level | null,
    cost: str(p.cost) as Cost | null,
    costNote: str(p.costNote),
    format: str(p.format),
    listedUnder: str(p.listedUnder),
    summary: str(p.summary),
  });

export const toProvider = (p: Props): ProviderRecord => Object.assign(base(p), { website: str(p.website) });

export const toFramework = (p: Props): FrameworkRecord =>
  Object.assign(base(p), {
    publisher: str(p.publisher),
    version: str(p.dataVersion) ?? str(p.version),
    url: str(p.url),
    importedAt: str(p.importedAt),
  });

export const toFrameworkItem = (p: Props): FrameworkItemRecord =>
  Object.assign(base(p), {
    slug: String(p.slug),
    code: String(p.code),
    kind: String(p.kind) as FrameworkItemKind,
    framework: String(p.framework),
    url: str(p.url),
    sortKey: String(p.sortKey ?? p.code),
    details: itemDetails(p),
  });

export const toConcept = (p: Props): ConceptRecord => Object.assign(base(p), { aliases: strs(p.aliases) });

// O*NET nodes are keyed by code: `slug` holds it too, so ids, cursors and loaders treat them like any node.
export const toOccupation = (p: Props): OccupationRecord =>
  Object.assign(base(p), { slug: String(p.code), code: String(p.code), title: String(p.title ?? p.name) });

export const toTechnologyCategory = (p: Props): TechnologyCategoryRecord =>
  Object.assign(base(p), {
    slug: String(p.code),
    code: String(p.code),
    title: String(p.title ?? p.name),
    level: String(p.level) as TechnologyCategoryLevel,
  });
