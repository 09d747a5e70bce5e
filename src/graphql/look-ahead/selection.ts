import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';

/** The fields selected in `set` (through fragments), first occurrence of each name. */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
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
export function childFieldNodes(
  info: Pick<GraphQLResolveInfo, 'fragments' | 'fieldNodes'>,
  name: string,
  parents: readonly FieldNode[] = info.fieldNodes,
): FieldNode[] {
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

/**
 * What `derive` makes of a resolver's selection, computed once per operation instead of
 * once per request. Apollo keeps each query text's parsed document, so the same field
 * nodes come back on every request of an operation and key a WeakMap (the cache goes
 * with the document). The fields merged into `info.fieldNodes` can differ between
 * requests of one document (`@skip`/`@include` on variables), so the cached entry is used
 * only when they are the same nodes. Only what depends on the document alone may be
 * derived: argument values depend on the variables and are read per request.
 */
export function perSelection<T>(derive: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const cache = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; value: T }>();
  return (info) => {
    const nodes = info.fieldNodes;
    const hit = cache.get(nodes[0]);
    if (hit && hit.nodes.length === nodes.length && hit.nodes.every((n, i) => n === nodes[i])) return hit.value;
    const value = derive(info);
    cache.set(nodes[0], { nodes: [...nodes], value });
    return value;
  };
}

/** Whether `child { … grandchild … }` is selected under the resolver's field (in any of its selections). */
export function selectsUnder(info: GraphQLResolveInfo, child: string, grandchild: string): boolean {
  return childFieldNodes(info, child).some(
    (node) => node.selectionSet !== undefined && selectedFields(info, node.selectionSet).has(grandchild),
  );
}
