import { check, checkSlug, checkSource, resourceInput, skillInput } from '../../src/domain/write-rules';
import { planImport } from '../../src/writes/import-plan';
import { mergeProps } from '../../src/writes/node-props';

const fieldOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return (err as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('no error');
};

describe('write rules', () => {
  it('accepts kebab-case slugs only, naming the argument', () => {
    expect(checkSlug('model-security-2', 'skill')).toBe('model-security-2');
    for (const bad of ['Model', 'a--b', '-a', 'a-', 'a b', "a' OR 1=1", '', 'é', 'a'.repeat(101)]) {
      expect(fieldOf(() => checkSlug(bad, 'requires'))).toEqual({ code: 'BAD_USER_INPUT', field: 'requires' });
    }
  });

  it('sources are curated, seed-page or an http(s) URL', () => {
    expect(checkSource(undefined)).toBeNull();
    expect(checkSource('curated')).toBe('curated');
    expect(checkSource('https://atlas.mitre.org/')).toBe('https://atlas.mitre.org/');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'somewhere', 'http://'])
      expect(() => checkSource(bad)).toThrow(/curated, seed-page/);
  });

  it('names nested fields like input.aliases[1] and normalises values', () => {
    expect(fieldOf(() => check(skillInput, { slug: 'a', name: 'A', aliases: ['x', 'bad\tone'] }, 'input'))).toMatchObject({
      field: 'input.aliases[1]',
    });
    expect(fieldOf(() => check(skillInput, { slug: 'a', name: 'A', unknown: 1 }, 'input'))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(fieldOf(() => check(resourceInput, { slug: 'r', kind: 'BOOK', title: 'T', year: 1800 }, 'input'))).toMatchObject({
      field: 'input.year',
    });
    expect(fieldOf(() => check(skillInput, { slug: 'a', name: 'lone \ud800 surrogate' }, 'input'))).toMatchObject({ field: 'input.name' });
    expect(check(skillInput, { slug: 'a', name: '  Padded  ', aliases: ['x', 'x', 'y'], description: '   ' }, 'input')).toEqual({
      slug: 'a',
      name: 'Padded',
      aliases: ['x', 'y'],
      description: null,
    });
  });

  it('mergeProps keeps stored fields left out, clears nulls, defaults new nodes, never drops a source', () => {
    const stored = {
      name: 'Old',
      description: 'kept',
      category: 'C',
      level: 'BEGINNER',
      trend: null,
      demandRank: 3,
      aliases: ['a'],
      resourcesUpdatedAt: '2026-06-18',
      source: 'seed-page',
      nameSource: 'https://old.example/',
      descriptionSource: 'curated',
      createdAt: 'x',
    };
    expect(mergeProps('Skill', { slug: 's', name: 'New', category: null, source: null }, stored)).toEqual({
      name: 'New',
      description: 'kept',
      category: null,
      level: 'BEGINNER',
      trend: null,
      demandRank: 3,
      aliases: ['a'],
      // Not an input field: the seed's value stays.
      resourcesUpdatedAt: '2026-06-18',
      source: 'seed-page',
      // A field's own source goes with a changed value and stays with a kept one.
      nameSource: null,
      descriptionSource: 'curated',
      categorySource: null,
      levelSource: null,
      trendSource: null,
      demandRankSource: null,
      aliasesSource: null,
    });
    expect(mergeProps('Resource', { slug: 'r', kind: 'BOOK', title: 'T' }, null)).toMatchObject({
      name: 'T',
      title: 'T',
      authors: [],
      source: 'curated',
    });
  });
});

describe('planImport', () => {
  const edge = (from: [string, string], type: string, to: [string, string]) => ({
    from: { kind: from[0], slug: from[1] },
    type,
    to: { kind: to[0], slug: to[1] },
  });

  it('collects references to nodes outside the import and folds provider edges into one provider per resource', () => {
    const plan = planImport({
      skills: [{ slug: 'a', name: 'A' }],
      resources: [{ slug: 'r', kind: 'BOOK', title: 'R' }],
      edges: [
        edge(['SKILL', 'a'], 'REQUIRES', ['SKILL', 'b']),
        edge(['RESOURCE', 'r'], 'OFFERED_BY', ['PROVIDER', 'p']),
        edge(['SKILL', 'a'], 'COVERS', ['FRAMEWORK', 'f']),
      ],
    });
    expect(plan.items).toBe(5);
    expect(Object.fromEntries([...plan.references.entries()].map(([l, s]) => [l, [...s]]))).toEqual({
      Skill: ['b'],
      Framework: ['f'],
      Provider: ['p'],
    });
    expect(plan.providers).toEqual([{ resource: 'r', provider: 'p', source: null }]);
    expect(plan.links.map((l) => `${l.from}-${l.type}-${l.to}:${l.rows.length}`)).toEqual([
      'Skill-REQUIRES-Skill:1',
      'Skill-COVERS-Framework:1',
    ]);
  });

  it('drops duplicate edges and refuses self-requirement, wrong kinds and too many items', () => {
    const twice = planImport({
      edges: [edge(['SKILL', 'a'], 'REQUIRES', ['SKILL', 'b']), edge(['SKILL', 'a'], 'REQUIRES', ['SKILL', 'b'])],
    });
    expect(twice.links[0].rows).toHaveLength(1);
    expect(() => planImport({ edges: [edge(['SKILL', 'a'], 'REQUIRES', ['SKILL', 'a'])] })).toThrow(/cannot require itself/);
    expect(() => planImport({ edges: [edge(['CONCEPT', 'a'], 'TEACHES', ['SKILL', 'b'])] })).toThrow(/TEACHES joins RESOURCE to SKILL/);
    expect(() => planImport({ skills: Array.from({ length: 10_001 }, (_, i) => ({ slug: `s${i}`, name: 'S' })) })).toThrow(/at most 10000/);
  });
});
