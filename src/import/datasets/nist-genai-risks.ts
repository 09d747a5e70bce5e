import { z } from 'zod';
import { slugOfCode } from '../../frameworks/item-codes';
import { type DatasetInfo, type DatasetPlan, itemRow, LinkCollector, ownedLink } from '../dataset-plan';
import { ImportError, parseList } from '../import-error';
import { type DataFile, parseDocument } from '../read-data-file';

/**
 * The twelve generative-AI risks of NIST AI 600-1, Section 2. NIST numbers them
 * 2.1–2.12 and gives no short codes; this graph codes them `GAI-01` … `GAI-12`
 * (the section is kept, and other spellings NIST uses become aliases).
 */

const CHARACTERISTICS = [
  'valid-reliable',
  'safe',
  'secure-resilient',
  'accountable-transparent',
  'explainable-interpretable',
  'privacy-enhanced',
  'fair-bias-managed',
] as const;
const risk = z.looseObject({
  number: z.number().int().min(1).max(99),
  section: z.string().regex(/^2\.\d{1,2}$/, 'a section such as 2.1'),
  slug: z.string().optional(),
  name: z.string().trim().min(1),
  alsoWrittenAs: z.array(z.string()).default([]),
  definition: z.string().trim().min(1),
  // The AI RMF Core's seven codes (ai-rmf-core.json): the API serves them as an enum.
  trustworthyCharacteristics: z.array(z.enum(CHARACTERISTICS)).default([]),
});
const document = z.looseObject({ document: z.string().optional(), doi: z.string().optional(), risks: z.array(z.unknown()) });

export const genAiRiskCode = (n: number) => `GAI-${String(n).padStart(2, '0')}`;

export function planNistGenAiRisks(file: DataFile): DatasetPlan {
  const doc = parseDocument(file, 'json', document);
  const problems: string[] = [];
  const risks = parseList('risks', doc.risks, risk, problems, 'number');
  const seen = new Set<number>();
  risks.forEach((r, i) => {
    if (seen.has(r.number)) problems.push(`risks record ${i} (${r.number}), field number: appears twice`);
    seen.add(r.number);
    if (r.section !== `2.${r.number}`) problems.push(`risks record ${i} (${r.number}), field section: ${r.section} is not 2.${r.number}`);
  });
  if (problems.length > 0) throw new ImportError(file.path, problems);

  const doi = doc.doi ?? 'https://doi.org/10.6028/NIST.AI.600-1';
  const date = /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/.exec(doc.document ?? '');
  const info: DatasetInfo = {
    id: 'nist-ai-600-1',
    title: 'NIST AI 600-1 generative AI risks',
    version: date ? `${date[1]} ${date[2]}` : null,
    source: doi,
    licence: 'U.S. Government work (NIST AI 600-1), not subject to copyright in the United States',
    credit:
      'NIST AI 600-1, Artificial Intelligence Risk Management Framework: Generative Artificial Intelligence Profile, National Institute of Standards and Technology.',
    framework: { slug: 'nist-ai-600-1', name: 'NIST AI 600-1: Generative Artificial Intelligence Profile', publisher: 'NIST', url: doi },
  };
  const rows = risks.map((r) =>
    itemRow(info, {
      code: genAiRiskCode(r.number),
      name: r.name,
      description: r.definition,
      url: doi,
      extra: { section: r.section, aliases: r.alsoWrittenAs, trustworthyCharacteristics: r.trustworthyCharacteristics },
    }),
  );
  const links = new LinkCollector();
  for (const r of risks) links.add('Framework', 'HAS_ITEM', 'FrameworkItem', ownedLink(info, info.id, slugOfCode(genAiRiskCode(r.number))));
  return {
    info,
    nodes: [{ label: 'FrameworkItem', rows }],
    links: links.all(),
    references: [],
    recordTypes: [],
    tally: { risks: rows.length },
  };
}
