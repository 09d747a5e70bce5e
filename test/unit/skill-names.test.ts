import { normaliseSkillName, SkillNameIndex, slugOfSkillName } from '../../src/domain/skill-names';

describe('the merge rule: normalised skill names', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseSkillName('Python')).toBe('python');
    expect(normaliseSkillName('  PYTHON ')).toBe('python');
    expect(normaliseSkillName('Node.js')).toBe(normaliseSkillName('node js'));
    expect(normaliseSkillName('Scikit-learn')).toBe(normaliseSkillName('scikit learn'));
    expect(normaliseSkillName('Café')).toBe('cafe');
    expect(normaliseSkillName('R&D')).toBe('r and d');
  });

  it('keeps C, C++ and C# apart', () => {
    const forms = ['C', 'C++', 'C#'].map(normaliseSkillName);
    expect(new Set(forms).size).toBe(3);
    expect(normaliseSkillName('C++')).toBe('c plus plus');
  });

  it('does not equate a product spelled out with its short name (that is the alias file)', () => {
    expect(normaliseSkillName('Amazon Web Services AWS software')).not.toBe(normaliseSkillName('AWS'));
  });

  it('makes kebab-case slugs of at most 100 characters, cut at a word', () => {
    expect(slugOfSkillName('C++')).toBe('c-plus-plus');
    expect(slugOfSkillName('Microsoft Excel')).toBe('microsoft-excel');
    const long = slugOfSkillName(
      'Digital Imaging Communications in Medicine DICOM-compatible image acquisition and integration software products',
    );
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('SkillNameIndex', () => {
  const index = new SkillNameIndex([
    { slug: 'python-programming', name: 'Python Programming', aliases: ['Python'], dataset: null },
    { slug: 'kubernetes', name: 'Kubernetes', aliases: ['K8s'], dataset: null },
    { slug: 'metacademy-python', name: 'Python', aliases: [], dataset: 'metacademy' },
    { slug: 'cloud-computing', name: 'Cloud Computing', aliases: ['AWS', 'Azure'], dataset: null },
    { slug: 'b-skill', name: 'Shared', aliases: [], dataset: null },
    { slug: 'a-skill', name: 'Other', aliases: ['shared'], dataset: null },
  ]);

  it('matches a name, then an alias', () => {
    expect(index.match(['Kubernetes'])).toMatchObject({ slug: 'kubernetes', by: 'name', as: 'Kubernetes' });
    expect(index.match(['k8s'])).toMatchObject({ slug: 'kubernetes', by: 'alias', as: 'K8s' });
    expect(index.match(['TensorFlow'])).toBeNull();
  });

  it('prefers a curated skill over an imported one, and a name over an alias', () => {
    // "Python" is a curated alias and an imported name: the curated skill wins.
    expect(index.match(['python'])).toMatchObject({ slug: 'python-programming', by: 'alias' });
    // "Shared" is one curated skill's name and another's alias: the name wins, whatever the slug order.
    expect(index.match(['SHARED'])).toMatchObject({ slug: 'b-skill', by: 'name' });
  });

  it('tries the record’s own name before the names an alias file gives it', () => {
    expect(index.match(['Amazon Web Services AWS software', 'AWS'])).toEqual({
      slug: 'cloud-computing',
      by: 'alias',
      matched: 'AWS',
      as: 'AWS',
    });
    expect(index.match(['Kubernetes', 'AWS'])?.slug).toBe('kubernetes');
  });

  it('knows the slugs other owners use', () => {
    expect(index.hasSlug('kubernetes')).toBe(true);
    expect(index.hasSlug('tensorflow')).toBe(false);
  });
});
