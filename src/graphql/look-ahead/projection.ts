import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { perSelection, selectedFields } from './selection';

/**
 * Per type, the fields read straight from a stored property of the same name, and the
 * properties every record needs whatever is selected (its key, and what its mapper
 * derives a required field from). Every other field (id, relationship lists, related
 * skills, a resource's provider) needs only the slug.
 */
const PROJECTABLE = {
  Skill: {
    always: ['slug', 'name'],
    fields: [
      'name',
      'description',
      'category',
      'level',
      'demandRank',
      'trend',
      'aliases',
      'resourcesUpdatedAt',
      'source',
      'createdAt',
      'updatedAt',
    ],
  },
  Company: { always: ['slug', 'name'], fields: ['name', 'description', 'website', 'source', 'createdAt', 'updatedAt'] },
  Resource: {
    always: ['slug', 'name', 'title', 'kind'],
    fields: [
      'url',
      'authors',
      'year',
      'level',
      'cost',
      'costNote',
      'format',
      'listedUnder',
      'summary',
      'description',
      'source',
      'createdAt',
      'updatedAt',
    ],
  },
  Provider: { always: ['slug', 'name'], fields: ['website', 'description', 'source', 'createdAt', 'updatedAt'] },
} as const;

export type ProjectableType = keyof typeof PROJECTABLE;

/**
 * The stored properties records of `type` must carry for the selections of `nodes`
 * (every field node that will read them: all aliases, through fragments), sorted so
 * equal selections give equal keys. Fetching only these, instead of every property,
 * is most of what the driver saves on wide lists (bench S2, S4).
 */
export function storedProperties(
  type: ProjectableType,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  nodes: readonly FieldNode[],
): string[] {
  const { always, fields } = PROJECTABLE[type];
  const wanted = new Set<string>(fields);
  const properties = new Set<string>(always);
  for (const node of nodes) {
    if (!node.selectionSet) continue;
    for (const field of selectedFields(info, node.selectionSet).keys()) if (wanted.has(field)) properties.add(field);
  }
  return [...properties].sort();
}

/** The stored properties of the skills a resolver's field returns (see storedProperties), once per operation. */
export const skillProperties: (info: GraphQLResolveInfo) => string[] = perSelection((info) =>
  storedProperties('Skill', info, info.fieldNodes),
);
