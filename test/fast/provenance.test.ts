import { cypherOf, execute } from './support/execute';
import { companyNode, itemNode, perKey, skillNode } from './support/rows';

const ledger = {
  'dataset/all': [
    {
      node: {
        slug: 'mitre-atlas',
        name: 'MITRE ATLAS',
        version: '5.6.0',
        source: 'https://github.com/mitre-atlas/atlas-data/blob/main/dist/ATLAS.yaml',
        licence: 'Apache-2.0, © MITRE',
        credit: 'MITRE ATLAS™ data, © MITRE',
      },
    },
    {
      node: { slug: 'onet', name: 'O*NET 29.2', version: '29.2', released: '2025-02', source: 'https://www.onetcenter.org/database.html' },
    },
  ],
};

describe('Query.sources', () => {
  const QUERY = `{ sources { id kind title publisher url licence version date dateLabel revision credit } }`;

  it('the registry and the ledger in one statement, by id', async () => {
    const r = await execute(QUERY, {}, ledger);
    expect(r.names).toEqual(['dataset/all']);
    expect(r.params('dataset/all')).toEqual({});
    const sources = r.data.sources as Array<Record<string, unknown>>;
    expect(sources.map((s) => s.id)).toEqual(['curated', 'internal', 'mitre-atlas', 'onet', 'seed-page']);
    expect(sources.find((s) => s.id === 'seed-page')).toEqual({
      id: 'seed-page',
      kind: 'PAGE',
      title: 'Model Security',
      publisher: 'gentic.news',
      url: null,
      licence: null,
      version: null,
      date: '2026-06-18',
      dateLabel: 'Learning resources last updated',
      revision: null,
      credit: null,
    });
    // The ledger's facts, the registry's publisher and dates; the ledger's release date where the registry has none.
    expect(sources.find((s) => s.id === 'mitre-atlas')).toMatchObject({
      kind: 'DATASET',
      title: 'MITRE ATLAS',
      publisher: 'MITRE',
      version: '5.6.0',
      date: '2026-04-30',
      licence: 'Apache-2.0, © MITRE',
      credit: 'MITRE ATLAS™ data, © MITRE',
    });
    expect(sources.find((s) => s.id === 'onet')).toMatchObject({ date: '2025-02', dateLabel: 'Released' });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, {}, ledger)).sent)).toMatchSnapshot();
  });
});

describe('Query.source', () => {
  const QUERY = `query ($id: String!) { source(id: $id) { id kind title url publisher } }`;

  it('a registry key needs no statement', async () => {
    const r = await execute(QUERY, { id: 'curated' }, ledger);
    expect(r.names).toEqual([]);
    expect(r.data.source).toMatchObject({ id: 'curated', kind: 'CURATED', url: null });
  });

  it('a URL resolves to itself, with the data set it is the address of', async () => {
    const url = 'https://github.com/mitre-atlas/atlas-data/blob/main/dist/ATLAS.yaml';
    const r = await execute(QUERY, { id: url }, ledger);
    expect(r.names).toEqual(['dataset/all']);
    expect(r.data.source).toEqual({ id: url, kind: 'URL', title: 'MITRE ATLAS', url, publisher: 'MITRE' });
    const other = await execute(QUERY, { id: 'https://example.org/page' }, ledger);
    expect(other.data.source).toEqual({
      id: 'https://example.org/page',
      kind: 'URL',
      title: null,
      url: 'https://example.org/page',
      publisher: null,
    });
  });

  it('an unknown key is null; an empty or overlong one is BAD_USER_INPUT', async () => {
    expect((await execute(QUERY, { id: 'no-such-source' }, ledger)).data.source).toBeNull();
    for (const id of ['', 'x'.repeat(2049)]) {
      const r = await execute(QUERY, { id }, ledger);
      expect(r.result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(r.names).toEqual([]);
    }
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { id: 'mitre-atlas' }, ledger)).sent)).toMatchSnapshot();
  });
});

describe('relationship connections', () => {
  const QUERY = `query ($first: Int) { skills(first: $first) { nodes {
    prerequisitesConnection { totalCount edges { node { slug } source sources position reason shortcut sourceDetails { id kind } } }
    requiredByConnection { totalCount }
    coversConnection { edges { node { code } note sources } }
    hiringCompaniesConnection { edges { node { slug skillsConnection { totalCount edges { position } } } position } }
  } } }`;
  const answers = (n: number) => ({
    'skill/page': Array.from({ length: n + 1 }, (_, i) => ({ node: skillNode(`s${i}`) })),
    'provenance/skill-prerequisites': perKey((slug) => [
      {
        node: skillNode(`${slug}-p`),
        source: 'seed-page',
        sources: ['seed-page', 'curated', 'seed-page'],
        position: 1,
        reason: 'why',
        shortcut: null,
      },
    ]),
    'provenance/skill-covers': perKey((slug) => [
      { node: itemNode('LLM04:2025', 'owasp-llm-top-10-2025', 'RISK'), note: `n ${slug}`, source: 'curated', sources: ['curated'] },
    ]),
    'provenance/skill-hiring-companies': perKey((slug) => [
      { node: companyNode(`${slug}-c`), source: 'seed-page', sources: ['seed-page'], position: 2 },
    ]),
    'provenance/company-skills': perKey(() => [{ node: skillNode('x'), source: 'curated', sources: ['curated'], position: null }]),
    ...ledger,
  });

  it('one statement per list for a page of skills, and sources resolved in one batch', async () => {
    const r = await execute(QUERY, { first: 2 }, answers(2));
    expect(r.names).toEqual([
      'skill/page',
      'provenance/skill-prerequisites',
      'provenance/skill-required-by',
      'provenance/skill-covers',
      'provenance/skill-hiring-companies',
      'provenance/company-skills',
    ]);
    expect(r.params('provenance/skill-prerequisites')).toEqual({ slugs: ['s0', 's1'] });
    const first = (r.data.skills as { nodes: Array<Record<string, unknown>> }).nodes[0];
    expect(first.prerequisitesConnection).toEqual({
      totalCount: 1,
      edges: [
        {
          node: { slug: 's0-p' },
          source: 'seed-page',
          sources: ['seed-page', 'curated'],
          position: 1,
          reason: 'why',
          shortcut: null,
          sourceDetails: [
            { id: 'seed-page', kind: 'PAGE' },
            { id: 'curated', kind: 'CURATED' },
          ],
        },
      ],
    });
    expect(first.requiredByConnection).toEqual({ totalCount: 0 });
    expect(first.coversConnection).toEqual({ edges: [{ node: { code: 'LLM04:2025' }, note: 'n s0', sources: ['curated'] }] });
  });

  it('no N+1: 5 skills cost the statements of 2', async () => {
    expect((await execute(QUERY, { first: 5 }, answers(5))).names).toEqual((await execute(QUERY, { first: 2 }, answers(2))).names);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { first: 1 }, answers(1))).sent)).toMatchSnapshot();
  });
});

describe('framework item connections', () => {
  const QUERY = `query ($code: String!) { frameworkItem(code: $code) {
    mitigationsConnection { totalCount edges { node { code } how source sources via { technique { code } how } } }
    mappingsConnection(to: "mitre-atlas") { edges { node { code } source sources confidence origin statements { source confidence dataset sections } } }
  } }`;
  const official =
    'https://github.com/OWASP/www-project-top-10-for-large-language-model-applications/blob/main/2_0_vulns/LLM01_PromptInjection.md';
  const community = 'https://github.com/emmanuelgjr/GenAI-Security-Crosswalk';
  const atlas = 'https://github.com/mitre-atlas/atlas-data/blob/main/dist/ATLAS.yaml';
  const answers = {
    'framework-item/by-codes': perKey((code) => [itemNode(code, 'owasp-llm-top-10-2025', 'RISK')], 'codes'),
    'framework/by-slugs': perKey((slug) => [{ slug, name: slug }]),
    'provenance/item-mitigations': perKey(() => [
      {
        node: itemNode('AML.M0020', 'mitre-atlas', 'MITIGATION'),
        uses: [{ technique: itemNode('AML.T0051.000'), how: 'Guardrails ...', source: atlas, sources: [atlas, official] }],
      },
    ]),
    'provenance/item-mappings': perKey(() => [
      {
        node: itemNode('AML.T0051.000'),
        statements: [
          {
            source: official,
            sources: [official],
            confidence: 1,
            origin: 'official',
            dataset: 'owasp-llm-atlas-references',
            sections: ['x'],
          },
          { source: community, sources: [community], confidence: 0.6, origin: 'community', dataset: 'genai-security-crosswalk' },
        ],
      },
    ]),
  };

  it('a risk: mitigations through its techniques, mappings with every statement', async () => {
    const r = await execute(QUERY, { code: 'LLM01:2025' }, answers);
    expect(r.names).toEqual(['framework-item/by-codes', 'provenance/item-mitigations', 'framework/by-slugs', 'provenance/item-mappings']);
    expect(r.params('provenance/item-mappings')).toEqual({ slugs: ['llm01-2025'], to: 'mitre-atlas' });
    expect(r.data.frameworkItem).toEqual({
      mitigationsConnection: {
        totalCount: 1,
        edges: [
          {
            node: { code: 'AML.M0020' },
            how: null,
            source: atlas,
            sources: [atlas, official],
            via: [{ technique: { code: 'AML.T0051.000' }, how: 'Guardrails ...' }],
          },
        ],
      },
      mappingsConnection: {
        edges: [
          {
            node: { code: 'AML.T0051.000' },
            source: official,
            sources: [official, community],
            confidence: 1,
            origin: 'official',
            statements: [
              { source: official, confidence: 1, dataset: 'owasp-llm-atlas-references', sections: ['x'] },
              { source: community, confidence: 0.6, dataset: 'genai-security-crosswalk', sections: [] },
            ],
          },
        ],
      },
    });
  });

  it('an unknown framework in `to` is BAD_USER_INPUT', async () => {
    const r = await execute(
      `{ frameworkItem(code: "LLM01:2025") { mappingsConnection(to: "nope") { totalCount } } }`,
      {},
      {
        ...answers,
        'framework/by-slugs': [],
      },
    );
    expect(r.result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { code: 'LLM01:2025' }, answers)).sent)).toMatchSnapshot();
  });
});
