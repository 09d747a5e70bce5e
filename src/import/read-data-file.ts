import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
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
