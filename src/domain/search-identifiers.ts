import { parseCode } from '../frameworks/item-codes';
import { slugOfSkillName } from './skill-names';
import { compact } from './search-words';

/**
 * What a search text could name exactly, looked up by key before any full-text matching
 * (cypher/search/candidates.cypher): framework item codes in the spellings people type,
 * a code's beginning while typing, an O*NET occupation code, a UNSPSC category code,
 * and a slug. Case, spaces and punctuation do not matter.
 */
export interface ExactKeys {
  /** Canonical framework item codes: `aml.t0051` → AML.T0051, `GV-1.1` → GOVERN 1.1, `llm1` → LLM01:2025. */
  codes: string[];
  /** A code-like text's upper-case form, for codes that begin with it (`LLM0`, `AML.T005`). */
  codePrefix: string | null;
  /** An O*NET-SOC code or its beginning (`15-2051.00`, `15-2051`). */
  occupationCode: string | null;
  /** The text as typed, trimmed: category codes are digits. */
  rawCode: string;
  /** The text as a kebab-case slug (`AI Red Teaming` → ai-red-teaming, `C++` → c-plus-plus). */
  slug: string | null;
}

/** Rewrites of the spellings people use into the codes' canonical forms. */
const SPELLINGS: ReadonlyArray<(t: string) => string | null> = [
  // ATLAS without its prefix or with a space: `T0051`, `AML T0051.001`, `TA0002`.
  (t) => {
    const m = /^(?:AML[ .]?)?(T|TA|M|CS)\s?(\d{4}(?:\.\d{3})?)$/.exec(t);
    return m ? `AML.${m[1]}${m[2]}` : null;
  },
  // OWASP: `LLM01`, `llm1`, `LLM01 2025`.
  (t) => {
    const m = /^LLM\s?0?(\d{1,2})(?:[: ]?2025)?$/.exec(t);
    return m ? `LLM${m[1].padStart(2, '0')}:2025` : null;
  },
  // NIST AI RMF: `GV-1.1`, `gv 1.1`, `GV1.1`, `govern1.1`, `Govern 1.1`.
  (t) => {
    const m = /^(GV|MP|MS|MG|GOVERN|MAP|MEASURE|MANAGE)(?:\s?-?\s?(\d{1,2}(?:\.\d{1,2})?))?$/.exec(t);
    if (!m) return null;
    const fn = { GV: 'GOVERN', MP: 'MAP', MS: 'MEASURE', MG: 'MANAGE' }[m[1]] ?? m[1];
    return m[2] ? `${fn} ${m[2]}` : fn;
  },
  // NIST AI 600-1: `GAI-9`, `gai 09`.
  (t) => {
    const m = /^GAI\s?-?\s?(\d{1,2})$/.exec(t);
    return m ? `GAI-${m[1].padStart(2, '0')}` : null;
  },
  // EU AI Act: `Article 15`, `Art. 5(1)(a)`, `EU AI Act Art 15`.
  (t) => {
    const m = /^(?:EU\s?AI\s?ACT\s?)?ART(?:ICLE)?\.?\s?(\d{1,3}[A-Z]?(?:\(\d+\))*(?:\([A-Z]\))?)$/.exec(t);
    return m ? `EU AI Act Art. ${m[1].toLowerCase()}` : null;
  },
];

export function exactKeys(text: string): ExactKeys {
  const raw = text.trim();
  const upper = raw.toUpperCase().replace(/\s+/g, ' ');
  const codes = new Set<string>();
  for (const candidate of [upper, ...SPELLINGS.map((rewrite) => rewrite(upper))]) {
    const info = candidate ? parseCode(candidate) : null;
    if (info) codes.add(info.code);
  }
  const codeLike = /\d/.test(upper) && /^[A-Z0-9][A-Z0-9 .:()-]*$/.test(upper) && compact(upper).length >= 3;
  const occupation = /^\d{2}-\d{4}(?:\.\d{0,2})?$/.test(raw) ? raw : null;
  // As skills get theirs (C++ → c-plus-plus, C# → c-sharp), which the other kinds' slugs agree with.
  const slug = slugOfSkillName(raw);
  return { codes: [...codes], codePrefix: codeLike ? upper : null, occupationCode: occupation, rawCode: raw, slug: slug || null };
}
