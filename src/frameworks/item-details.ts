import type {
  AtlasCaseStudyDetails,
  AtlasCaseStudyType,
  AtlasDateGranularity,
  AtlasMaturity,
  AtlasMitigationDetails,
  AtlasTacticDetails,
  AtlasTechniqueDetails,
  AttackReference,
  NistAiRmfDetails,
  NistAiRmfFunction,
  NistGenAiRiskDetails,
  OwaspRiskDetails,
  TrustworthyCharacteristic,
} from '../generated/graphql';

/**
 * `FrameworkItem.details`: the publisher's facts an importer stored as node properties
 * (src/import/datasets/atlas.ts, owasp-llm.ts, nist-ai-rmf.ts, nist-genai-risks.ts),
 * typed as the schema says. Plain data, so it rides on the item's record and costs no
 * statement of its own; `__typename` picks the union member.
 */

type Typed<T extends { __typename?: string }> = T & { __typename: NonNullable<T['__typename']> };

export type FrameworkItemDetailsRecord =
  | Typed<AtlasTacticDetails>
  | Typed<AtlasTechniqueDetails>
  | Typed<AtlasMitigationDetails>
  | Typed<AtlasCaseStudyDetails>
  | Typed<OwaspRiskDetails>
  | Typed<NistAiRmfDetails>
  | Typed<NistGenAiRiskDetails>;

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const positive = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : []);

/** A stored value as an enum value, when it is one of `values` (case aside); else null. */
function oneOf<T extends string>(values: readonly T[], v: unknown, normalise = (s: string) => s.toUpperCase()): T | null {
  if (typeof v !== 'string') return null;
  const value = normalise(v) as T;
  return values.includes(value) ? value : null;
}

const MATURITY: readonly AtlasMaturity[] = ['FEASIBLE', 'DEMONSTRATED', 'REALIZED'];
const GRANULARITY: readonly AtlasDateGranularity[] = ['YEAR', 'MONTH', 'DATE'];
const CASE_STUDY_TYPES: readonly AtlasCaseStudyType[] = ['INCIDENT', 'EXERCISE'];
const NIST_FUNCTIONS: readonly NistAiRmfFunction[] = ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'];
/** AI RMF Core codes (`valid-reliable`) as stored by the AI 600-1 import. */
const TRUSTWORTHY_CHARACTERISTICS: readonly TrustworthyCharacteristic[] = [
  'VALID_RELIABLE',
  'SAFE',
  'SECURE_RESILIENT',
  'ACCOUNTABLE_TRANSPARENT',
  'EXPLAINABLE_INTERPRETABLE',
  'PRIVACY_ENHANCED',
  'FAIR_BIAS_MANAGED',
];
const characteristic = (code: string) => code.toUpperCase().replace(/-/g, '_');

function attack(p: Props): AttackReference | null {
  const id = str(p.attackId);
  return id ? { id, url: str(p.attackUrl) } : null;
}

const dates = (p: Props) => ({ createdDate: str(p.createdDate), modifiedDate: str(p.modifiedDate) });

/**
 * The details of an item from its stored properties; null for an item its framework's
 * data set did not write (a seed placeholder never imported, an EU AI Act article named
 * by a crosswalk).
 */
export function itemDetails(p: Props): FrameworkItemDetailsRecord | null {
  // Each framework's import is the data set of the same id; anything else did not come from its publisher.
  if (typeof p.dataset !== 'string' || p.dataset !== p.framework) return null;
  switch (p.kind) {
    case 'TACTIC': {
      const matrixOrder = positive(p.matrixOrder);
      return matrixOrder === null ? null : { __typename: 'AtlasTacticDetails', matrixOrder, attack: attack(p), ...dates(p) };
    }
    case 'TECHNIQUE':
    case 'SUBTECHNIQUE':
      return {
        __typename: 'AtlasTechniqueDetails',
        maturity: oneOf(MATURITY, p.maturity),
        attack: attack(p),
        references: strs(p.references),
        ...dates(p),
      };
    case 'MITIGATION':
      return {
        __typename: 'AtlasMitigationDetails',
        categories: strs(p.categories),
        lifecycleStages: strs(p.lifecycleStages),
        attack: attack(p),
        ...dates(p),
      };
    case 'CASE_STUDY':
      return {
        __typename: 'AtlasCaseStudyDetails',
        incidentDate: str(p.incidentDate),
        incidentDateGranularity: oneOf(GRANULARITY, p.incidentDateGranularity),
        type: oneOf(CASE_STUDY_TYPES, p.caseStudyType),
        target: str(p.target),
        actor: str(p.actor),
        reporter: str(p.reporter),
        references: strs(p.references),
      };
    case 'RISK':
      return p.framework === 'nist-ai-600-1' ? genAiRisk(p) : owaspRisk(p);
    case 'FUNCTION':
    case 'CATEGORY':
    case 'SUBCATEGORY':
      return nistRmf(p);
    default:
      return null;
  }
}

function owaspRisk(p: Props): FrameworkItemDetailsRecord | null {
  const rank = positive(p.rank);
  return rank === null ? null : { __typename: 'OwaspRiskDetails', rank };
}

/** Function and category come from NIST's own notation: `GOVERN 1.1` is in category `GOVERN 1` of GOVERN. */
function nistRmf(p: Props): FrameworkItemDetailsRecord | null {
  const code = String(p.code);
  const fn = oneOf(NIST_FUNCTIONS, code.split(' ')[0], (s) => s);
  if (!fn) return null;
  const category = /^\S+ \d+/.exec(code)?.[0] ?? null;
  return { __typename: 'NistAiRmfDetails', function: fn, category, abbreviation: str(p.abbrev), order: positive(p.order) };
}

function genAiRisk(p: Props): FrameworkItemDetailsRecord | null {
  const section = str(p.section);
  if (!section) return null;
  return {
    __typename: 'NistGenAiRiskDetails',
    section,
    alsoWrittenAs: strs(p.aliases),
    trustworthyCharacteristics: strs(p.trustworthyCharacteristics)
      .map(characteristic)
      .filter((c): c is TrustworthyCharacteristic => (TRUSTWORTHY_CHARACTERISTICS as readonly string[]).includes(c)),
  };
}
