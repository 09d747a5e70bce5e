import { type FieldNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { Prefetched } from '../../src/graphql/look-ahead/prefetched';
import { childFieldNodes, perSelection } from '../../src/graphql/look-ahead/selection';
import type { CompanyRecord } from '../../src/records';

const companies = [{ slug: 'acme', name: 'Acme' }] as unknown as CompanyRecord[];

describe('look-ahead: what was read ahead serves only the arguments it was read for', () => {
  it('one rule for every list: equal arguments, an absent one counting as null', () => {
    const ahead = new Prefetched();
    const skill = {};
    ahead.set(skill, 'hiringCompanies', { first: 5, orderBy: 'DEFAULT' }, companies);
    expect(ahead.get(skill, 'hiringCompanies', { first: 5, orderBy: 'DEFAULT' })).toBe(companies);
    expect(ahead.get(skill, 'hiringCompanies', { first: 6, orderBy: 'DEFAULT' })).toBeUndefined();
    expect(ahead.get(skill, 'hiringCompanies', { first: 5, orderBy: 'SOURCE' })).toBeUndefined();
    expect(ahead.get(skill, 'hiringCompanies', { orderBy: 'DEFAULT' })).toBeUndefined();

    ahead.set(skill, 'prerequisites', { orderBy: 'DEFAULT' }, []);
    // `first` absent when read, null or undefined when asked: the same list.
    expect(ahead.get(skill, 'prerequisites', { orderBy: 'DEFAULT', first: null })).toEqual([]);
    expect(ahead.get(skill, 'prerequisites', { orderBy: 'DEFAULT', first: undefined })).toEqual([]);
    expect(ahead.get(skill, 'prerequisites', { orderBy: 'DEFAULT', first: 3 })).toBeUndefined();
  });

  it('holds values per parent record object, and a provider of null apart from "not read"', () => {
    const ahead = new Prefetched();
    const resource = {};
    ahead.set(resource, 'provider', {}, null);
    expect(ahead.get(resource, 'provider')).toBeNull();
    expect(ahead.get({}, 'provider')).toBeUndefined();
    expect(ahead.get(resource, 'frameworks')).toBeUndefined();
  });
});

describe('look-ahead: the selection is read once per operation', () => {
  const document = parse(
    'query Q($x: Boolean!) { skill(slug: "a") { name ...F } skill(slug: "a") @include(if: $x) { description } } fragment F on Skill { prerequisites { name } }',
  );
  const operation = document.definitions[0] as OperationDefinitionNode;
  const [first, second] = operation.selectionSet.selections as FieldNode[];
  const fragments = Object.fromEntries(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  ) as GraphQLResolveInfo['fragments'];
  const info = (fieldNodes: FieldNode[]) => ({ fieldNodes, fragments }) as unknown as GraphQLResolveInfo;

  it('derives again only when the merged field nodes differ (a variable in @include)', () => {
    let derived = 0;
    const prerequisites = perSelection((i) => {
      derived++;
      return childFieldNodes(i, 'prerequisites').length;
    });
    expect(prerequisites(info([first]))).toBe(1);
    expect(prerequisites(info([first]))).toBe(1);
    expect(derived).toBe(1);
    expect(prerequisites(info([first, second]))).toBe(1);
    expect(derived).toBe(2);
    // A new parse of the same text is another document: derived for it on its own.
    const again = (parse(document.loc!.source.body).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    prerequisites(info([again]));
    expect(derived).toBe(3);
  });
});
