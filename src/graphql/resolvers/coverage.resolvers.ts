import type { CoverageStatus, Resolvers } from '../../generated/graphql';
import type { FrameworkItemRecord } from '../../records';
import type { GraphQLContext } from '../context';

/** DIRECT when an entry is the item's own stated or curated edge, THROUGH_RULE when only rules cover it. */
async function statusOf(ctx: GraphQLContext, item: FrameworkItemRecord): Promise<CoverageStatus> {
  const [skills, resources] = await Promise.all([
    ctx.loaders.itemSkillCoverage.load(item.slug),
    ctx.loaders.itemResourceCoverage.load(item.slug),
  ]);
  const entries = [...skills, ...resources];
  if (entries.some((e) => e.direct)) return 'DIRECT';
  return entries.length > 0 ? 'THROUGH_RULE' : 'UNCOVERED';
}

/** Every item's status, in one batch per list. */
const statusesOf = (ctx: GraphQLContext, items: FrameworkItemRecord[]) => Promise.all(items.map((i) => statusOf(ctx, i)));

export const coverageResolvers: Resolvers<GraphQLContext> = {
  Query: {
    coverage: async (_, { framework: slug }, ctx) => {
      const framework = await ctx.loaders.framework.load(slug);
      if (!framework) return null;
      const items = await ctx.loaders.frameworkItemsInOrder.load(slug);
      for (const i of items) ctx.loaders.frameworkItem.prime(i.code, i);
      return { framework, items };
    },
  },
  FrameworkCoverage: {
    items: (c) => c.items.map((item) => ({ item })),
    counts: async (c, _, ctx) => {
      const statuses = await statusesOf(ctx, c.items);
      const count = (s: CoverageStatus) => statuses.filter((x) => x === s).length;
      return {
        items: c.items.length,
        coveredDirectly: count('DIRECT'),
        coveredThroughRule: count('THROUGH_RULE'),
        uncovered: count('UNCOVERED'),
      };
    },
    uncovered: async (c, _, ctx) => {
      const statuses = await statusesOf(ctx, c.items);
      return c.items.filter((_, k) => statuses[k] === 'UNCOVERED');
    },
  },
  FrameworkItem: {
    coverage: (item) => ({ item }),
  },
  ItemCoverage: {
    status: (c, _, ctx) => statusOf(ctx, c.item),
    skills: (c, _, ctx) => ctx.loaders.itemSkillCoverage.load(c.item.slug),
    resources: (c, _, ctx) => ctx.loaders.itemResourceCoverage.load(c.item.slug),
  },
  SkillCoverage: {
    skill: (e) => e.node,
  },
  ResourceCoverage: {
    resource: (e) => e.node,
  },
};
