import { execute } from './support/execute';
import { itemNode, perKey } from './support/rows';

/** FrameworkItem.details through the real schema: typed from the item's own row, no statement of its own. */
describe('FrameworkItem.details', () => {
  const QUERY = `query ($code: String!) { frameworkItem(code: $code) { code details {
    __typename
    ... on AtlasCaseStudyDetails { incidentDate incidentDateGranularity type actor reporter references }
    ... on NistAiRmfDetails { function category abbreviation }
  } } }`;
  const answer = (extra: Record<string, unknown>) => ({
    'framework-item/by-codes': perKey(
      (code) => [{ ...itemNode(code, extra.framework as string, extra.kind as string), ...extra }],
      'codes',
    ),
  });

  it('an ATLAS case study: enums, a Date and URLs, from the one statement that reads the item', async () => {
    const r = await execute(
      QUERY,
      { code: 'AML.CS0009' },
      answer({
        framework: 'mitre-atlas',
        kind: 'CASE_STUDY',
        dataset: 'mitre-atlas',
        incidentDate: '2016-03-23',
        incidentDateGranularity: 'DATE',
        caseStudyType: 'incident',
        actor: '4chan Users',
        references: ['https://example.org/tay'],
      }),
    );
    expect(r.names).toEqual(['framework-item/by-codes']);
    expect(r.data).toEqual({
      frameworkItem: {
        code: 'AML.CS0009',
        details: {
          __typename: 'AtlasCaseStudyDetails',
          incidentDate: '2016-03-23',
          incidentDateGranularity: 'DATE',
          type: 'INCIDENT',
          actor: '4chan Users',
          reporter: null,
          references: ['https://example.org/tay'],
        },
      },
    });
  });

  it('a NIST AI RMF subcategory; an item no data set wrote has none', async () => {
    const nist = await execute(
      QUERY,
      { code: 'GV-1.1' },
      answer({ framework: 'nist-ai-rmf', kind: 'SUBCATEGORY', dataset: 'nist-ai-rmf', abbrev: 'GV-1.1' }),
    );
    expect(nist.data).toEqual({
      frameworkItem: {
        code: 'GOVERN 1.1',
        details: { __typename: 'NistAiRmfDetails', function: 'GOVERN', category: 'GOVERN 1', abbreviation: 'GV-1.1' },
      },
    });
    const stub = await execute(QUERY, { code: 'GOVERN 1.1' }, answer({ framework: 'nist-ai-rmf', kind: 'SUBCATEGORY', stub: true }));
    expect(stub.data).toEqual({ frameworkItem: { code: 'GOVERN 1.1', details: null } });
  });
});
