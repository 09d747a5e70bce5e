import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ImportError } from './import-error';

/** A data file's text and digest (the digest tells a re-import of the same file). */
export interface DataFile {
  path: string;
  text: string;
  sha256: string;
}

export function readDataFile(path: string): DataFile {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (err) {
    throw new ImportError(path, [`cannot read the file: ${(err as Error).message}`]);
  }
  return { path, text: buffer.toString('utf8'), sha256: createHash('sha256').update(buffer).digest('hex') };
}

/**
 * YAML with the core schema: unquoted dates such as ATLAS's `created_date: 2022-01-24`
 * stay `YYYY-MM-DD` strings instead of becoming Dates at UTC midnight (YAML 1.1 timestamps).
 */
export function parseYamlFile(file: DataFile): unknown {
  try {
    return parseYaml(file.text, { schema: 'core', uniqueKeys: true, maxAliasCount: 100 });
  } catch (err) {
    throw new ImportError(file.path, [`not valid YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
}

export function parseJsonFile(file: DataFile): unknown {
  try {
    return JSON.parse(file.text);
  } catch (err) {
    throw new ImportError(file.path, [`not valid JSON: ${(err as Error).message}`]);
  }
}

/**
 * The start every structured importer shares: parse the file (JSON or YAML) and check
 * its top level against `schema`. Every problem there fails the import at once, before
 * any record is looked at; the records themselves are checked with parseList.
 */
export function parseDocument<T>(file: DataFile, format: 'json' | 'yaml', schema: z.ZodType<T>): T {
  const top = schema.safeParse(format === 'json' ? parseJsonFile(file) : parseYamlFile(file));
  if (!top.success) {
    throw new ImportError(
      file.path,
      top.error.issues.map((i) => `top level, field ${i.path.join('.') || '(document)'}: ${i.message}`),
    );
  }
  return top.data;
}

/** CSV with a header row: every row a record keyed by column name; ragged rows are refused. */
export function parseCsvFile(file: DataFile): { columns: string[]; rows: Array<Record<string, string>> } {
  try {
    const records = parseCsv(file.text, { bom: true, skip_empty_lines: true }) as string[][];
    const [columns = [], ...body] = records;
    const rows = body.map((values, i) => {
      if (values.length !== columns.length) {
        throw new Error(`record ${i + 1} (line ${i + 2}) has ${values.length} fields; the header has ${columns.length}`);
      }
      return Object.fromEntries(columns.map((c, j) => [c, values[j]]));
    });
    return { columns, rows };
  } catch (err) {
    throw new ImportError(file.path, [`not valid CSV: ${(err as Error).message}`]);
  }
}

/** One data row of a tab-separated file, with the 1-based line it came from. */
export interface TsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * A tab-separated file with a header row (O*NET's text release: no quoting, CRLF line
 * ends). The header must be exactly `columns`, and every row must have as many fields;
 * each problem names the file's base name and the line, so one error tells the user
 * where to look. Problems are added to `problems`; the good rows are returned.
 */
export function parseTsvFile(file: DataFile, columns: readonly string[], problems: string[]): TsvRow[] {
  const name = basename(file.path);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parseCsv(file.text, {
      bom: true,
      delimiter: '\t',
      quote: false,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    problems.push(`${name}: not a tab-separated text file: ${(err as Error).message}`);
    return [];
  }
  const [header, ...body] = records;
  const found = header?.record ?? [];
  if (found.length !== columns.length || found.some((c, i) => c.trim() !== columns[i])) {
    problems.push(
      `${name} line 1: the header must be the ${columns.length} columns ${columns.join(' | ')}; found ${found.join(' | ') || 'nothing'}`,
    );
    return [];
  }
  const rows: TsvRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      const few = record.length < columns.length ? 'too few' : 'too many';
      problems.push(`${name} line ${info.lines}: ${few} columns (${record.length}; the header has ${columns.length})`);
      continue;
    }
    rows.push({ line: info.lines, values: Object.fromEntries(columns.map((c, i) => [c, record[i].trim()])) });
  }
  return rows;
}
