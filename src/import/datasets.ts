import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SkillNameIndex } from '../domain/skill-names';
import type { DatasetPlan } from './dataset-plan';
import { planAtlas } from './datasets/atlas';
import { planCrosswalk } from './datasets/crosswalk';
import { planMetacademy, readMetacademyJoins } from './datasets/metacademy';
import { planNistAiRmf } from './datasets/nist-ai-rmf';
import { planNistGenAiRisks } from './datasets/nist-genai-risks';
import { planOnet, readOnetRelease } from './datasets/onet';
import { planOwaspLlm } from './datasets/owasp-llm';
import { type DataFile, readDataFile } from './read-data-file';

/**
 * A data set read and checked from disk, before any transaction: what the import
 * records as the data's digest, and the plan, which may depend on the skills the graph
 * holds (importers that merge into existing skills get them inside the transaction).
 */
export interface PreparedImport {
  path: string;
  sha256: string;
  /** Whether `plan` needs the graph's skills (read inside the import's transaction). */
  mergesSkills: boolean;
  plan(skills: SkillNameIndex): DatasetPlan;
}

const fromFile =
  (plan: (file: DataFile) => DatasetPlan) =>
  (path: string): PreparedImport => {
    const file = readDataFile(path);
    return { path, sha256: file.sha256, mergesSkills: false, plan: () => plan(file) };
  };

/** The data sets `npm run import -- <dataset> <path>` knows, and how each path is read. */
export const DATASETS = {
  atlas: fromFile(planAtlas),
  'owasp-llm': fromFile(planOwaspLlm),
  'nist-ai-rmf': fromFile(planNistAiRmf),
  'nist-genai-risks': fromFile(planNistGenAiRisks),
  crosswalk: fromFile(planCrosswalk),
  metacademy: (path: string): PreparedImport => {
    const file = readDataFile(path);
    const joins = readMetacademyJoins();
    // The digest covers the join too: editing it is a change the ledger records.
    const sha256 = createHash('sha256').update(file.sha256).update(JSON.stringify(joins)).digest('hex');
    return { path, sha256, mergesSkills: true, plan: (skills) => planMetacademy(file, skills, joins) };
  },
  onet: (path: string): PreparedImport => {
    const release = readOnetRelease(path);
    return { path, sha256: release.sha256, mergesSkills: true, plan: (skills) => planOnet(release, skills) };
  },
} satisfies Record<string, (path: string) => PreparedImport>;

export type DatasetName = keyof typeof DATASETS;

export function isDatasetName(value: string): value is DatasetName {
  return Object.hasOwn(DATASETS, value);
}

/** Data sets whose records join skills the graph already holds: imported again when the seed arrives after them. */
export const MERGING_DATASETS: readonly DatasetName[] = ['metacademy', 'onet'];

/**
 * Where each data set sits in the shared data folder (`/work/shared/data` layout), in
 * the order they must be imported (crosswalks need the frameworks they join; O*NET
 * merges into the skills the seed and Metacademy bring). `id` is the Dataset node the
 * import records. O*NET is a folder; another release than 29.2 is found by its name.
 */
export const DATA_DIR_FILES: ReadonlyArray<{ dataset: DatasetName; id: string; path: string }> = [
  { dataset: 'atlas', id: 'mitre-atlas', path: 'mitre-atlas/ATLAS.yaml' },
  { dataset: 'owasp-llm', id: 'owasp-llm-top-10-2025', path: 'owasp-llm-top10-2025/owasp-llm-top10-2025.json' },
  { dataset: 'nist-ai-rmf', id: 'nist-ai-rmf', path: 'nist-ai-rmf/ai-rmf-core.json' },
  { dataset: 'nist-genai-risks', id: 'nist-ai-600-1', path: 'nist-ai-rmf/nist-ai-600-1-gai-risks.json' },
  { dataset: 'crosswalk', id: 'owasp-llm-atlas-references', path: 'owasp-llm-top10-2025/owasp-llm-2025-atlas-references.csv' },
  {
    dataset: 'crosswalk',
    id: 'genai-security-crosswalk',
    path: 'owasp-llm-top10-2025/crosswalk-genai-security-crosswalk/crosswalk-validated_atlas_nist-ai-rmf_eu-ai-act.csv',
  },
  { dataset: 'metacademy', id: 'metacademy', path: 'metacademy/concepts.json' },
  { dataset: 'onet', id: 'onet', path: 'skills/onet-29.2' },
];

/** The entry's path in `dir`; for O*NET, the newest `skills/onet-<version>` folder when 29.2 is absent. */
export function locateInDataDir(dir: string, entry: (typeof DATA_DIR_FILES)[number]): string {
  const path = join(dir, entry.path);
  if (entry.dataset !== 'onet' || existsSync(path) || !existsSync(join(dir, 'skills'))) return path;
  const versions = readdirSync(join(dir, 'skills'))
    .filter((n) => /^onet-\d+(\.\d+)*$/.test(n))
    .sort((a, b) => a.slice(5).localeCompare(b.slice(5), undefined, { numeric: true }));
  return versions.length > 0 ? join(dir, 'skills', versions[versions.length - 1]) : path;
}
