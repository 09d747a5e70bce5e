import type { DatasetPlan } from './dataset-plan';
import { planAtlas } from './datasets/atlas';
import { planCrosswalk } from './datasets/crosswalk';
import { planMetacademy } from './datasets/metacademy';
import { planNistAiRmf } from './datasets/nist-ai-rmf';
import { planNistGenAiRisks } from './datasets/nist-genai-risks';
import { planOwaspLlm } from './datasets/owasp-llm';
import type { DataFile } from './read-data-file';

/** The data sets `npm run import -- <dataset> <file>` knows, and how each file becomes a plan. */
export const DATASETS = {
  atlas: planAtlas,
  'owasp-llm': planOwaspLlm,
  'nist-ai-rmf': planNistAiRmf,
  'nist-genai-risks': planNistGenAiRisks,
  crosswalk: planCrosswalk,
  metacademy: planMetacademy,
} satisfies Record<string, (file: DataFile) => DatasetPlan>;

export type DatasetName = keyof typeof DATASETS;

export function isDatasetName(value: string): value is DatasetName {
  return Object.hasOwn(DATASETS, value);
}

/**
 * Where each file sits in the shared data folder (`/work/shared/data` layout), in
 * the order they must be imported (crosswalks need the frameworks they join).
 * `id` is the Dataset node the import records.
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
];
