import { allStatementNames, cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';

/** Index and constraint names that cypher/schema/ creates (constraints are backed by an index of the same name). */
export function expectedSchemaNames(): string[] {
  return allStatementNames('schema').flatMap((name) => {
    const match = /CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+|VECTOR\s+)?INDEX)\s+(\w+)/i.exec(cypher(name).text);
    return match ? [match[1]] : [];
  });
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Ready means Neo4j answers and every index and constraint of cypher/schema/ exists
 * and is ONLINE. One auto-commit read without retries, bounded by `timeoutMs`, so a
 * dead database turns /ready to 503 within that time.
 */
export async function checkReadiness(db: QueryRunner, timeoutMs: number): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const rows = await Promise.race([db.probe<{ name: string; state: string }>(cypher('meta/schema-state')), timeout]);
    if (rows === 'timeout') return { ready: false, reason: `Neo4j did not answer within ${timeoutMs} ms` };
    const online = new Set(rows.filter((r) => r.state === 'ONLINE').map((r) => r.name));
    const missing = expectedSchemaNames().filter((n) => !online.has(n));
    return missing.length === 0 ? { ready: true } : { ready: false, reason: `schema not applied or not online: ${missing.join(', ')}` };
  } catch {
    return { ready: false, reason: 'Neo4j is unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
