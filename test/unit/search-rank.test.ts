import { exactKeys } from '../../src/domain/search-identifiers';
import { highlightHit, markWords, rankCandidates, wordMatch, withinOneEdit, type SearchCandidate } from '../../src/domain/search-rank';

const candidate = (label: string, key: string, name: string, extra: Partial<SearchCandidate> = {}): SearchCandidate => ({
  id: `${label}:${key}`,
  label,
  key,
  score: 1,
  how: new Set(),
  name,
  code: null,
  aliases: [],
  extra: [],
  ...extra,
});
const order = (text: string, candidates: SearchCandidate[]) => rankCandidates(text, candidates).map((c) => c.key);

describe('exact identifiers in the spellings people type', () => {
  it.each([
    ['AML.T0051', ['AML.T0051']],
    ['aml.t0051', ['AML.T0051']],
    ['T0051.001', ['AML.T0051.001']],
    ['LLM01', ['LLM01:2025']],
    ['llm1', ['LLM01:2025']],
    ['LLM01:2025', ['LLM01:2025']],
    ['GV-1.1', ['GOVERN 1.1']],
    ['gv 1.1', ['GOVERN 1.1']],
    ['GOVERN 1.1', ['GOVERN 1.1']],
    ['Measure 2.7', ['MEASURE 2.7']],
    ['GAI-09', ['GAI-09']],
    ['gai 9', ['GAI-09']],
    ['Article 15', ['EU AI Act Art. 15']],
    ['art. 5(1)(a)', ['EU AI Act Art. 5(1)(a)']],
    ['red team', []],
  ])('%s → %j', (text, codes) => {
    expect(exactKeys(text).codes).toEqual(codes);
  });

  it('occupation codes, code beginnings and slugs', () => {
    expect(exactKeys('15-2051.00')).toMatchObject({ occupationCode: '15-2051.00', slug: '15-2051-00' });
    expect(exactKeys('15-2051').occupationCode).toBe('15-2051');
    expect(exactKeys('AML.T005').codePrefix).toBe('AML.T005');
    expect(exactKeys('red team')).toMatchObject({ codePrefix: null, occupationCode: null, slug: 'red-team' });
    expect(exactKeys('Café Crème').slug).toBe('cafe-creme');
  });
});

describe('word matching', () => {
  it('as typed, stemmed, by prefix, with one typo on long words, in that order', () => {
    expect(wordMatch('team', 'team')).toBe(3);
    expect(wordMatch('teaming', 'team')).toBe(2.5);
    expect(wordMatch('kuberne', 'kubernetes')).toBe(2);
    expect(wordMatch('kubernets', 'kubernetes')).toBe(2.5); // the same stem, kubernet
    expect(wordMatch('kubernetis', 'kubernetes')).toBe(1);
    expect(wordMatch('rag', 'rat')).toBe(0);
    expect(withinOneEdit('pytorh', 'pytorch')).toBe(true);
    expect(withinOneEdit('pytorch', 'pytroch')).toBe(false);
  });
});

describe('ranking', () => {
  it('an exact code first, then its children in publisher order, then look-alikes', () => {
    const parent = candidate('FrameworkItem', 'AML.T0051', 'LLM Prompt Injection', { code: 'AML.T0051', how: new Set(['code']), score: 0 });
    const child = (n: string) =>
      candidate('FrameworkItem', `AML.T0051.${n}`, 'x', { code: `AML.T0051.${n}`, how: new Set(['child']), score: 0 });
    const lookalike = candidate('FrameworkItem', 'AML.T0061', 'LLM Prompt Self-Replication', { code: 'AML.T0061', score: 9 });
    expect(order('aml.t0051', [lookalike, child('002'), child('000'), parent, child('001')])).toEqual([
      'AML.T0051',
      'AML.T0051.000',
      'AML.T0051.001',
      'AML.T0051.002',
      'AML.T0061',
    ]);
  });

  it('an exact name or alias beats a better full-text score; a typo never beats an exact match', () => {
    const company = candidate('Company', 'anthropic', 'Anthropic', { score: 1 });
    const caseStudy = candidate('FrameworkItem', 'AML.CS0056', 'Campaigns Targeting Anthropic Claude', { score: 8 });
    expect(order('anthropic', [caseStudy, company])).toEqual(['anthropic', 'AML.CS0056']);
    const exact = candidate('Skill', 'pytorch', 'PyTorch', { score: 1 });
    const typo = candidate('Skill', 'pytorh', 'Pytorh', { score: 9 });
    expect(order('pytorch', [typo, exact])).toEqual(['pytorch', 'pytorh']);
  });

  it('every word in the name, in any order and stemmed, beats a match in the description', () => {
    const skill = candidate('Skill', 'ai-red-teaming', 'AI Red Teaming');
    const company = candidate('Company', 'microsoft', 'Microsoft', { score: 9 });
    const concept = candidate('Concept', 'red-teaming', 'Red teaming', { aliases: ['red team'], score: 9 });
    expect(order('team red', [company, concept, skill])).toEqual(['ai-red-teaming', 'red-teaming', 'microsoft']);
  });

  it('between equally good matches: the name the text covers most, then the skill', () => {
    const docs = candidate('Resource', 'kubernetes-documentation', 'Kubernetes Documentation', { score: 5 });
    const skill = candidate('Skill', 'kubernetes', 'Kubernetes', { score: 1 });
    expect(order('kuberne', [docs, skill])).toEqual(['kubernetes', 'kubernetes-documentation']);
    const provider = candidate('Provider', 'docker', 'Docker', { score: 5, how: new Set(['slug']) });
    const dockerSkill = candidate('Skill', 'docker-and-containers', 'Docker and Containers', { aliases: ['Docker'] });
    expect(order('docker', [provider, dockerSkill])).toEqual(['docker-and-containers', 'docker']);
  });

  it('authors and the framework count, below names', () => {
    const book = candidate('Resource', 'book', 'Adversarial AI Attacks', { extra: ['John Sotiropoulos'] });
    const other = candidate('Resource', 'other', 'Something else', { score: 9 });
    expect(order('sotiropoulos', [other, book])).toEqual(['book', 'other']);
    const govern = candidate('FrameworkItem', 'GOVERN', 'Govern', { code: 'GOVERN', extra: ['nist-ai-rmf'] });
    const mention = candidate('Skill', 'x', 'Governance', { score: 9 });
    expect(order('nist govern', [mention, govern])[0]).toBe('GOVERN');
  });

  it('the score follows the order', () => {
    const ranked = rankCandidates('red team', [
      candidate('Skill', 'a', 'AI Red Teaming'),
      candidate('Company', 'b', 'Red Hat', { score: 9 }),
      candidate('Resource', 'c', 'Team Red Guide', { score: 2 }),
    ]);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].rankScore).toBeGreaterThanOrEqual(ranked[i].rankScore);
  });
});

describe('highlights', () => {
  it('marks the matched words of the best field, HTML-escaped', () => {
    expect(
      highlightHit('sotiropoulos', { name: 'Adversarial AI', authors: ['John Sotiropoulos', 'A. N. Other'] }, { field: 'name', value: '' }),
    ).toEqual({
      matchedField: 'authors',
      highlight: 'John <mark>Sotiropoulos</mark>',
    });
    expect(markWords(['red', 'team'], 'AI <Red> Teaming & more')).toBe('AI &lt;<mark>Red</mark>&gt; <mark>Teaming</mark> &amp; more');
  });

  it('cuts a long description around the first match', () => {
    const long = `${'lorem ipsum '.repeat(30)}then data poisoning appears ${'dolor sit '.repeat(30)}`;
    const snippet = markWords(['poisoning'], long);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>poisoning</mark>');
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(162);
  });
});
