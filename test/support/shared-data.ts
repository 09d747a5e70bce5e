import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { testConfig } from './test-config';

/** The public data sets the tests read (../shared/data), never copied into the project. */
export const dataDir = testConfig().dataDir ?? join(__dirname, '..', '..', '..', 'shared', 'data');

export const files = {
  atlas: join(dataDir, 'mitre-atlas/ATLAS.yaml'),
  owasp: join(dataDir, 'owasp-llm-top10-2025/owasp-llm-top10-2025.json'),
  nist: join(dataDir, 'nist-ai-rmf/ai-rmf-core.json'),
  genai: join(dataDir, 'nist-ai-rmf/nist-ai-600-1-gai-risks.json'),
  official: join(dataDir, 'owasp-llm-top10-2025/owasp-llm-2025-atlas-references.csv'),
  community: join(dataDir, 'owasp-llm-top10-2025/crosswalk-genai-security-crosswalk/crosswalk-validated_atlas_nist-ai-rmf_eu-ai-act.csv'),
  metacademy: join(dataDir, 'metacademy/concepts.json'),
  /** The O*NET 29.2 release folder (technology-skills.tsv, occupation-data.tsv, unspsc-reference.tsv). */
  onet: join(dataDir, 'skills/onet-29.2'),
  /** The skill page the seed grew from, beside the data sets (../shared/seed). */
  seedPage: join(dataDir, '..', 'seed', 'model-security-skill-page.txt'),
};

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Read straight from the files, independently of the importer, to check what it wrote. */
export const readAtlas = (): Any => parseYaml(readFileSync(files.atlas, 'utf8'), { schema: 'core' });
export const readJson = (path: string): Any => JSON.parse(readFileSync(path, 'utf8'));
export const readCsv = (path: string): Array<Record<string, string>> => parseCsv(readFileSync(path, 'utf8'), { columns: true });

/** A tab-separated O*NET file as records keyed by its header, read without the importer. */
export const readTsv = (path: string): Array<Record<string, string>> =>
  parseCsv(readFileSync(path, 'utf8'), { columns: true, delimiter: '\t', quote: false, bom: true, skip_empty_lines: true });
