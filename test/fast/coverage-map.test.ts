import { cypherOf, execute } from './support/execute';
import { frameworkNode, itemNode, perKey, resourceNode, skillNode } from './support/rows';

const OWASP = 'owasp-llm-top-10-2025';
const items = [itemNode('LLM01:2025', OWASP, 'RISK'), itemNode('LLM02:2025', OWASP, 'RISK'), itemNode('LLM03:2025', OWASP, 'RISK')];

/** LLM01: a curated skill and a stated resource; LLM02: a resource through a skill only; LLM03: nothing. */
const answers = {
  'framework/by-slugs': perKey((slug) => (slug === OWASP ? [frameworkNode(slug)] : [])),
  'coverage/framework-items': perKey(() => items),
  'coverage/item-skills': perKey((slug) =>
    slug === 'llm01-2025'
      ? [{ skill: skillNode('model-security'), kind: 'CURATED', sources: ['curated'], note: 'why', inheritedFrom: null }]
      : [],
  ),
  'coverage/item-resources': perKey((slug) => {
    if (slug === 'llm01-2025') {
      return [
        {
          resource: resourceNode('course'),
          kind: 'STATED',
          sources: ['seed-page'],
          note: 'the page',
          skills: [],
          on: 'LLM01:2025',
          inheritedFrom: null,
        },
      ];
    }
    if (slug === 'llm02-2025') {
      return [
        {
          resource: resourceNode('book'),
          kind: 'THROUGH_SKILL',
          sources: ['seed-page', 'curated', 'curated'],
          note: null,
          skills: [skillNode('llm-security')],
          on: 'LLM02:2025',
          inheritedFrom: null,
        },
      ];
    }
    return [];
  }),
};

describe('Query.coverage', () => {
  const QUERY = `query ($framework: String!) { coverage(framework: $framework) {
    framework { slug }
    counts { items coveredDirectly coveredThroughRule uncovered }
    uncovered { code }
    items { item { code } status
      skills { skill { slug } kind sources reason direct inheritedFrom { code } }
      resources { resource { slug } kind sources reason direct skills { slug } inheritedFrom { code } } }
  } }`;

  it('the framework, its items in order, then one statement each for skills and resources over every item', async () => {
    const r = await execute(QUERY, { framework: OWASP }, answers);
    expect(r.result.errors).toBeUndefined();
    expect(r.names).toEqual(['framework/by-slugs', 'coverage/framework-items', 'coverage/item-skills', 'coverage/item-resources']);
    expect(r.params('coverage/framework-items')).toEqual({ slugs: [OWASP] });
    expect(r.params('coverage/item-skills')).toEqual({ slugs: ['llm01-2025', 'llm02-2025', 'llm03-2025'] });
    expect(r.params('coverage/item-resources')).toEqual({ slugs: ['llm01-2025', 'llm02-2025', 'llm03-2025'] });
    expect(r.data).toEqual({
      coverage: {
        framework: { slug: OWASP },
        counts: { items: 3, coveredDirectly: 1, coveredThroughRule: 1, uncovered: 1 },
        uncovered: [{ code: 'LLM03:2025' }],
        items: [
          {
            item: { code: 'LLM01:2025' },
            status: 'DIRECT',
            skills: [
              {
                skill: { slug: 'model-security' },
                kind: 'CURATED',
                sources: ['curated'],
                reason: 'why',
                direct: true,
                inheritedFrom: null,
              },
            ],
            resources: [
              {
                resource: { slug: 'course' },
                kind: 'STATED',
                sources: ['seed-page'],
                reason: 'the page',
                direct: true,
                skills: [],
                inheritedFrom: null,
              },
            ],
          },
          {
            item: { code: 'LLM02:2025' },
            status: 'THROUGH_RULE',
            skills: [],
            resources: [
              {
                resource: { slug: 'book' },
                kind: 'THROUGH_SKILL',
                sources: ['seed-page', 'curated'],
                reason: 'Teaches Skill llm-security, which covers LLM02:2025.',
                direct: false,
                skills: [{ slug: 'llm-security' }],
                inheritedFrom: null,
              },
            ],
          },
          { item: { code: 'LLM03:2025' }, status: 'UNCOVERED', skills: [], resources: [] },
        ],
      },
    });
  });

  it('an unknown framework is null after one statement', async () => {
    const r = await execute(QUERY, { framework: 'nope' }, answers);
    expect(r.data).toEqual({ coverage: null });
    expect(r.names).toEqual(['framework/by-slugs']);
  });

  it('FrameworkItem.coverage on many items: still one statement per list', async () => {
    const q = `{ framework(slug: "${OWASP}") { items(first: 3) { nodes { code coverage { status skills { kind } resources { kind } } } } } }`;
    const r = await execute(q, {}, { ...answers, 'framework-item/page': perKey(() => items) });
    expect(r.names).toEqual(['framework/by-slugs', 'framework-item/page', 'coverage/item-skills', 'coverage/item-resources']);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { framework: OWASP }, answers)).sent)).toMatchSnapshot();
  });
});
