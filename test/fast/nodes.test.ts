import { toGlobalId } from '../../src/graphql/global-id';
import type { NodeType } from '../../src/records';
import { cypherOf, execute } from './support/execute';
import {
  categoryNode,
  companyNode,
  conceptNode,
  frameworkNode,
  itemNode,
  occupationNode,
  perKey,
  providerNode,
  resourceNode,
  skillNode,
} from './support/rows';

/** Per node type: the batch statement that loads it and a node to answer with. */
const TYPES: Array<[NodeType, string, string, (key: string) => Record<string, unknown>, 'slugs' | 'codes']> = [
  ['Skill', 'skill/by-slugs', 'python', skillNode, 'slugs'],
  ['Company', 'company/by-slugs', 'acme', companyNode, 'slugs'],
  ['Resource', 'resource/by-slugs', 'llm-sec', resourceNode, 'slugs'],
  ['Provider', 'provider/by-slugs', 'acme-academy', providerNode, 'slugs'],
  ['Framework', 'framework/by-slugs', 'mitre-atlas', frameworkNode, 'slugs'],
  ['Concept', 'concept/by-slugs', 'jailbreak', conceptNode, 'slugs'],
  ['FrameworkItem', 'framework-item/by-codes', 'AML.T0051', (code) => itemNode(code), 'codes'],
  ['Occupation', 'occupation/by-codes', '15-2051.00', occupationNode, 'slugs'],
  ['TechnologyCategory', 'technology-category/by-codes', '43230000', categoryNode, 'slugs'],
];
const answers = Object.fromEntries(TYPES.map(([, statement, , make, param]) => [statement, perKey((key) => [make(key)], param)]));

describe('Query.node', () => {
  const QUERY = `query ($id: ID!) { node(id: $id) { __typename id } }`;

  it.each(TYPES)('a %s id: one batch of its type (%s), the same id back', async (type, statement, key, _make, param) => {
    const id = toGlobalId(type, key);
    const r = await execute(QUERY, { id }, answers);
    expect(r.names).toEqual([statement]);
    expect(r.params(statement)).toEqual({ [param]: [key] });
    expect(r.data).toEqual({ node: { __typename: type, id } });
  });

  it('unknown: null; a malformed id is BAD_USER_INPUT and sends nothing', async () => {
    expect((await execute(QUERY, { id: toGlobalId('Skill', 'ghost') })).data).toEqual({ node: null });
    const bad = await execute(QUERY, { id: Buffer.from('Nope:x').toString('base64url') });
    expect(bad.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.names).toEqual([]);
  });

  it('sends this Cypher', async () => {
    const sent = [];
    for (const [type, , key] of TYPES) sent.push(...(await execute(QUERY, { id: toGlobalId(type, key) })).sent);
    expect(cypherOf(sent)).toMatchSnapshot();
  });
});

describe('Query.nodes', () => {
  const QUERY = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Skill { name } } }`;

  it('in the order asked, null where absent, one batch per type whatever the count', async () => {
    const ids = [toGlobalId('Skill', 'a'), toGlobalId('Company', 'acme'), toGlobalId('Skill', 'b'), toGlobalId('Skill', 'ghost')];
    const r = await execute(
      QUERY,
      { ids },
      { ...answers, 'skill/by-slugs': perKey((slug) => (slug === 'ghost' ? [] : [skillNode(slug)])) },
    );
    expect(r.names).toEqual(['skill/by-slugs', 'company/by-slugs']);
    expect(r.params('skill/by-slugs')).toEqual({ slugs: ['a', 'b', 'ghost'] });
    expect(r.data).toEqual({
      nodes: [
        { __typename: 'Skill', id: ids[0], name: 'Skill a' },
        { __typename: 'Company', id: ids[1] },
        { __typename: 'Skill', id: ids[2], name: 'Skill b' },
        null,
      ],
    });
  });

  it('no N+1: 5 skills cost the statements of 2; more than 100 ids is BAD_USER_INPUT and sends nothing', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => toGlobalId('Skill', `s${i}`));
    expect((await execute(QUERY, { ids: ids(5) }, answers)).names).toEqual((await execute(QUERY, { ids: ids(2) }, answers)).names);
    const many = await execute(QUERY, { ids: ids(101) }, answers);
    expect(many.result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(many.names).toEqual([]);
  });

  it('sends this Cypher', async () => {
    expect(cypherOf((await execute(QUERY, { ids: [toGlobalId('Skill', 'a'), toGlobalId('Company', 'acme')] })).sent)).toMatchSnapshot();
  });
});
