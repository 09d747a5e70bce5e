import type { Resolvers } from '../../generated/graphql';
import type { AnyNodeRecord, NodeType } from '../../records';
import type { GraphQLContext } from '../context';
import { badInput } from '../../errors';
import { fromGlobalId } from '../global-id';

const MAX_IDS = 100;

/** Loads the node a global id names, tagged with its type; null when absent. */
async function loadNode(ctx: GraphQLContext, id: string, argument: string): Promise<AnyNodeRecord | null> {
  const { type, key } = fromGlobalId(id, argument);
  const loaders: Record<NodeType, { load(key: string): Promise<object | null> }> = {
    Skill: ctx.loaders.skill,
    Company: ctx.loaders.company,
    Resource: ctx.loaders.resource,
    Provider: ctx.loaders.provider,
    Framework: ctx.loaders.framework,
    Concept: ctx.loaders.concept,
    FrameworkItem: ctx.loaders.frameworkItem,
    Occupation: ctx.loaders.occupation,
    TechnologyCategory: ctx.loaders.technologyCategory,
  };
  const record = await loaders[type].load(key);
  return record ? ({ __typename: type, ...record } as AnyNodeRecord) : null;
}

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
