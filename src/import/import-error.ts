import type { z } from 'zod';

/** A data file cannot be imported; the message names the file, the record and the field. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`${file} cannot be imported; nothing was written:\n  ${shown.join('\n  ')}${more}`);
  }
}

/** Describes a zod issue inside a list of records, naming the record by its id when it has one. */
export function describeIssue(listName: string, records: unknown[], issue: z.core.$ZodIssue, idField = 'id'): string {
  const [index, ...field] = issue.path;
  if (typeof index !== 'number') return `${listName}: top level, field ${[index, ...field].join('.')}: ${issue.message}`;
  const record = records[index];
  const id = record && typeof record === 'object' && idField in record ? String((record as Record<string, unknown>)[idField]) : null;
  const label = id ? `${index} (${id})` : `${index}`;
  return `${listName} record ${label}, field ${field.join('.') || '(record)'}: ${issue.message}`;
}

/** Validates every record of a list; returns the parsed list or adds every problem to `problems`. */
export function parseList<T>(listName: string, records: unknown, schema: z.ZodType<T>, problems: string[], idField = 'id'): T[] {
  if (!Array.isArray(records)) {
    problems.push(`${listName}: expected a list`);
    return [];
  }
  const out: T[] = [];
  records.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) out.push(parsed.data);
    else problems.push(...parsed.error.issues.map((i) => describeIssue(listName, records, { ...i, path: [index, ...i.path] }, idField)));
  });
  return out;
}
