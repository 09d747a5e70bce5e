import type { Resolvers } from '../../generated/graphql';
import type { AnyNodeRecord } from '../../records';
import { badInput } from '../../errors';
import { loadNode } from '../load-node';

const MAX_IDS = 100;

export const nodeResolvers: Resolvers = {
  Node: {
    __resolveType: (node) => (node as AnyNodeRecord).__typename,
  },
  Query: {
    node: (_, { id }, ctx) => loadNode(ctx, id, 'id'),
    nodes: (_, { ids }, ctx) => {
      if (ids.length > MAX_IDS) throw badInput('ids', `at most ${MAX_IDS} ids per call; got ${ids.length}`);
      return Promise.all(ids.map((id, i) => loadNode(ctx, id, `ids[${i}]`)));
    },
  },
};
