import type { CompanyRecord, ConceptRecord, FrameworkRecord, ProviderRecord, ResourceRecord, SkillRecord } from '../../records';

/** What a look-ahead can hold for a parent record, by the field that will read it. */
export interface AheadValues {
  prerequisites: SkillRecord[];
  requiredBy: SkillRecord[];
  hiringCompanies: CompanyRecord[];
  /** Every kind: `Skill.resources(kind)` filters by kind itself. */
  resources: ResourceRecord[];
  frameworks: FrameworkRecord[];
  concepts: ConceptRecord[];
  /** `Company.skills`. */
  skills: SkillRecord[];
  /** `Resource.provider`; null: it has none. */
  provider: ProviderRecord | null;
}

export type AheadField = keyof AheadValues;

/** The field arguments a value was read with (those the field applies itself left out). */
export type AheadArguments = Readonly<Record<string, unknown>>;

interface Entry {
  args: AheadArguments;
  value: unknown;
}

/**
 * Values a look-ahead read together with their parent, held for that parent record
 * object only, each with the arguments it was read for. Priming a loader instead (keyed
 * by slug, shared by the whole request) could hand these records to another occurrence
 * of the same node whose selection asks for more fields than they carry: projected
 * records hold only what the look-ahead's own selection needs.
 */
export class Prefetched {
  private readonly entries = new WeakMap<object, Map<AheadField, Entry>>();

  set<F extends AheadField>(parent: object, field: F, args: AheadArguments, value: AheadValues[F]): void {
    let fields = this.entries.get(parent);
    if (!fields) this.entries.set(parent, (fields = new Map()));
    fields.set(field, { args, value });
  }

  /**
   * The value read ahead for `parent.field` when it was read for these arguments, else
   * undefined (not read, or read for others: the resolver then goes to its loader). The
   * one matching rule: every argument equal, an absent one counting as null (`first`
   * not given and `first: null` ask for the same list).
   */
  get<F extends AheadField>(parent: object, field: F, args: AheadArguments = {}): AheadValues[F] | undefined {
    const entry = this.entries.get(parent)?.get(field);
    return entry && sameArguments(entry.args, args) ? (entry.value as AheadValues[F]) : undefined;
  }
}

function sameArguments(read: AheadArguments, asked: AheadArguments): boolean {
  for (const key in read) if ((read[key] ?? null) !== (asked[key] ?? null)) return false;
  for (const key in asked) if (!(key in read) && asked[key] != null) return false;
  return true;
}
