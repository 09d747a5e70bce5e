import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '../../src/db/cypher';
import { isNodeLabel, isRelationshipType } from '../../src/graph-vocabulary';
import { projectRoot } from '../../src/project-root';

/** Where the benchmark's own statements live (fixtures, not product Cypher). */
export const benchCypherDir = join(projectRoot, 'bench', 'cypher');

const cache = new Map<string, Statement>();

/** Loads `bench/cypher/<name>.cypher`, with `{{X}}` placeholders bound to allow-listed labels or types only. */
export function benchCypher(name: string, bindings: Record<string, string> = {}): Statement {
  const key = `bench/${name}?${JSON.stringify(bindings)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  for (const [placeholder, value] of Object.entries(bindings)) {
    if (!isNodeLabel(value) && !isRelationshipType(value))
      throw new Error(`bench/cypher/${name}: {{${placeholder}}}=${value} is not in the vocabulary`);
  }
  const raw = readFileSync(join(benchCypherDir, `${name}.cypher`), 'utf8').trim();
  const text = raw.replace(/\{\{(\w+)\}\}/g, (match, p: string) => {
    if (bindings[p] === undefined) throw new Error(`bench/cypher/${name}: no binding for ${match}`);
    return bindings[p];
  });
  const statement = Object.freeze({ name: `bench/${name}`, text });
  cache.set(key, statement);
  return statement;
}
