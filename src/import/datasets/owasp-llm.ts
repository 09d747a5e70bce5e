import { z } from 'zod';
import { slugOfCode } from '../../frameworks/item-codes';
import { type DatasetInfo, type DatasetPlan, itemRow, LinkCollector, ownedLink, OWASP_CREDIT } from '../dataset-plan';
import { ImportError, parseList } from '../import-error';
import { type DataFile, parseDocument } from '../read-data-file';

/**
 * The OWASP Top 10 for LLM Applications 2025: the ten risks, from the JSON index
 * derived from the official Markdown (`2_0_vulns/LLM01_…md` … `LLM10_…md`).
 */

const REPO = 'https://github.com/OWASP/www-project-top-10-for-large-language-model-applications';
const entry = z.looseObject({
  code: z.string().regex(/^LLM\d{2}:2025$/, 'a code such as LLM01:2025'),
  rank: z.number().int().min(1).max(10),
  title: z.string().trim().min(1),
  sourceFile: z
    .string()
    .regex(/^LLM\d{2}_\w+\.md$/, 'the entry file name, such as LLM01_PromptInjection.md')
    .optional(),
  description: z.string().trim().min(1),
});
const document = z.looseObject({ list: z.string().optional(), derivedFrom: z.string().optional(), entries: z.array(z.unknown()) });

export function planOwaspLlm(file: DataFile): DatasetPlan {
  const doc = parseDocument(file, 'json', document);
  const problems: string[] = [];
  const entries = parseList('entries', doc.entries, entry, problems, 'code');
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.code)) problems.push(`entries record ${i} (${e.code}), field code: appears twice`);
    seen.add(e.code);
    if (e.code.slice(3, 5) !== String(e.rank).padStart(2, '0'))
      problems.push(`entries record ${i} (${e.code}), field rank: ${e.rank} does not match the code`);
  });
  if (problems.length > 0) throw new ImportError(file.path, problems);

  const info: DatasetInfo = {
    id: 'owasp-llm-top-10-2025',
    title: 'OWASP Top 10 for LLM Applications 2025',
    version: '2025',
    source: `${REPO}/tree/main/2_0_vulns`,
    licence: 'CC BY-SA 4.0, © OWASP Foundation',
    credit: OWASP_CREDIT,
    framework: {
      slug: 'owasp-llm-top-10-2025',
      name: 'OWASP Top 10 for LLM Applications',
      publisher: 'OWASP GenAI Security Project',
      url: 'https://genai.owasp.org/llm-top-10/',
    },
  };
  const items = entries.map((e) =>
    itemRow(info, {
      code: e.code,
      name: e.title,
      description: e.description,
      url: e.sourceFile ? `${REPO}/blob/main/2_0_vulns/${e.sourceFile}` : null,
      extra: { rank: e.rank },
    }),
  );
  const links = new LinkCollector();
  for (const e of entries) links.add('Framework', 'HAS_ITEM', 'FrameworkItem', ownedLink(info, info.id, slugOfCode(e.code)));
  return {
    info,
    nodes: [{ label: 'FrameworkItem', rows: items }],
    links: links.all(),
    references: [],
    recordTypes: [],
    tally: { risks: items.length },
  };
}
