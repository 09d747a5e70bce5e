import type { Resolvers, ResourceFilter as ResourceFilterInput } from '../../generated/graphql';
import * as repo from '../../repositories/resource.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';
import { readAhead } from '../look-ahead';
import { checkFirst, decodeCursor, toConnection } from '../pagination';
import { textQuery } from './text-argument';

function resourceFilter(filter: ResourceFilterInput | null | undefined): repo.ResourceFilter {
  return {
    kind: filter?.kind ?? null,
    level: filter?.level ?? null,
    cost: filter?.cost ?? null,
    provider: filter?.provider ?? null,
    skill: filter?.skill ?? null,
    query: filter?.text === undefined || filter.text === null ? null : textQuery(filter.text, 'filter.text'),
  };
}

export const resourceResolvers: Resolvers<GraphQLContext> = {
  Query: {
    resource: (_, { slug }, ctx) => ctx.loaders.resource.load(slug),
    resources: async (_, { filter, first, after }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('resources', after);
      const f = resourceFilter(filter);
      const rows = await repo.resourcePage(ctx.db, f, from, limit + 1);
      for (const r of rows) ctx.loaders.resource.prime(r.slug, r);
      return toConnection('resources', rows, limit, from, () => repo.resourceCount(ctx.db, f));
    },
    providers: (_, __, ctx) => repo.allProviders(ctx.db),
  },
  Resource: {
    id: (r) => toGlobalId('Resource', r.slug),
    provider: async (r, _, ctx) => {
      const ahead = readAhead(ctx, r, 'provider');
      return ahead !== undefined ? ahead : ((await ctx.loaders.resourceProviders.load(r.slug))[0] ?? null);
    },
    providers: (r, _, ctx) => ctx.loaders.resourceProviders.load(r.slug),
    skills: (r, _, ctx) => ctx.loaders.resourceSkills.load(r.slug),
    frameworks: (r, _, ctx) => ctx.loaders.resourceFrameworks.load(r.slug),
    concepts: (r, _, ctx) => ctx.loaders.resourceConcepts.load(r.slug),
  },
  Provider: {
    id: (p) => toGlobalId('Provider', p.slug),
    resources: (p, _, ctx) => ctx.loaders.providerResources.load(p.slug),
  },
};
