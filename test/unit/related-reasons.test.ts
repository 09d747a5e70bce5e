import { itemLabel } from '../../src/domain/related-features';
import type { SharedFeature } from '../../src/records';
import { describeShared, MAX_REASON } from '../../src/domain/related-reasons';

const feature = (kind: SharedFeature['kind'], names: string[], count = names.length, weight = count): SharedFeature => ({
  kind,
  names,
  count,
  weight,
});

describe('describeShared', () => {
  it.each<[SharedFeature, string]>([
    [feature('PREREQUISITE', ['Python']), 'a direct prerequisite'],
    [feature('DEPENDENT', ['Model Security']), 'builds directly on it'],
    [feature('SHARED_PREREQUISITE', ['Calculus', 'Linear algebra']), 'both require Calculus, Linear algebra'],
    [feature('SHARED_DEPENDENT', ['AI Red Teaming']), 'both lead to AI Red Teaming'],
    [feature('LINKED_THROUGH', ['Machine Learning']), 'linked through Machine Learning'],
    [feature('COMPANY', ['OpenAI']), '1 hiring company in common: OpenAI'],
    [feature('COMPANY', ['Anthropic', 'Stripe']), '2 hiring companies in common: Anthropic, Stripe'],
    [feature('COVERS', ['LLM01:2025 Prompt Injection']), 'both cover LLM01:2025 Prompt Injection'],
    [feature('RESOURCE', ['Deep Learning']), 'taught by the same resource: Deep Learning'],
    [feature('RESOURCE', ['A', 'B']), 'taught by the same resources: A, B'],
    [feature('OCCUPATION', ['Data Scientists']), 'both used by Data Scientists'],
  ])('says what %j shares', (shared, text) => {
    expect(describeShared([shared])).toEqual([text]);
  });

  it('names occupations in the order given (most specific first), two of them, then how many more occupations', () => {
    const occupations = feature('OCCUPATION', ['Data Scientists', 'Software Developers', 'Actuaries'], 16);
    expect(describeShared([occupations])).toEqual(['both used by Data Scientists, Software Developers and 14 more occupations']);
    expect(describeShared([feature('OCCUPATION', ['Data Scientists', 'Actuaries'], 3)])).toEqual([
      'both used by Data Scientists, Actuaries and 1 more occupation',
    ]);
  });

  it('names at most three (two resources), then how many more', () => {
    expect(describeShared([feature('COMPANY', ['Anthropic', 'Datadog', 'Google'], 5)])).toEqual([
      '5 hiring companies in common: Anthropic, Datadog, Google and 2 more',
    ]);
    expect(describeShared([feature('RESOURCE', ['A', 'B', 'C'])])).toEqual(['taught by the same resources: A, B and 1 more']);
  });

  it('never repeats a label within a reason', () => {
    expect(describeShared([feature('COVERS', ['Prompt injection', 'Prompt Injection', 'Jailbreaking'], 3)])).toEqual([
      'both cover Prompt injection, Jailbreaking and 1 more',
    ]);
  });

  it('keeps every reason within MAX_REASON characters: fewer names, then cut at a word', () => {
    const long = (n: number) => `${'Extraordinarily Long Occupation Title Number'.slice(0, 40)} ${n}`;
    const [many] = describeShared([feature('COVERS', [long(1), long(2), long(3)], 9)]);
    expect(many.length).toBeLessThanOrEqual(MAX_REASON);
    expect(many).toBe(`both cover ${long(1)}, ${long(2)} and 7 more`);
    const [one] = describeShared([feature('OCCUPATION', ['word '.repeat(40).trim()], 1)]);
    expect(one.length).toBeLessThanOrEqual(MAX_REASON);
    expect(one).toMatch(/^both used by (word )+word…$/);
  });

  it('puts the heaviest first, by the weight the score gave each kind; ties by kind', () => {
    const shared = [
      feature('COMPANY', ['OpenAI'], 1, 1),
      feature('RESOURCE', ['A', 'B', 'C'], 3, 6),
      feature('PREREQUISITE', ['Python'], 1, 4),
      feature('COVERS', ['X', 'Y', 'Z'], 3, 4.5),
      feature('SHARED_PREREQUISITE', ['Calculus'], 1, 2),
      feature('LINKED_THROUGH', ['ML'], 1, 2),
      feature('OCCUPATION', ['Data Scientists'], 1, 7.5),
    ];
    expect(describeShared(shared)).toEqual([
      'both used by Data Scientists',
      'taught by the same resources: A, B and 1 more',
      'both cover X, Y, Z',
      'a direct prerequisite',
      'linked through ML',
      'both require Calculus',
      '1 hiring company in common: OpenAI',
    ]);
  });

  it('leaves its input as it was', () => {
    const shared = [feature('COMPANY', ['B', 'A'], 2), feature('RESOURCE', ['R'], 2)];
    const before = structuredClone(shared);
    describeShared(shared);
    expect(shared).toEqual(before);
  });
});

describe('itemLabel', () => {
  it('names a framework item by code and short name', () => {
    expect(itemLabel('LLM01:2025', 'Prompt Injection')).toBe('LLM01:2025 Prompt Injection');
    expect(itemLabel('GOVERN', 'Govern')).toBe('GOVERN');
  });

  it('cuts long NIST texts at a word boundary', () => {
    const label = itemLabel('GOVERN 1.1', 'Legal and regulatory requirements involving AI are understood, managed, and documented.');
    expect(label).toBe('GOVERN 1.1 Legal and regulatory requirements involving AI…');
    expect(label.length).toBeLessThanOrEqual(60);
  });
});
