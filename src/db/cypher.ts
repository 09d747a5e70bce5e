import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isNodeLabel, isRelationshipType } from '../graph-vocabulary';
import { projectRoot } from '../project-root';
import { expandRecordProjections } from './record-projection';

/** Where every Cypher statement lives, one statement per `.cypher` file. */
export const cypherDir = join(projectRoot, 'cypher');

/** A named Cypher statement loaded from `cypher/<name>.cypher`. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, Statement>();

/**
 * Loads `cypher/<name>.cypher` once. Repositories call this at module load, so a
 * missing or empty file fails at boot rather than on the first request.
 */
export function cypher(name: string): Statement {
  const hit = cache.get(name);
  if (hit) return hit;
  const text = expandRecordProjections(name, readFileSync(join(cypherDir, `${name}.cypher`), 'utf8').trim());
  if (!text) throw new Error(`cypher/${name}.cypher is empty`);
  const statement = Object.freeze({ name, text });
  cache.set(name, statement);
  return statement;
}

/**
 * A statement whose file holds `{{Label}}`-style placeholders for what Cypher cannot
 * parameterise (labels, relationship types). Each binding must be a known label or
 * relationship type from src/graph-vocabulary.ts, so the result is one of a fixed,
 * finite set of statements; values still travel as parameters.
 */
export function cypherTemplate(name: string, bindings: Record<string, string>): Statement {
  const key = `${name}?${Object.entries(bindings)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  for (const [placeholder, value] of Object.entries(bindings)) {
    if (!isNodeLabel(value) && !isRelationshipType(value)) {
      throw new Error(`cypher/${name}.cypher: {{${placeholder}}} = ${JSON.stringify(value)} is not a known label or relationship type`);
    }
  }
  const text = cypher(name).text.replace(/\{\{(\w+)\}\}/g, (match, placeholder: string) => {
    const value = bindings[placeholder];
    if (value === undefined) throw new Error(`cypher/${name}.cypher: no binding for ${match}`);
    return value;
  });
  const statement = Object.freeze({ name: key, text });
  cache.set(key, statement);
  return statement;
}

/**
 * A statement whose file holds `{{depth}}` where Cypher takes no parameter (the bound of
 * a variable-length pattern). `depth` must be an integer from 1 to `max`, so the result
 * is one of `max` fixed statements, never text from the input.
 */
export function cypherBounded(name: string, depth: number, max: number): Statement {
  if (!Number.isInteger(depth) || depth < 1 || depth > max) {
    throw new Error(`cypher/${name}.cypher: {{depth}} = ${JSON.stringify(depth)} is not an integer from 1 to ${max}`);
  }
  const key = `${name}?depth=${depth}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const statement = Object.freeze({ name: key, text: cypher(name).text.replaceAll('{{depth}}', String(depth)) });
  cache.set(key, statement);
  return statement;
}

/** Every statement name under `cypher/` (for the EXPLAIN check and schema setup). */
export function allStatementNames(under = ''): string[] {
  const root = join(cypherDir, under);
  const names: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.cypher')) names.push(relative(cypherDir, path).slice(0, -'.cypher'.length).split(sep).join('/'));
    }
  };
  walk(root);
  return names;
}
