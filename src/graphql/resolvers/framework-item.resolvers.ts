import { badInput } from '../../errors';
import { canonicalCode } from '../../frameworks/item-codes';
import type { Resolvers } from '../../generated/graphql';
import type { FrameworkItemRecord } from '../../records';
import { type CrosswalkHops, MAX_CROSSWALK_HOPS } from '../../repositories/framework-item.repository';
import * as frameworks from '../../repositories/framework.repository';
import type { GraphQLContext } from '../context';
import { toGlobalId } from '../global-id';
import { checkFirst, decodeCursor, encodeCursor } from '../pagination';

/** Checks `to`: null, or the slug of a framework in the graph. */
export async function frameworkArgument(ctx: GraphQLContext, to: string | null | undefined): Promise<string | null> {
  if (to === null || to === undefined) return null;
  if (await ctx.loaders.framework.load(to)) return to;
  const known = (await frameworks.allFrameworks(ctx.db)).map((f) => f.slug).join(', ');
  throw badInput('to', `no framework "${to}"; use one of ${known}`);
}

function hopsArgument(maxHops: number | null | undefined): CrosswalkHops {
  const hops = maxHops ?? 2;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_CROSSWALK_HOPS) {
    throw badInput('maxHops', `must be between 1 and ${MAX_CROSSWALK_HOPS}; got ${hops}`);
  }
  return hops as CrosswalkHops;
}

export const frameworkItemResolvers: Resolvers<GraphQLContext> = {
  Query: {
    frameworkItem: (_, { code }, ctx) => ctx.loaders.frameworkItem.load(canonicalCode(code)),
    crosswalk: async (_, { code, to, maxHops }, ctx) => {
      const hops = hopsArgument(maxHops);
      const framework = await frameworkArgument(ctx, to);
      return ctx.loaders.crosswalk.load({ slug: canonicalCode(code), to: framework, hops });
    },
  },
  Framework: {
    importedAt: (f) => f.importedAt,
    items: async (f, { kind, first, after }, ctx) => {
      const limit = checkFirst(first, 20);
      const from = decodeCursor('frameworkItems', after);
      const rows = await ctx.loaders.frameworkItemPage.load({ slug: f.slug, kind: kind ?? null, after: from, limit: limit + 1 });
      const nodes = rows.slice(0, limit);
      for (const i of nodes) ctx.loaders.frameworkItem.prime(i.code, i);
      const edges = nodes.map((node) => ({ cursor: encodeCursor('frameworkItems', node.sortKey), node }));
      return {
        edges,
        nodes,
        pageInfo: {
          hasNextPage: rows.length > limit,
          hasPreviousPage: from !== '',
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
        totalCount: () => ctx.loaders.frameworkItemCount.load({ slug: f.slug, kind: kind ?? null }),
      };
    },
  },
  Skill: {
    covers: (s, _, ctx) => ctx.loaders.skillCovers.load(s.slug),
  },
  FrameworkItem: {
    id: (i) => toGlobalId('FrameworkItem', i.code),
    framework: async (i, _, ctx) => {
      const framework = await ctx.loaders.framework.load(i.framework);
      if (!framework) throw new Error(`framework item ${i.code} names a missing framework ${i.framework}`);
      return framework;
    },
    parent: (i, _, ctx) => ctx.loaders.itemParent.load(i.slug),
    children: (i, _, ctx) => ctx.loaders.itemChildren.load(i.slug),
    mitigations: (i, _, ctx) => ctx.loaders.itemMitigations.load(i.slug),
    techniques: (i, _, ctx) => ctx.loaders.itemTechniques.load(i.slug),
    tactics: (i, _, ctx) => ctx.loaders.itemTactics.load(i.slug),
    caseStudies: (i, _, ctx) => ctx.loaders.itemCaseStudies.load(i.slug),
    procedure: (i, _, ctx) => ctx.loaders.itemProcedure.load(i.slug),
    mappings: async (i: FrameworkItemRecord, { to }, ctx) =>
      ctx.loaders.crosswalk.load({ slug: i.code, to: await frameworkArgument(ctx, to), hops: 1 }),
    skills: (i, _, ctx) => ctx.loaders.itemSkills.load(i.slug),
    resources: (i, _, ctx) => ctx.loaders.itemResources.load(i.slug),
  },
};
