import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { projectRoot } from '../project-root';
import { type SeedData, type SeedFileName, seedFiles } from './seed-schema';

export const seedDir = join(projectRoot, 'data', 'seed');

/** A seed file is malformed; the message names file, record and field. */
export class SeedError extends Error {}

function describeIssue(file: string, records: unknown[], issue: z.core.$ZodIssue): string {
  const [, index, ...field] = issue.path;
  const record = typeof index === 'number' ? records[index] : undefined;
  const slug = record && typeof record === 'object' && 'slug' in record ? ` (${String((record as { slug: unknown }).slug)})` : '';
  const where = typeof index === 'number' ? `record ${index}${slug}` : 'top level';
  return `${file}: ${where}, field ${field.join('.') || '(record)'}: ${issue.message}`;
}

/** Reads and validates every seed file; throws a SeedError listing every problem. */
export function readSeed(dir: string = seedDir): SeedData {
  const problems: string[] = [];
  const data: Partial<Record<SeedFileName, unknown[]>> = {};
  for (const [name, schema] of Object.entries(seedFiles) as Array<[SeedFileName, (typeof seedFiles)[SeedFileName]]>) {
    const file = `data/seed/${name}.yaml`;
    let doc: unknown;
    try {
      doc = parse(readFileSync(join(dir, `${name}.yaml`), 'utf8'));
    } catch (err) {
      problems.push(`${file}: ${(err as Error).message}`);
      continue;
    }
    const records = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[name] : undefined;
    if (!Array.isArray(records)) {
      problems.push(`${file}: expected a top-level key "${name}" holding a list`);
      continue;
    }
    const parsed = (schema as z.ZodType).array().safeParse(records);
    if (parsed.success) data[name] = parsed.data as unknown[];
    else problems.push(...parsed.error.issues.map((issue) => describeIssue(file, records, { ...issue, path: [name, ...issue.path] })));
  }
  if (problems.length > 0) throw new SeedError(`Seed data is invalid:\n  ${problems.join('\n  ')}`);
  return data as SeedData;
}
