import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import {
  toCompany,
  toConcept,
  toFramework,
  toFrameworkItem,
  toOccupation,
  toProvider,
  toResource,
  toSkill,
  toTechnologyCategory,
} from '../db/record-mappers';
import type { AnyNodeRecord } from '../records';

const Q = { fulltext: cypher('search/fulltext') };

const byLabel: Record<string, (p: Record<string, unknown>) => AnyNodeRecord> = {
  Skill: (p) => ({ __typename: 'Skill', ...toSkill(p) }),
  Company: (p) => ({ __typename: 'Company', ...toCompany(p) }),
  Resource: (p) => ({ __typename: 'Resource', ...toResource(p) }),
  Provider: (p) => ({ __typename: 'Provider', ...toProvider(p) }),
  Framework: (p) => ({ __typename: 'Framework', ...toFramework(p) }),
  Concept: (p) => ({ __typename: 'Concept', ...toConcept(p) }),
  FrameworkItem: (p) => ({ __typename: 'FrameworkItem', ...toFrameworkItem(p) }),
  Occupation: (p) => ({ __typename: 'Occupation', ...toOccupation(p) }),
  TechnologyCategory: (p) => ({ __typename: 'TechnologyCategory', ...toTechnologyCategory(p) }),
};

export interface SearchHitRecord {
  score: number;
  node: AnyNodeRecord;
}

/** Full-text hits, best first; `query` comes from toLuceneQuery. */
export async function searchNodes(db: QueryRunner, query: string, limit: number): Promise<SearchHitRecord[]> {
  const rows = await db.read<{ labels: string[]; node: Record<string, unknown>; score: number }>(Q.fulltext, { query, limit });
  const hits: SearchHitRecord[] = [];
  for (const row of rows) {
    const label = row.labels.find((l) => l in byLabel);
    // A label without an API type is skipped rather than mis-typed.
    if (label) hits.push({ score: row.score, node: byLabel[label](row.node) });
  }
  return hits;
}
