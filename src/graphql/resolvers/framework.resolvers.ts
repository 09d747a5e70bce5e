import type { Resolvers } from '../../generated/graphql';
import * as repo from '../../repositories/framework.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';

export const frameworkResolvers: Resolvers<GraphQLContext> = {
  Query: {
    frameworks: (_, __, ctx) => repo.allFrameworks(ctx.db),
    framework: (_, { slug }, ctx) => ctx.loaders.framework.load(slug),
    concepts: (_, __, ctx) => repo.allConcepts(ctx.db),
    concept: (_, { slug }, ctx) => ctx.loaders.concept.load(slug),
  },
  Framework: {
    id: (f) => toGlobalId('Framework', f.slug),
    skills: (f, _, ctx) => ctx.loaders.frameworkSkills.load(f.slug),
    resources: (f, _, ctx) => ctx.loaders.frameworkResources.load(f.slug),
  },
  Concept: {
    id: (c) => toGlobalId('Concept', c.slug),
    skills: (c, _, ctx) => ctx.loaders.conceptSkills.load(c.slug),
    resources: (c, _, ctx) => ctx.loaders.conceptResources.load(c.slug),
  },
};
