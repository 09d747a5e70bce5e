import type { Resolvers } from '../../generated/graphql';
import type { GraphQLContext } from '../context';
import { companyResolvers } from './company.resolvers';
import { coverageResolvers } from './coverage.resolvers';
import { datasetResolvers } from './dataset.resolvers';
import { demandResolvers } from './demand.resolvers';
import { frameworkItemDetailsResolvers } from './framework-item-details.resolvers';
import { frameworkItemResolvers } from './framework-item.resolvers';
import { frameworkResolvers } from './framework.resolvers';
import { graphViewResolvers } from './graph-view.resolvers';
import { mutationResolvers } from './mutation.resolvers';
import { nodeResolvers } from './node.resolvers';
import { occupationResolvers } from './occupation.resolvers';
import { provenanceResolvers } from './provenance.resolvers';
import { resourceResolvers } from './resource.resolvers';
import { scalarResolvers } from './scalars';
import { searchResolvers } from './search.resolvers';
import { skillResolvers } from './skill.resolvers';
import { technologyCategoryResolvers } from './technology-category.resolvers';

/** Merges per-type resolver maps (each type's fields live in one file). */
function merge(...maps: Resolvers<GraphQLContext>[]): Resolvers<GraphQLContext> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) out[type] = { ...out[type], ...(fields as Record<string, unknown>) };
  }
  return out as Resolvers<GraphQLContext>;
}

export const resolvers: Resolvers<GraphQLContext> = {
  ...scalarResolvers,
  ...merge(
    nodeResolvers,
    skillResolvers,
    companyResolvers,
    resourceResolvers,
    frameworkResolvers,
    searchResolvers,
    frameworkItemResolvers,
    coverageResolvers,
    frameworkItemDetailsResolvers,
    graphViewResolvers,
    mutationResolvers,
    occupationResolvers,
    technologyCategoryResolvers,
    demandResolvers,
    datasetResolvers,
    provenanceResolvers,
  ),
};
