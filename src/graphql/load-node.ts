import type { AnyNodeRecord, NodeType } from '../records';
import type { GraphQLContext } from './context';
import { fromGlobalId } from './global-id';

type KeyLoader = { load(key: string): Promise<object | null> };

/** The loader for each node type: a Record, so a type added to GRAPH_LABELS fails to compile until it has one. */
function loaderOf(ctx: GraphQLContext, type: NodeType): KeyLoader {
  const loaders: Record<NodeType, KeyLoader> = {
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
  return loaders[type];
}

/** Loads the node a global id names, tagged with its type; null when absent. */
export async function loadNode(ctx: GraphQLContext, id: string, argument: string): Promise<AnyNodeRecord | null> {
  const { type, key } = fromGlobalId(id, argument);
  const record = await loaderOf(ctx, type).load(key);
  return record ? ({ __typename: type, ...record } as AnyNodeRecord) : null;
}
