import type { Role } from '../../src/domain/related-features';
import { type FeatureRow, FeatureIndex, type RelatedEntry } from '../../src/domain/related-index';
import { mergeList } from '../../src/domain/related-merge';
import { sharedFeatures, type StoredShared } from '../../src/domain/related-names';

/**
 * a requires b, c requires b; occupation O1 (weight 3) uses a and c, O2 (weight 9) uses
 * c and d, O3 (weight 5) uses c and d; company X hires for a and d.
 */
const node = (slug: string, members: Array<[string, Role]>): FeatureRow => ({
  kind: 'skill',
  ref: slug,
  label: slug.toUpperCase(),
  weight: 2,
  members,
});
const ROWS: FeatureRow[] = [
  node('a', [
    ['a', 'self'],
    ['b', 'requiredBy'],
  ]),
  node('b', [
    ['b', 'self'],
    ['a', 'requires'],
    ['c', 'requires'],
  ]),
  node('c', [
    ['c', 'self'],
    ['b', 'requiredBy'],
  ]),
  node('d', [['d', 'self']]),
  {
    kind: 'company',
    ref: 'x',
    label: 'X Corp',
    weight: 1,
    members: [
      ['a', ''],
      ['d', ''],
    ],
  },
  {
    kind: 'occupation',
    ref: '1',
    label: 'Zoologists',
    weight: 3,
    members: [
      ['a', ''],
      ['c', ''],
    ],
  },
  {
    kind: 'occupation',
    ref: '2',
    label: 'Actuaries',
    weight: 9,
    members: [
      ['c', ''],
      ['d', ''],
    ],
  },
  {
    kind: 'occupation',
    ref: '3',
    label: 'Bakers',
    weight: 5,
    members: [
      ['c', ''],
      ['d', ''],
    ],
  },
];
const ALL = ['a', 'b', 'c', 'd'];

describe('FeatureIndex', () => {
  const index = new FeatureIndex(ROWS, ALL, new Map());

  it('sums each skill’s feature weights into its norm', () => {
    expect(ALL.map((s) => index.normOf(s))).toEqual([8, 6, 2 + 2 + 3 + 9 + 5, 2 + 1 + 9 + 5]);
  });

  it('scores by weighted cosine and says what each pair shares, from the list owner’s side', () => {
    expect(index.listOf('a', 20)).toEqual<RelatedEntry[]>([
      { slug: 'b', score: 4 / Math.sqrt(8 * 6), shared: [{ kind: 'PREREQUISITE', weight: 4, count: 1, keys: ['skill:b'] }] },
      {
        slug: 'c',
        score: 5 / Math.sqrt(8 * 21),
        shared: [
          { kind: 'OCCUPATION', weight: 3, count: 1, keys: ['occupation:1'] },
          { kind: 'SHARED_PREREQUISITE', weight: 2, count: 1, keys: ['skill:b'] },
        ],
      },
      { slug: 'd', score: 1 / Math.sqrt(8 * 17), shared: [{ kind: 'COMPANY', weight: 1, count: 1, keys: ['company:x'] }] },
    ]);
    expect(index.listOf('b', 20)[0]).toMatchObject({ slug: 'a', shared: [{ kind: 'DEPENDENT', keys: ['skill:a'] }] });
  });

  it('names occupations most specific first (heaviest weight), then by title', () => {
    const [d] = index.listOf('c', 20).filter((e) => e.slug === 'd');
    expect(d.shared).toEqual([{ kind: 'OCCUPATION', weight: 14, count: 2, keys: ['occupation:2', 'occupation:3'] }]);
    const labels = new Map([
      ['occupation:2', 'Actuaries'],
      ['occupation:3', 'Bakers'],
    ]);
    expect(sharedFeatures(d.shared, labels)).toEqual([{ kind: 'OCCUPATION', weight: 14, count: 2, names: ['Actuaries', 'Bakers'] }]);
  });

  it('gives a pair the same score, to the bit, from either side', () => {
    for (const s of ALL) for (const [t, score] of index.candidatesOf(s)) expect(index.candidatesOf(t).get(s)).toBe(score);
  });

  it('keeps the top k, ties by slug', () => {
    const tied: FeatureRow[] = [
      { kind: 'company', ref: 'y', label: 'Y', weight: 1, members: ['p', 'n', 'm', 'o'].map((s) => [s, ''] as [string, Role]) },
    ];
    const small = new FeatureIndex(tied, ['m', 'n', 'o', 'p'], new Map());
    expect(small.listOf('p', 2).map((e) => e.slug)).toEqual(['m', 'n']);
  });

  it('computes from the features around some skills, with stored norms for the rest, what the full index computes', () => {
    const around = ROWS.filter((r) => r.members.some(([s]) => s === 'c'));
    const norms = new Map(ALL.map((s) => [s, index.normOf(s)]));
    const partial = new FeatureIndex(around, ['c'], norms);
    expect(partial.listOf('c', 20)).toEqual(index.listOf('c', 20));
    expect(partial.isComplete('a')).toBe(false);
    expect(() => partial.listOf('a', 20)).toThrow(/not loaded/);
    // c's entry in a's list, as a's neighbour sees it, from c's side.
    const score = partial.candidatesOf('c').get('a')!;
    expect(partial.entryFor('c', 'a', score)).toEqual(index.listOf('a', 20).find((e) => e.slug === 'c'));
  });

  it('leaves out features of weight 0 (an occupation using every technology says nothing)', () => {
    const rows: FeatureRow[] = [
      {
        kind: 'occupation',
        ref: 'all',
        label: 'All',
        weight: 0,
        members: [
          ['a', ''],
          ['b', ''],
        ],
      },
    ];
    expect(new FeatureIndex(rows, ['a', 'b'], new Map()).listOf('a', 20)).toEqual([]);
  });
});

describe('sharedFeatures', () => {
  const companies: StoredShared = {
    kind: 'COMPANY',
    weight: 5,
    count: 5,
    keys: ['company:a', 'company:b', 'company:c', 'company:d', 'company:e'],
  };

  it('picks the names by their current labels, alphabetically, each label once, as a computation would', () => {
    const labels = new Map([
      ['company:a', 'Zeta'],
      ['company:b', 'Acme'],
      ['company:c', 'acme'],
      ['company:d', 'Mono'],
      ['company:e', 'Beta'],
    ]);
    expect(sharedFeatures([companies], labels)).toEqual([{ kind: 'COMPANY', weight: 5, count: 5, names: ['acme', 'Beta', 'Mono'] }]);
    // A rename changes what is picked without any stored list changing.
    labels.set('company:a', 'Aardvark');
    expect(sharedFeatures([companies], labels)[0].names).toEqual(['Aardvark', 'acme', 'Beta']);
  });

  it('skips a via gone since the list was written, and passes lists stored with names through', () => {
    expect(sharedFeatures([{ ...companies, keys: ['company:gone', 'company:b'] }], new Map([['company:b', 'Acme']]))[0].names).toEqual([
      'Acme',
    ]);
    const legacy = { kind: 'COMPANY' as const, weight: 1, count: 1, names: ['Old Corp'] };
    expect(sharedFeatures([legacy], new Map())).toEqual([legacy]);
  });
});

describe('mergeList', () => {
  const e = (slug: string, score: number): RelatedEntry => ({ slug, score, shared: [] });
  const stored = [e('a', 0.9), e('b', 0.8), e('c', 0.7)];

  it('moves a changed skill to its new place', () => {
    expect(mergeList(stored, new Set(['b']), [e('b', 0.95)], 3)).toEqual([e('b', 0.95), e('a', 0.9), e('c', 0.7)]);
    expect(mergeList(stored, new Set(['a']), [e('a', 0.75)], 3)).toEqual([e('b', 0.8), e('a', 0.75), e('c', 0.7)]);
  });

  it('lets a newcomer push the last one out', () => {
    expect(mergeList(stored, new Set(['x']), [e('x', 0.85)], 3)).toEqual([e('a', 0.9), e('x', 0.85), e('b', 0.8)]);
  });

  it('cannot tell what replaces an entry that fell below a full list’s end', () => {
    expect(mergeList(stored, new Set(['a']), [e('a', 0.5)], 3)).toBeNull();
    expect(mergeList(stored, new Set(['a']), [], 3)).toBeNull();
  });

  it('needs no more when the stored list held every candidate', () => {
    expect(mergeList(stored, new Set(['a']), [], 4)).toEqual([e('b', 0.8), e('c', 0.7)]);
  });

  it('breaks ties by slug', () => {
    expect(mergeList(stored, new Set(['x']), [e('x', 0.7)], 3)).toEqual(stored);
    expect(mergeList(stored, new Set(['0']), [e('0', 0.7)], 3)).toEqual([e('a', 0.9), e('b', 0.8), e('0', 0.7)]);
  });
});
