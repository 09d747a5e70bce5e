/**
 * The closed vocabulary of the graph: every node label and relationship type that
 * exists. Anything spliced into Cypher (where Neo4j takes no parameter) must come
 * from these lists, never from user input.
 */
/**
 * The labels of the knowledge graph itself, and the one list of node types: what `Node.id`
 * and graph view ids name (`NodeType` in records.ts is this list's type).
 */
export const GRAPH_LABELS = [
  'Skill',
  'Company',
  'Resource',
  'Provider',
  'Framework',
  'FrameworkItem',
  'Concept',
  'Occupation',
  'TechnologyCategory',
] as const;
export type GraphLabel = (typeof GRAPH_LABELS)[number];

/** Every label, including internal ones (Dataset: the import ledger, never shown). */
export const NODE_LABELS = [...GRAPH_LABELS, 'Dataset'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'REQUIRES',
  'HIRES_FOR',
  'TEACHES',
  'OFFERED_BY',
  'COVERS',
  'HAS_ITEM',
  'PART_OF',
  'MAPS_TO',
  'MITIGATES',
  'USES',
  'IN_CATEGORY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
