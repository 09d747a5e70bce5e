import { z } from 'zod';
import { slugOfCode, sortKeyOf } from '../../frameworks/item-codes';
import { absoluteLinks, type DatasetInfo, type DatasetPlan, itemRow, LinkCollector, ownedLink } from '../dataset-plan';
import { ImportError, parseList } from '../import-error';
import { type DataFile, parseDocument } from '../read-data-file';

/**
 * MITRE ATLAS (`dist/ATLAS.yaml` of mitre-atlas/atlas-data): tactics, techniques,
 * sub-techniques, mitigations and case studies. Handles the known quirks: dates
 * kept as strings, technique links misplaced under `ml-lifecycle`, and
 * (mitigation, technique) pairs listed twice.
 */

const ORIGIN = 'https://atlas.mitre.org';
const text = z.string().trim().min(1);
/** `YYYY-MM-DD`; a Date (from a YAML 1.1 reader) is turned back into one. */
const day = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);
const tacticId = z.string().regex(/^AML\.TA\d{4}$/, 'a tactic id such as AML.TA0002');
const techniqueId = z.string().regex(/^AML\.T\d{4}(\.\d{3})?$/, 'a technique id such as AML.T0051 or AML.T0051.000');
const attackRef = z.looseObject({ id: z.string(), url: z.string().optional() }).optional();
const reference = z.looseObject({ title: z.string().nullish(), url: z.string().nullish() });

const tactic = z.looseObject({
  id: tacticId,
  name: text,
  description: z.string().default(''),
  created_date: day.optional(),
  modified_date: day.optional(),
  'ATT&CK-reference': attackRef,
});

const technique = z
  .looseObject({
    id: techniqueId,
    name: text,
    description: z.string().default(''),
    maturity: z.enum(['feasible', 'demonstrated', 'realized']).optional(),
    tactics: z.array(tacticId).optional(),
    'subtechnique-of': techniqueId.optional(),
    created_date: day.optional(),
    modified_date: day.optional(),
    'ATT&CK-reference': attackRef,
    references: z.array(reference).nullish(),
  })
  .superRefine((t, ctx) => {
    const sub = t.id.split('.').length === 3;
    if (sub && t['subtechnique-of'] !== t.id.slice(0, -4)) {
      ctx.addIssue({ code: 'custom', path: ['subtechnique-of'], message: `a sub-technique must name its parent ${t.id.slice(0, -4)}` });
    }
    if (!sub && (!t.tactics || t.tactics.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['tactics'], message: 'a technique must list at least one tactic' });
    }
  });

const techniqueLink = z.looseObject({ id: techniqueId, use: z.string().nullish() });
const mitigation = z.looseObject({
  id: z.string().regex(/^AML\.M\d{4}$/, 'a mitigation id such as AML.M0015'),
  name: text,
  description: z.string().default(''),
  category: z.array(z.string()).optional(),
  // Upstream slip (5.6.0): some technique links sit in this list; they are moved below.
  'ml-lifecycle': z.array(z.union([z.string(), techniqueLink])).optional(),
  techniques: z.array(techniqueLink).nullish(),
  created_date: day.optional(),
  modified_date: day.optional(),
  'ATT&CK-reference': attackRef,
});

const caseStudy = z.looseObject({
  id: z.string().regex(/^AML\.CS\d{4}$/, 'a case study id such as AML.CS0009'),
  name: text,
  summary: z.string().default(''),
  'incident-date': day.optional(),
  'incident-date-granularity': z.enum(['YEAR', 'MONTH', 'DATE']).optional(),
  'case-study-type': z.string().optional(),
  target: z.string().nullish(),
  actor: z.string().nullish(),
  reporter: z.string().nullish(),
  references: z.array(reference).nullish(),
  procedure: z.array(z.looseObject({ tactic: tacticId, technique: techniqueId, description: z.string().default('') })).min(1),
});

const document = z.looseObject({
  version: z.union([z.string(), z.number()]).transform(String),
  matrices: z
    .array(z.looseObject({ tactics: z.array(z.unknown()), techniques: z.array(z.unknown()), mitigations: z.array(z.unknown()) }))
    .min(1),
  'case-studies': z.array(z.unknown()),
});

const pathOf = { TACTIC: 'tactics', TECHNIQUE: 'techniques', SUBTECHNIQUE: 'techniques', MITIGATION: 'mitigations', CASE_STUDY: 'studies' };
const urlOf = (id: string, kind: keyof typeof pathOf) => `${ORIGIN}/${pathOf[kind]}/${id}`;
const md = (s: string | null | undefined) => (s ? absoluteLinks(s.trim(), ORIGIN) : null);
const refs = (list: Array<z.infer<typeof reference>> | null | undefined) =>
  (list ?? []).map((r) => r.url).filter((u): u is string => typeof u === 'string' && u.length > 0);

export function planAtlas(file: DataFile): DatasetPlan {
  const doc = parseDocument(file, 'yaml', document);
  const problems: string[] = [];
  const matrix = doc.matrices[0];
  const tactics = parseList('matrices[0].tactics', matrix.tactics, tactic, problems);
  const techniques = parseList('matrices[0].techniques', matrix.techniques, technique, problems);
  const mitigations = parseList('matrices[0].mitigations', matrix.mitigations, mitigation, problems);
  const caseStudies = parseList('case-studies', doc['case-studies'], caseStudy, problems);
  if (problems.length > 0) throw new ImportError(file.path, problems);

  // Every id once; every reference resolves inside the file.
  const ids = new Set<string>();
  for (const r of [...tactics, ...techniques, ...mitigations, ...caseStudies]) {
    if (ids.has(r.id)) problems.push(`record ${r.id}, field id: appears twice`);
    ids.add(r.id);
  }
  const tacticIds = new Set(tactics.map((t) => t.id));
  const techniqueIds = new Set(techniques.map((t) => t.id));
  const topLevel = new Set(techniques.filter((t) => !t['subtechnique-of']).map((t) => t.id));
  for (const t of techniques) {
    t.tactics?.forEach((ta, i) => tacticIds.has(ta) || problems.push(`technique ${t.id}, field tactics.${i}: unknown tactic ${ta}`));
    const parent = t['subtechnique-of'];
    if (parent && !topLevel.has(parent)) problems.push(`technique ${t.id}, field subtechnique-of: unknown technique ${parent}`);
  }
  const mitigates = new Map<string, { mitigation: string; technique: string; uses: string[] }>();
  for (const m of mitigations) {
    const moved = (m['ml-lifecycle'] ?? []).filter((x): x is z.infer<typeof techniqueLink> => typeof x !== 'string');
    for (const [field, link] of [
      ...(m.techniques ?? []).map((l, i) => [`techniques.${i}`, l] as const),
      ...moved.map((l) => ['ml-lifecycle', l] as const),
    ]) {
      if (!techniqueIds.has(link.id)) {
        problems.push(`mitigation ${m.id}, field ${field}: unknown technique ${link.id}`);
        continue;
      }
      const key = `${m.id} ${link.id}`;
      const entry = mitigates.get(key) ?? { mitigation: m.id, technique: link.id, uses: [] };
      const use = link.use?.trim();
      if (use && !entry.uses.includes(use)) entry.uses.push(use);
      mitigates.set(key, entry);
    }
  }
  for (const cs of caseStudies) {
    cs.procedure.forEach((step, i) => {
      if (!tacticIds.has(step.tactic)) problems.push(`case study ${cs.id}, field procedure.${i}.tactic: unknown tactic ${step.tactic}`);
      if (!techniqueIds.has(step.technique))
        problems.push(`case study ${cs.id}, field procedure.${i}.technique: unknown technique ${step.technique}`);
    });
  }
  if (problems.length > 0) throw new ImportError(file.path, problems);

  const info: DatasetInfo = {
    id: 'mitre-atlas',
    title: 'MITRE ATLAS',
    version: doc.version,
    source: 'https://github.com/mitre-atlas/atlas-data/blob/main/dist/ATLAS.yaml',
    licence: 'Apache-2.0, © MITRE',
    credit: `MITRE ATLAS™ data, © MITRE, licensed under the Apache License 2.0 (mitre-atlas/atlas-data), version ${doc.version}.`,
    framework: { slug: 'mitre-atlas', name: 'MITRE ATLAS', publisher: 'MITRE', url: `${ORIGIN}/` },
  };
  const slug = slugOfCode;
  const dates = (r: { created_date?: string; modified_date?: string }) => ({
    createdDate: r.created_date ?? null,
    modifiedDate: r.modified_date ?? null,
  });
  const names = new Map(techniques.map((t) => [t.id, t.name]));
  const attack = (r: { 'ATT&CK-reference'?: { id: string; url?: string } }) => ({
    attackId: r['ATT&CK-reference']?.id ?? null,
    attackUrl: r['ATT&CK-reference']?.url ?? null,
  });
  const items = [
    // Tactics sort in matrix (kill-chain) order, the order ATLAS shows them in.
    ...tactics.map((t, i) =>
      itemRow(info, {
        code: t.id,
        name: t.name,
        description: md(t.description),
        url: urlOf(t.id, 'TACTIC'),
        sortKey: sortKeyOf(`AML.TA${i}`),
        extra: { ...dates(t), ...attack(t), matrixOrder: i + 1 },
      }),
    ),
    // ATLAS shows a sub-technique as "Parent: Name" ("LLM Prompt Injection: Direct"); so does the graph.
    ...techniques.map((t) =>
      itemRow(info, {
        code: t.id,
        name: t['subtechnique-of'] ? `${names.get(t['subtechnique-of'])}: ${t.name}` : t.name,
        description: md(t.description),
        url: urlOf(t.id, t['subtechnique-of'] ? 'SUBTECHNIQUE' : 'TECHNIQUE'),
        extra: { ...dates(t), maturity: t.maturity ?? null, ...attack(t), references: refs(t.references) },
      }),
    ),
    ...mitigations.map((m) =>
      itemRow(info, {
        code: m.id,
        name: m.name,
        description: md(m.description),
        url: urlOf(m.id, 'MITIGATION'),
        extra: {
          ...dates(m),
          categories: m.category ?? [],
          lifecycleStages: (m['ml-lifecycle'] ?? []).filter((x): x is string => typeof x === 'string'),
          ...attack(m),
        },
      }),
    ),
    ...caseStudies.map((cs) =>
      itemRow(info, {
        code: cs.id,
        name: cs.name,
        description: md(cs.summary),
        url: urlOf(cs.id, 'CASE_STUDY'),
        extra: {
          incidentDate: cs['incident-date'] ?? null,
          incidentDateGranularity: cs['incident-date-granularity'] ?? null,
          caseStudyType: cs['case-study-type'] ?? null,
          target: cs.target ?? null,
          actor: cs.actor ?? null,
          reporter: cs.reporter ?? null,
          references: refs(cs.references),
        },
      }),
    ),
  ];

  const links = new LinkCollector();
  for (const item of items) links.add('Framework', 'HAS_ITEM', 'FrameworkItem', ownedLink(info, 'mitre-atlas', item.slug));
  for (const t of techniques) {
    const parents = t['subtechnique-of'] ? [t['subtechnique-of']] : (t.tactics ?? []);
    for (const p of new Set(parents)) links.add('FrameworkItem', 'PART_OF', 'FrameworkItem', ownedLink(info, slug(t.id), slug(p)));
  }
  for (const m of mitigates.values()) {
    links.add(
      'FrameworkItem',
      'MITIGATES',
      'FrameworkItem',
      ownedLink(info, slug(m.mitigation), slug(m.technique), { use: m.uses.length > 0 ? m.uses.join('\n\n') : null }),
    );
  }
  for (const cs of caseStudies) {
    cs.procedure.forEach((step, i) => {
      const props = { step: i + 1, tactic: step.tactic, description: md(step.description) };
      links.add('FrameworkItem', 'USES', 'FrameworkItem', ownedLink(info, slug(cs.id), slug(step.technique), props, String(i + 1)), true);
    });
  }

  return {
    info,
    nodes: [{ label: 'FrameworkItem', rows: items }],
    links: links.all(),
    references: [],
    recordTypes: [],
    tally: {
      tactics: tactics.length,
      techniques: techniques.filter((t) => !t['subtechnique-of']).length,
      'sub-techniques': techniques.filter((t) => t['subtechnique-of']).length,
      mitigations: mitigations.length,
      'case studies': caseStudies.length,
    },
  };
}
