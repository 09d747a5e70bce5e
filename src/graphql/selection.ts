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

/**
 * Every field node named `name` directly under `parents` (the resolver's own field by
 * default), aliases and fragments included: what look-ahead decides on, so that a
 * list read ahead serves every selection of it.
 */
export function childFieldNodes(info: GraphQLResolveInfo, name: string, parents: readonly FieldNode[] = info.fieldNodes): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) out.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of parents) visit(node.selectionSet);
  return out;
}

/** Whether `child { … grandchild … }` is selected under the resolver's field (in any of its selections). */
export function selectsUnder(info: GraphQLResolveInfo, child: string, grandchild: string): boolean {
  return childFieldNodes(info, child).some(
    (node) => node.selectionSet !== undefined && selectedFields(info, node.selectionSet).has(grandchild),
  );
}
