import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';

/** The fields selected in `set` (through fragments), first occurrence of each name. */
export function selectedFields(
  info: GraphQLResolveInfo,
  set: SelectionSetNode,
  out = new Map<string, FieldNode>(),
): Map<string, FieldNode> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!out.has(selection.name.value)) out.set(selection.name.value, selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      selectedFields(info, selection.selectionSet, out);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment) selectedFields(info, fragment.selectionSet, out);
    }
  }
  return out;
}

/** The fields selected under the resolver's own field: what look-ahead decides on. */
export function childFields(info: GraphQLResolveInfo): Map<string, FieldNode> {
  const fields = new Map<string, FieldNode>();
  for (const node of info.fieldNodes) if (node.selectionSet) selectedFields(info, node.selectionSet, fields);
  return fields;
}

/** Whether `child { … grandchild … }` is selected under the resolver's field. */
export function selectsUnder(info: GraphQLResolveInfo, child: string, grandchild: string): boolean {
  const field = childFields(info).get(child);
  return Boolean(field?.selectionSet && selectedFields(info, field.selectionSet).has(grandchild));
}
