import { canonicalCode, parseCode, slugOfCode, sortKeyOf } from '../../src/frameworks/item-codes';

describe('framework item codes', () => {
  it.each([
    ['AML.TA0002', 'mitre-atlas', 'TACTIC'],
    ['AML.T0051', 'mitre-atlas', 'TECHNIQUE'],
    ['AML.T0051.000', 'mitre-atlas', 'SUBTECHNIQUE'],
    ['AML.M0015', 'mitre-atlas', 'MITIGATION'],
    ['AML.CS0009', 'mitre-atlas', 'CASE_STUDY'],
    ['LLM01:2025', 'owasp-llm-top-10-2025', 'RISK'],
    ['GOVERN', 'nist-ai-rmf', 'FUNCTION'],
    ['MAP 2', 'nist-ai-rmf', 'CATEGORY'],
    ['MEASURE 2.10', 'nist-ai-rmf', 'SUBCATEGORY'],
    ['GAI-09', 'nist-ai-600-1', 'RISK'],
    ['EU AI Act Art. 55(1)(b)', 'eu-ai-act', 'ARTICLE'],
  ])('%s is a %s %s', (code, framework, kind) => {
    expect(parseCode(code)).toEqual({ code, framework, kind, slug: slugOfCode(code) });
    expect(slugOfCode(code)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('reads NIST short forms as the Core codes', () => {
    expect(canonicalCode('GV-1.1')).toBe('GOVERN 1.1');
    expect(canonicalCode(' MS-2.7 ')).toBe('MEASURE 2.7');
    expect(canonicalCode('MG')).toBe('MANAGE');
    expect(parseCode('MP-5')?.code).toBe('MAP 5');
  });

  it('knows nothing else', () => {
    for (const code of ['', 'AML.T51', 'LLM1:2025', 'LLM01:2023', 'GOVERN 1.1.1', 'T1059', 'aml.t0051']) expect(parseCode(code)).toBeNull();
  });

  it('sorts in the publishers’ order: numbers as numbers, NIST functions Govern, Map, Measure, Manage', () => {
    const codes = ['MANAGE', 'MEASURE 1.1', 'MAP 1', 'GOVERN 1.10', 'GOVERN 1.2', 'GOVERN'];
    expect([...codes].sort((a, b) => sortKeyOf(a).localeCompare(sortKeyOf(b)))).toEqual([
      'GOVERN',
      'GOVERN 1.2',
      'GOVERN 1.10',
      'MAP 1',
      'MEASURE 1.1',
      'MANAGE',
    ]);
    expect(sortKeyOf('AML.T0051') < sortKeyOf('AML.T0051.000')).toBe(true);
  });
});
