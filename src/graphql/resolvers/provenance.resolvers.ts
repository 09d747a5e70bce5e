import type { Resolvers } from '../../generated/graphql';
import { namedSources } from '../../provenance/source-registry';
import type { EdgeProvenance, SourceRecord } from '../../records';
import { allDatasets } from '../../repositories/dataset.repository';
import type { GraphQLContext } from '../context';
import { sourceArgument } from '../source-argument';
import { frameworkArgument } from './framework-item.resolvers';

/** Every edge's sources, resolved through one loader batch; a key nothing resolves is left out. */
async function sourceDetails(e: EdgeProvenance, _: unknown, ctx: GraphQLContext): Promise<SourceRecord[]> {
  const found = await ctx.loaders.source.loadMany(e.sources);
  return found.filter((s): s is SourceRecord => s !== null && !(s instanceof Error));
}

/** A connection of every edge (these lists are short and not paged). */
const all = async <E>(edges: Promise<E[]>) => {
  const list = await edges;
  return { edges: list, totalCount: list.length };
};

export const provenanceResolvers: Resolvers<GraphQLContext> = {
  Query: {
    sources: async (_, __, ctx) => namedSources(await allDatasets(ctx.db)),
    // The same rule as every `source` filter: a key or a URL, not blank, at most 2,048 characters.
    source: (_, { id }, ctx) => ctx.loaders.source.load(sourceArgument(id, 'id')!),
  },
  Skill: {
    prerequisitesConnection: (s, _, ctx) => all(ctx.loaders.prerequisiteEdges.load(s.slug)),
    requiredByConnection: (s, _, ctx) => all(ctx.loaders.requiredByEdges.load(s.slug)),
    coversConnection: (s, _, ctx) => all(ctx.loaders.coversEdges.load(s.slug)),
    hiringCompaniesConnection: (s, _, ctx) => all(ctx.loaders.hiringCompanyEdges.load(s.slug)),
  },
  Company: {
    skillsConnection: (c, _, ctx) => all(ctx.loaders.hiredSkillEdges.load(c.slug)),
  },
  FrameworkItem: {
    mitigationsConnection: (i, _, ctx) => all(ctx.loaders.mitigationEdges.load(i.slug)),
    mappingsConnection: async (i, { to }, ctx) =>
      all(ctx.loaders.mappingEdges.load({ slug: i.slug, options: { to: await frameworkArgument(ctx, to) } })),
  },
  SourcedEdge: {
    __resolveType: () => {
      throw new Error('no field returns a SourcedEdge as such: each returns its own edge type');
    },
  },
  PrerequisiteEdge: { sourceDetails },
  CoversEdge: { sourceDetails },
  HiringCompanyEdge: { sourceDetails },
  HiredSkillEdge: { sourceDetails },
  MitigationEdge: { sourceDetails },
  MappingEdge: { sourceDetails },
  OccupationSkillEdge: { sourceDetails },
  SkillOccupationEdge: { sourceDetails },
};
