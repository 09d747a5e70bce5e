/**
 * FrameworkItem codes: what framework and kind a code belongs to, its slug, and a
 * sort key that orders codes the way their publishers number them. The seed, the
 * importers and the API all go through here, so a code means the same everywhere.
 */

export const FRAMEWORK_ITEM_KINDS = [
  'RISK',
  'FUNCTION',
  'CATEGORY',
  'SUBCATEGORY',
  'TACTIC',
  'TECHNIQUE',
  'SUBTECHNIQUE',
  'MITIGATION',
  'CASE_STUDY',
  'ARTICLE',
] as const;
export type FrameworkItemKind = (typeof FRAMEWORK_ITEM_KINDS)[number];

/** Framework slugs that items belong to (the seed's Framework nodes). */
export type ItemFramework = 'mitre-atlas' | 'owasp-llm-top-10-2025' | 'nist-ai-rmf' | 'nist-ai-600-1' | 'eu-ai-act';

interface CodeRule {
  pattern: RegExp;
  framework: ItemFramework;
  kind: FrameworkItemKind;
}

const NIST_FUNCTIONS = ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'] as const;
const NIST_ABBREVS: Record<string, (typeof NIST_FUNCTIONS)[number]> = { GV: 'GOVERN', MP: 'MAP', MS: 'MEASURE', MG: 'MANAGE' };

const RULES: CodeRule[] = [
  { pattern: /^AML\.TA\d{4}$/, framework: 'mitre-atlas', kind: 'TACTIC' },
  { pattern: /^AML\.T\d{4}$/, framework: 'mitre-atlas', kind: 'TECHNIQUE' },
  { pattern: /^AML\.T\d{4}\.\d{3}$/, framework: 'mitre-atlas', kind: 'SUBTECHNIQUE' },
  { pattern: /^AML\.M\d{4}$/, framework: 'mitre-atlas', kind: 'MITIGATION' },
  { pattern: /^AML\.CS\d{4}$/, framework: 'mitre-atlas', kind: 'CASE_STUDY' },
  { pattern: /^LLM\d{2}:2025$/, framework: 'owasp-llm-top-10-2025', kind: 'RISK' },
  { pattern: /^(GOVERN|MAP|MEASURE|MANAGE)$/, framework: 'nist-ai-rmf', kind: 'FUNCTION' },
  { pattern: /^(GOVERN|MAP|MEASURE|MANAGE) \d{1,2}$/, framework: 'nist-ai-rmf', kind: 'CATEGORY' },
  { pattern: /^(GOVERN|MAP|MEASURE|MANAGE) \d{1,2}\.\d{1,2}$/, framework: 'nist-ai-rmf', kind: 'SUBCATEGORY' },
  { pattern: /^GAI-\d{2}$/, framework: 'nist-ai-600-1', kind: 'RISK' },
  { pattern: /^EU AI Act Art\. \d{1,3}[a-z]?(\(\d+\))*(\([a-z]\))?$/, framework: 'eu-ai-act', kind: 'ARTICLE' },
];

export interface CodeInfo {
  code: string;
  framework: ItemFramework;
  kind: FrameworkItemKind;
  slug: string;
}

/**
 * Rewrites the short forms other sources use into the canonical code: NIST's
 * `GV-1.1` / `MP-2` / `GV` (crosswalks, AI 600-1 action ids) become `GOVERN 1.1`,
 * `MAP 2`, `GOVERN`; surrounding space is dropped. Anything else is returned as is.
 */
export function canonicalCode(raw: string): string {
  const code = raw.trim();
  const nist = /^(GV|MP|MS|MG)(?:-(\d{1,2}(?:\.\d{1,2})?))?$/.exec(code);
  if (nist) return nist[2] ? `${NIST_ABBREVS[nist[1]]} ${nist[2]}` : NIST_ABBREVS[nist[1]];
  return code;
}

/** What a canonical code names, or null when no known framework uses that form. */
export function parseCode(raw: string): CodeInfo | null {
  const code = canonicalCode(raw);
  const rule = RULES.find((r) => r.pattern.test(code));
  return rule ? { code, framework: rule.framework, kind: rule.kind, slug: slugOfCode(code) } : null;
}

/** A kebab-case slug from a code: `AML.T0051.000` → `aml-t0051-000`, `GOVERN 1.1` → `govern-1-1`. */
export function slugOfCode(code: string): string {
  return code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A key that sorts codes in their publishers' order: numbers compare as numbers
 * (`GOVERN 1.2` before `GOVERN 1.10`) and NIST functions in the Core's order
 * (Govern, Map, Measure, Manage) rather than alphabetically.
 */
export function sortKeyOf(code: string): string {
  const fn = NIST_FUNCTIONS.findIndex((f) => code === f || code.startsWith(`${f} `));
  const base = fn >= 0 ? `NIST${fn}${code.slice(NIST_FUNCTIONS[fn].length)}` : code;
  return base.replace(/\d+/g, (digits) => digits.padStart(6, '0'));
}

/** An example code per kind, for error messages. */
export const CODE_EXAMPLES = 'AML.T0051, AML.T0051.000, AML.TA0002, AML.M0015, AML.CS0009, LLM01:2025, GOVERN 1.1 (or GV-1.1), GAI-02';
