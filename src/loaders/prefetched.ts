import type { CompanyRecord, ConceptRecord, FrameworkRecord, ProviderRecord, ResourceRecord, SkillRecord } from '../records';

/** A skill's lists read ahead with it (src/loaders/skill-look-ahead.ts); absent = not read. */
export interface SkillLists {
  /** Each list with the arguments it was read with; a field given others goes to its loader. */
  prerequisites?: { bySource: boolean; list: SkillRecord[] };
  requiredBy?: SkillRecord[];
  /** `first`: null for all of them. */
  hiringCompanies?: { first: number | null; bySource: boolean; list: CompanyRecord[] };
  /** Every kind (the field filters by kind itself); `source`: null for every source. */
  resources?: { source: string | null; bySource: boolean; list: ResourceRecord[] };
  frameworks?: FrameworkRecord[];
  concepts?: ConceptRecord[];
}

/** A company's skills read ahead with the skill that lists the company, for these arguments. */
export interface CompanySkills {
  /** `first` as the query gave it (null: none). */
  first: number | null;
  byDemand: boolean;
  list: SkillRecord[];
}

/**
 * Lists a look-ahead read together with their parent, held for that parent record
 * object only. Priming a loader instead (keyed by slug, shared by the whole request)
 * could hand these records to another occurrence of the same node whose selection
 * asks for more fields than they carry: projected records hold only what the
 * look-ahead's own selection needs.
 */
export class Prefetched {
  private readonly skills = new WeakMap<SkillRecord, SkillLists>();
  private readonly providers = new WeakMap<ResourceRecord, ProviderRecord | null>();
  private readonly companySkillLists = new WeakMap<CompanyRecord, CompanySkills>();

  setSkillLists(skill: SkillRecord, lists: SkillLists): void {
    this.skills.set(skill, lists);
  }

  skillLists(skill: SkillRecord): SkillLists | undefined {
    return this.skills.get(skill);
  }

  setProvider(resource: ResourceRecord, provider: ProviderRecord | null): void {
    this.providers.set(resource, provider);
  }

  setCompanySkills(company: CompanyRecord, skills: CompanySkills): void {
    this.companySkillLists.set(company, skills);
  }

  companySkills(company: CompanyRecord): CompanySkills | undefined {
    return this.companySkillLists.get(company);
  }

  /** The resource's provider read ahead (null: it has none), or undefined when not read. */
  provider(resource: ResourceRecord): ProviderRecord | null | undefined {
    return this.providers.get(resource);
  }
}
