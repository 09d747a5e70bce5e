import { itemDetails } from '../../src/frameworks/item-details';

/** Node properties as the importers store them (src/import/datasets/*.ts), read back as typed details. */
const item = (code: string, framework: string, kind: string, extra: Record<string, unknown> = {}) => ({
  slug: code.toLowerCase(),
  code,
  name: code,
  framework,
  kind,
  dataset: framework,
  ...extra,
});

describe('itemDetails', () => {
  it('types an ATLAS technique: maturity as an enum, the ATT&CK reference, dates; absent facts null or empty', () => {
    expect(
      itemDetails(
        item('AML.T0051', 'mitre-atlas', 'TECHNIQUE', {
          maturity: 'realized',
          attackId: 'T1566',
          attackUrl: 'https://attack.mitre.org/techniques/T1566/',
          createdDate: '2023-10-25',
          modifiedDate: null,
        }),
      ),
    ).toEqual({
      __typename: 'AtlasTechniqueDetails',
      maturity: 'REALIZED',
      attack: { id: 'T1566', url: 'https://attack.mitre.org/techniques/T1566/' },
      references: [],
      createdDate: '2023-10-25',
      modifiedDate: null,
    });
    expect(itemDetails(item('AML.T0051.000', 'mitre-atlas', 'SUBTECHNIQUE'))).toMatchObject({ maturity: null, attack: null });
  });

  it('types a case study and a tactic', () => {
    expect(
      itemDetails(
        item('AML.CS0009', 'mitre-atlas', 'CASE_STUDY', {
          incidentDate: '2016-03-23',
          incidentDateGranularity: 'DATE',
          caseStudyType: 'incident',
          target: 'a chatbot',
          actor: 'users',
          references: ['https://example.org/a'],
        }),
      ),
    ).toEqual({
      __typename: 'AtlasCaseStudyDetails',
      incidentDate: '2016-03-23',
      incidentDateGranularity: 'DATE',
      type: 'INCIDENT',
      target: 'a chatbot',
      actor: 'users',
      reporter: null,
      references: ['https://example.org/a'],
    });
    expect(itemDetails(item('AML.TA0002', 'mitre-atlas', 'TACTIC', { matrixOrder: 1, attackId: 'TA0043' }))).toEqual({
      __typename: 'AtlasTacticDetails',
      matrixOrder: 1,
      attack: { id: 'TA0043', url: null },
      createdDate: null,
      modifiedDate: null,
    });
  });

  it('reads NIST function and category from NIST’s notation', () => {
    const sub = itemDetails(item('MEASURE 2.11', 'nist-ai-rmf', 'SUBCATEGORY', { abbrev: 'MS-2.11', order: 11 }));
    expect(sub).toEqual({ __typename: 'NistAiRmfDetails', function: 'MEASURE', category: 'MEASURE 2', abbreviation: 'MS-2.11', order: 11 });
    expect(itemDetails(item('MAP', 'nist-ai-rmf', 'FUNCTION', { abbrev: 'MP', order: 2 }))).toMatchObject({
      function: 'MAP',
      category: null,
    });
  });

  it('tells an OWASP risk from a NIST AI 600-1 risk by framework', () => {
    expect(itemDetails(item('LLM01:2025', 'owasp-llm-top-10-2025', 'RISK', { rank: 1 }))).toEqual({
      __typename: 'OwaspRiskDetails',
      rank: 1,
    });
    expect(
      itemDetails(
        item('GAI-06', 'nist-ai-600-1', 'RISK', {
          section: '2.6',
          aliases: ['Other'],
          trustworthyCharacteristics: ['fair-bias-managed', 'valid-reliable'],
        }),
      ),
    ).toEqual({
      __typename: 'NistGenAiRiskDetails',
      section: '2.6',
      alsoWrittenAs: ['Other'],
      trustworthyCharacteristics: ['FAIR_BIAS_MANAGED', 'VALID_RELIABLE'],
    });
  });

  it('is null for an item its framework’s data set did not write: a seed placeholder, an article named by a crosswalk', () => {
    expect(itemDetails({ ...item('LLM01:2025', 'owasp-llm-top-10-2025', 'RISK'), dataset: undefined, stub: true })).toBeNull();
    expect(itemDetails(item('EU AI Act Art. 15', 'eu-ai-act', 'ARTICLE', { dataset: 'genai-security-crosswalk' }))).toBeNull();
    // A rank the import did not store is not made up from the code.
    expect(itemDetails(item('LLM02:2025', 'owasp-llm-top-10-2025', 'RISK'))).toBeNull();
  });
});
