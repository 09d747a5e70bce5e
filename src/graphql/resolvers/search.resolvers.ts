import type { Resolvers, SearchKind } from '../../generated/graphql';
import { exactKeys } from '../../domain/search-identifiers';
import { badInput } from '../../errors';
import { searchNodes } from '../../repositories/search.repository';
import type { GraphQLContext } from '../context';
import { checkFirst, decodeCursor, encodeCursor } from '../pagination';
import { childFieldNodes } from '../look-ahead/selection';
import { textQuery } from './text-argument';

/** SearchKind → the node label it stands for. */
const LABEL_OF: Record<SearchKind, string> = {
  SKILL: 'Skill',
  COMPANY: 'Company',
  RESOURCE: 'Resource',
  PROVIDER: 'Provider',
  FRAMEWORK: 'Framework',
  FRAMEWORK_ITEM: 'FrameworkItem',
  CONCEPT: 'Concept',
  OCCUPATION: 'Occupation',
  TECHNOLOGY_CATEGORY: 'TechnologyCategory',
};
const ALL_KINDS = Object.keys(LABEL_OF).length;
const KIND_OF = Object.fromEntries(Object.entries(LABEL_OF).map(([kind, label]) => [label, kind])) as Record<string, SearchKind>;

/** The position a search cursor stands for: hits after it start the next page. */
function positionAfter(after: string | null | undefined): number {
  const value = decodeCursor('search', after);
  if (value === '') return 0;
  const position = Number(value);
  if (!Number.isInteger(position) || position < 1 || position > 100_000) {
    throw badInput('after', 'not a cursor of this search; pass `pageInfo.endCursor` of the previous page, or omit it');
  }
  return position;
}

export const searchResolvers: Resolvers<GraphQLContext> = {
  Query: {
    search: async (_, { text, kinds, first, after }, ctx, info) => {
      const limit = checkFirst(first, 10);
      const query = textQuery(text, 'text');
      const offset = positionAfter(after);
      const labels = kinds && kinds.length > 0 ? [...new Set(kinds.map((k) => LABEL_OF[k]))] : Object.values(LABEL_OF);
      const all = labels.length === ALL_KINDS;
      // Counting every match costs a second pass over the index: only when asked for.
      const count = childFieldNodes(info, 'totalCount').length > 0;
      const page = await searchNodes(ctx.db, { text, query, keys: exactKeys(text), labels, all, offset, first: limit, count });
      const hits = page.hits;
      const cursors = hits.map((_h, i) => encodeCursor('search', String(offset + i + 1)));
      return {
        edges: hits.map((node, i) => ({ cursor: cursors[i], node })),
        nodes: hits,
        pageInfo: {
          hasNextPage: offset + limit < page.ranked,
          hasPreviousPage: offset > 0,
          startCursor: cursors[0] ?? null,
          endCursor: cursors.at(-1) ?? null,
        },
        totalCount: () => Promise.resolve(page.totalCount ?? 0),
      };
    },
  },
  SearchHit: {
    kind: (hit) => KIND_OF[hit.node.__typename],
  },
};
