import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toCompany, toConcept, toFramework, toProvider, toResource, toSkill } from '../db/record-mappers';
import { zipProperties } from '../db/repository-helpers';
import type { CompanyRecord, ConceptRecord, FrameworkRecord, ProviderRecord, ResourceRecord, SkillRecord } from '../records';

const bundle = cypher('skill/page-bundle');

/** The stored properties to fetch per list (see storedProperties); lists not read may be empty. */
export interface PageProperties {
  prerequisites: string[];
  requiredBy: string[];
  hiringCompanies: string[];
  resources: string[];
  providers: string[];
  companySkills: string[];
}

/**
 * Which lists to read with the skill, and how: the `*BySource` flags put the edges a
 * source positioned (the seed page's order) first; `companyLimit` caps hiringCompanies,
 * and with `companySkills` each company comes with its first `companySkillsFirst`
 * skills (by demand when `companySkillsByDemand`, else by name).
 */
export interface PageInclude {
  prerequisites: boolean;
  prerequisitesBySource: boolean;
  requiredBy: boolean;
  hiringCompanies: boolean;
  companiesBySource: boolean;
  companyLimit: number;
  companySkills: boolean;
  companySkillsFirst: number;
  companySkillsByDemand: boolean;
  resources: boolean;
  /** Only the resources whose TEACHES edge this source states; null for all. */
  resourceSource: string | null;
  resourcesBySource: boolean;
  providers: boolean;
  frameworks: boolean;
  concepts: boolean;
  properties: PageProperties;
}

/**
 * The skill (its record's properties) and its lists. Records in the skill, company, resource
 * and provider lists carry only the properties asked for; the others are null.
 */
export interface SkillPage {
  skill: SkillRecord;
  prerequisites: SkillRecord[] | null;
  requiredBy: SkillRecord[] | null;
  /** `skills`: the company's own top skills, undefined when not asked for. */
  hiringCompanies: Array<{ company: CompanyRecord; skills: SkillRecord[] | undefined }> | null;
  resources: Array<{ resource: ResourceRecord; provider: ProviderRecord | null | undefined }> | null;
  frameworks: FrameworkRecord[] | null;
  concepts: ConceptRecord[] | null;
}

type Props = Record<string, unknown>;
type Values = unknown[];
interface Row {
  node: Props;
  prerequisites: Values[] | null;
  requiredBy: Values[] | null;
  hiringCompanies: Array<[Values, Values[] | null]> | null;
  resources: Array<[Values, Values | null]> | null;
  frameworks: Props[] | null;
  concepts: Props[] | null;
}

/** One skill with the asked-for lists (null where not asked), in one round trip; null when no such skill. */
export async function skillPage(db: QueryRunner, slug: string, include: PageInclude): Promise<SkillPage | null> {
  const [row] = await db.read<Row>(bundle, { slug, ...include });
  if (!row) return null;
  const { properties } = include;
  const projected = <T>(rows: Values[] | null, names: string[], map: (p: Props) => T) =>
    rows === null ? null : rows.map((values) => map(zipProperties(names, values)));
  return {
    skill: toSkill(row.node),
    prerequisites: projected(row.prerequisites, properties.prerequisites, toSkill),
    requiredBy: projected(row.requiredBy, properties.requiredBy, toSkill),
    hiringCompanies:
      row.hiringCompanies === null
        ? null
        : row.hiringCompanies.map(([values, skills]) => ({
            company: toCompany(zipProperties(properties.hiringCompanies, values)),
            skills: include.companySkills ? (skills ?? []).map((v) => toSkill(zipProperties(properties.companySkills, v))) : undefined,
          })),
    resources:
      row.resources === null
        ? null
        : row.resources.map(([values, provider]) => ({
            resource: toResource(zipProperties(properties.resources, values)),
            provider: include.providers ? (provider ? toProvider(zipProperties(properties.providers, provider)) : null) : undefined,
          })),
    frameworks: row.frameworks === null ? null : row.frameworks.map(toFramework),
    concepts: row.concepts === null ? null : row.concepts.map(toConcept),
  };
}
