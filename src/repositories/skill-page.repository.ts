import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toCompany, toConcept, toFramework, toProvider, toResource, toSkill } from '../db/record-mappers';
import type { CompanyRecord, ConceptRecord, FrameworkRecord, ProviderRecord, ResourceRecord, SkillRecord } from '../records';

const bundle = cypher('skill/page-bundle');

/** Which lists to read with the skill; `companyLimit` caps hiringCompanies. */
export interface PageInclude {
  prerequisites: boolean;
  requiredBy: boolean;
  hiringCompanies: boolean;
  companyLimit: number;
  resources: boolean;
  providers: boolean;
  frameworks: boolean;
  concepts: boolean;
}

export interface SkillPage {
  skill: SkillRecord;
  prerequisites: SkillRecord[] | null;
  requiredBy: SkillRecord[] | null;
  hiringCompanies: CompanyRecord[] | null;
  resources: Array<{ resource: ResourceRecord; provider: ProviderRecord | null | undefined }> | null;
  frameworks: FrameworkRecord[] | null;
  concepts: ConceptRecord[] | null;
}

type Props = Record<string, unknown>;
type Row = Record<keyof Omit<SkillPage, 'skill'>, Props[] | null> & { node: Props };

/** One skill with the asked-for lists (null where not asked), in one round trip; null when no such skill. */
export async function skillPage(db: QueryRunner, slug: string, include: PageInclude): Promise<SkillPage | null> {
  const [row] = await db.read<Row>(bundle, { slug, ...include });
  if (!row) return null;
  const list = <T>(v: Props[] | null, map: (p: Props) => T) => (v === null ? null : v.map(map));
  return {
    skill: toSkill(row.node),
    prerequisites: list(row.prerequisites, toSkill),
    requiredBy: list(row.requiredBy, toSkill),
    hiringCompanies: list(row.hiringCompanies, toCompany),
    resources: list(row.resources, (r) => ({
      resource: toResource(r),
      provider: include.providers ? (r.provider ? toProvider(r.provider as Props) : null) : undefined,
    })),
    frameworks: list(row.frameworks, toFramework),
    concepts: list(row.concepts, toConcept),
  };
}
