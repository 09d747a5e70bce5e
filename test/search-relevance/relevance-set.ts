import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { z } from 'zod';
import { toGlobalId } from '../../src/graphql/global-id';
import { projectRoot } from '../../src/project-root';
import type { NodeType } from '../../src/records';

/**
 * The judged queries of queries.yaml, read and checked: each names the node expected
 * first, or the set expected to fill the top 3, as "<Type>:<key>".
 */

export const RELEVANCE_FILE = join(projectRoot, 'test', 'search-relevance', 'queries.yaml');

/** How each node type is keyed: the property its global id carries. */
const KEY_PROPERTY: Record<NodeType, 'slug' | 'code'> = {
  Skill: 'slug',
  Company: 'slug',
  Resource: 'slug',
  Provider: 'slug',
  Framework: 'slug',
  Concept: 'slug',
  FrameworkItem: 'code',
  Occupation: 'code',
  TechnologyCategory: 'code',
};
const TYPES = Object.keys(KEY_PROPERTY) as NodeType[];

/** "<Type>:<key>"; the key is everything after the first colon (FrameworkItem:LLM01:2025). */
const nodeKey = z.string().refine((k) => TYPES.includes(k.slice(0, k.indexOf(':')) as NodeType) && k.indexOf(':') < k.length - 1, {
  message: `expected "<Type>:<key>" with Type one of ${TYPES.join(', ')}`,
});

const judgement = z
  .strictObject({
    text: z.string().trim().min(1),
    first: nodeKey.optional(),
    top3: z.array(nodeKey).min(2).optional(),
    category: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case category'),
    why: z.string().trim().min(1),
    issue: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.first === undefined) === (q.top3 === undefined)) ctx.addIssue({ code: 'custom', message: 'give either `first` or `top3`' });
    if (q.top3 && new Set(q.top3).size !== q.top3.length)
      ctx.addIssue({ code: 'custom', path: ['top3'], message: 'a node is listed twice' });
  });

export type Judgement = z.infer<typeof judgement>;

/** Reads and checks the file; any problem stops with every problem named. */
export function loadRelevanceSet(path = RELEVANCE_FILE): Judgement[] {
  const doc = parse(readFileSync(path, 'utf8')) as { queries?: unknown } | null;
  const list = z.array(z.unknown()).safeParse(doc?.queries);
  if (!list.success) throw new Error(`${path}: expected a top-level \`queries:\` list`);
  const problems: string[] = [];
  const out: Judgement[] = [];
  const seen = new Set<string>();
  list.data.forEach((raw, i) => {
    const parsed = judgement.safeParse(raw);
    const label = `queries[${i}]${typeof (raw as { text?: unknown })?.text === 'string' ? ` (${(raw as { text: string }).text})` : ''}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${label}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
      return;
    }
    if (seen.has(parsed.data.text)) problems.push(`${label}: the query appears twice`);
    seen.add(parsed.data.text);
    out.push(parsed.data);
  });
  if (problems.length > 0) throw new Error(`${path}:\n  ${problems.join('\n  ')}`);
  return out;
}

/** The nodes a judgement names: its `first`, or its `top3` set. */
export function expectedKeys(q: Judgement): string[] {
  return q.first ? [q.first] : q.top3!;
}

export function splitKey(key: string): { type: NodeType; key: string } {
  const colon = key.indexOf(':');
  return { type: key.slice(0, colon) as NodeType, key: key.slice(colon + 1) };
}

/** The API's global id of "<Type>:<key>". */
export function globalIdOfKey(key: string): string {
  const { type, key: k } = splitKey(key);
  return toGlobalId(type, k);
}

/** "<Type>:<key>" of a global id (the id is base64url of exactly that). */
export function keyOfGlobalId(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8');
}

/**
 * The expected nodes the graph lacks, each with the queries naming it: a judgement about a
 * node that does not exist can never be met, and says the set (or the graph) is wrong.
 */
export async function missingNodes(driver: Driver, queries: Judgement[], database?: string): Promise<string[]> {
  const byType = new Map<NodeType, Set<string>>();
  for (const q of queries) {
    for (const key of expectedKeys(q)) {
      const { type, key: k } = splitKey(key);
      byType.set(type, (byType.get(type) ?? new Set()).add(k));
    }
  }
  const missing: string[] = [];
  for (const [type, keys] of byType) {
    // Label and property come from KEY_PROPERTY, never from the file; the keys travel as a parameter.
    const { records } = await driver.executeQuery(
      `UNWIND $keys AS key OPTIONAL MATCH (n:${type} {${KEY_PROPERTY[type]}: key}) WITH key, count(n) AS found WHERE found = 0 RETURN key`,
      { keys: [...keys] },
      database ? { database } : {},
    );
    for (const r of records) {
      const key = `${type}:${r.get('key') as string}`;
      const by = queries.filter((q) => expectedKeys(q).includes(key)).map((q) => JSON.stringify(q.text));
      missing.push(`${key} (expected by ${by.join(', ')})`);
    }
  }
  return missing.sort();
}
