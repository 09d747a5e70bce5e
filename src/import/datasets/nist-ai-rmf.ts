import { z } from 'zod';
import { parseCode, slugOfCode } from '../../frameworks/item-codes';
import { type DatasetInfo, type DatasetPlan, itemRow, LinkCollector, ownedLink } from '../dataset-plan';
import { ImportError, parseList } from '../import-error';
import { type DataFile, parseDocument } from '../read-data-file';

/**
 * The NIST AI RMF 1.0 Core (`ai-rmf-core.json`): functions, categories and
 * subcategories with their official statements, `PART_OF` their parents. The
 * short form (`GV-1.1`) is kept as an alias so crosswalks written that way resolve.
 */

const item = z.looseObject({
  code: z.string().min(1),
  kind: z.enum(['function', 'category', 'subcategory']),
  parent: z.string().nullable(),
  order: z.number().int().positive(),
  abbrev: z.string().optional(),
  title: z.string().optional(),
  text: z.string().optional(),
});
const document = z.looseObject({ framework: z.string().optional(), doi: z.string().optional(), items: z.array(z.unknown()) });

export function planNistAiRmf(file: DataFile): DatasetPlan {
  const doc = parseDocument(file, 'json', document);
  const problems: string[] = [];
  const items = parseList('items', doc.items, item, problems, 'code');
  const byCode = new Map(items.map((i) => [i.code, i]));
  const seen = new Set<string>();
  const expectedParentKind = { function: null, category: 'function', subcategory: 'category' } as const;
  items.forEach((it, i) => {
    const at = `items record ${i} (${it.code})`;
    const parsed = parseCode(it.code);
    if (!parsed || parsed.framework !== 'nist-ai-rmf' || parsed.code !== it.code)
      problems.push(`${at}, field code: not an AI RMF code such as GOVERN, GOVERN 1 or GOVERN 1.1`);
    else if (parsed.kind.toLowerCase() !== it.kind)
      problems.push(`${at}, field kind: ${it.kind} does not match the code (${parsed.kind.toLowerCase()})`);
    if (seen.has(it.code)) problems.push(`${at}, field code: appears twice`);
    seen.add(it.code);
    const wanted = expectedParentKind[it.kind];
    if (wanted === null && it.parent !== null) problems.push(`${at}, field parent: a function has no parent`);
    if (wanted !== null) {
      const parent = it.parent === null ? undefined : byCode.get(it.parent);
      if (!parent) problems.push(`${at}, field parent: unknown item ${JSON.stringify(it.parent)}`);
      else if (parent.kind !== wanted) problems.push(`${at}, field parent: ${it.parent} is a ${parent.kind}, not a ${wanted}`);
    }
    if (it.kind === 'function' ? !it.title : !it.text) problems.push(`${at}, field ${it.kind === 'function' ? 'title' : 'text'}: missing`);
  });
  if (problems.length > 0) throw new ImportError(file.path, problems);

  const doi = doc.doi ?? 'https://doi.org/10.6028/NIST.AI.100-1';
  const version = /AI RMF (\d+(?:\.\d+)*)/.exec(doc.framework ?? '')?.[1] ?? null;
  const info: DatasetInfo = {
    id: 'nist-ai-rmf',
    title: 'NIST AI Risk Management Framework Core',
    version,
    source: doi,
    licence: 'U.S. Government work (NIST AI 100-1), not subject to copyright in the United States',
    credit:
      'NIST AI 100-1, Artificial Intelligence Risk Management Framework (AI RMF 1.0), National Institute of Standards and Technology.',
    framework: {
      slug: 'nist-ai-rmf',
      name: 'NIST AI Risk Management Framework',
      publisher: 'NIST',
      url: 'https://www.nist.gov/itl/ai-risk-management-framework',
    },
  };
  // Functions carry only a title; categories and subcategories are known by their statement.
  const rows = items.map((it) =>
    itemRow(info, {
      code: it.code,
      name: it.kind === 'function' ? it.title! : it.text!,
      description: it.kind === 'function' ? null : it.text!,
      url: doi,
      extra: { abbrev: it.abbrev ?? null, order: it.order },
    }),
  );
  const links = new LinkCollector();
  for (const it of items) {
    links.add('Framework', 'HAS_ITEM', 'FrameworkItem', ownedLink(info, info.id, slugOfCode(it.code)));
    if (it.parent) links.add('FrameworkItem', 'PART_OF', 'FrameworkItem', ownedLink(info, slugOfCode(it.code), slugOfCode(it.parent)));
  }
  const count = (kind: string) => items.filter((i) => i.kind === kind).length;
  return {
    info,
    nodes: [{ label: 'FrameworkItem', rows }],
    links: links.all(),
    references: [],
    recordTypes: [],
    tally: { functions: count('function'), categories: count('category'), subcategories: count('subcategory') },
  };
}
