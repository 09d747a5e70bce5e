import type { AnyNodeRecord, NodeType } from '../records';
import type { GraphQLContext } from './context';
import { fromGlobalId } from './global-id';

/** Loads the node a global id names, tagged with its type; null when absent. */
export async function loadNode(ctx: GraphQLContext, id: string, argument: string): Promise<AnyNodeRecord | null> {
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
