import { describeShared } from '../../src/domain/related-reasons';
import type { SharedFeature } from '../../src/repositories/skill.repository';

const feature = (kind: SharedFeature['kind'], vias: string[], weight = vias.length): SharedFeature => ({ kind, vias, weight });

describe('describeShared', () => {
  it.each<[SharedFeature, string]>([
    [feature('prerequisite', ['Python']), 'a direct prerequisite'],
    [feature('dependent', ['Model Security']), 'builds directly on it'],
    [feature('sharedPrerequisite', ['Linear algebra', 'Calculus']), 'both require Calculus, Linear algebra'],
    [feature('sharedDependent', ['AI Red Teaming']), 'both lead to AI Red Teaming'],
    [feature('linkedThrough', ['Machine Learning']), 'linked through Machine Learning'],
    [feature('company', ['OpenAI']), '1 hiring company in common: OpenAI'],
    [feature('company', ['Stripe', 'Anthropic']), '2 hiring companies in common: Anthropic, Stripe'],
    [feature('covers', ['Prompt Injection']), 'both cover Prompt Injection'],
    [feature('resource', ['Deep Learning']), 'taught by the same resource: Deep Learning'],
    [feature('resource', ['B', 'A']), 'taught by the same resources: A, B'],
  ])('says what %j shares', (shared, text) => {
    expect(describeShared([shared])).toEqual([text]);
  });

  it('names at most three (two resources) alphabetically, then how many more', () => {
    const companies = ['Mistral AI', 'Datadog', 'OpenAI', 'Anthropic', 'Google'];
    expect(describeShared([feature('company', companies)])).toEqual([
      '5 hiring companies in common: Anthropic, Datadog, Google and 2 more',
    ]);
    expect(describeShared([feature('resource', ['C', 'A', 'B'])])).toEqual(['taught by the same resources: A, B and 1 more']);
  });

  it('puts the heaviest first, by the weight the score gave each kind; ties by kind', () => {
    const shared = [
      feature('company', ['OpenAI'], 1),
      feature('resource', ['A', 'B', 'C'], 6),
      feature('prerequisite', ['Python'], 4),
      feature('covers', ['X', 'Y', 'Z'], 4.5),
      feature('sharedPrerequisite', ['Calculus'], 2),
      feature('linkedThrough', ['ML'], 2),
    ];
    expect(describeShared(shared)).toEqual([
      'taught by the same resources: A, B and 1 more',
      'both cover X, Y, Z',
      'a direct prerequisite',
      'linked through ML',
      'both require Calculus',
      '1 hiring company in common: OpenAI',
    ]);
  });

  it('leaves its input as it was', () => {
    const shared = [feature('company', ['B', 'A'], 2), feature('resource', ['R'], 2)];
    const before = structuredClone(shared);
    describeShared(shared);
    expect(shared).toEqual(before);
  });
});
