import { canonicalCode, parseCode, slugOfCode } from '../../frameworks/item-codes';
import { type DatasetInfo, type DatasetPlan, type FrameworkInfo, itemRow, LinkCollector, ownedLink, OWASP_CREDIT } from '../dataset-plan';
import { ImportError } from '../import-error';
import { type DataFile, parseCsvFile } from '../read-data-file';

/**
 * Crosswalk CSVs, told apart by their header:
 * - OWASP's own links from the 2025 entries to MITRE ATLAS (`owasp-llm-2025-atlas-references.csv`):
 *   official, confidence 1 (0.9 where the link text and the link target name different ids);
 * - the community GenAI Security Crosswalk, validated (`crosswalk-validated_atlas_nist-ai-rmf_eu-ai-act.csv`):
 *   community, confidence from its `check` column (0.6 for rows that check out, down to 0.2).
 * Both become MAPS_TO edges from the OWASP risk, with `source`, `confidence` and `origin`.
 * Every code must already be in the graph (import atlas, owasp-llm and nist-ai-rmf first),
 * except EU AI Act articles, which only the community crosswalk names: it creates them.
 */

const OWASP_REPO = 'https://github.com/OWASP/www-project-top-10-for-large-language-model-applications';
const COMMUNITY_REPO = 'https://github.com/emmanuelgjr/GenAI-Security-Crosswalk';
const EU_AI_ACT: FrameworkInfo = {
  slug: 'eu-ai-act',
  name: 'EU Artificial Intelligence Act',
  publisher: 'European Union',
  url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
};
const OFFICIAL_COLUMNS = ['owasp_code', 'source_file', 'section', 'atlas_id_in_url', 'atlas_id_in_text', 'label_in_owasp'];
const COMMUNITY_COLUMNS = ['owasp_code', 'framework', 'control_id', 'control_name'];

interface Mapping {
  from: string;
  to: string;
  /** The CSV column naming `to`, for error messages. */
  field: string;
  source: string;
  props: Record<string, unknown>;
}

export function planCrosswalk(file: DataFile): DatasetPlan {
  const { columns, rows } = parseCsvFile(file);
  const has = (wanted: string[]) => wanted.every((c) => columns.includes(c));
  if (has(OFFICIAL_COLUMNS)) return plan(file, officialInfo(), rows.map(officialRow), []);
  if (has(COMMUNITY_COLUMNS)) return plan(file, communityInfo(), rows.map(communityRow), [EU_AI_ACT]);
  throw new ImportError(file.path, [
    `top level, field (header): not a known crosswalk; expected the columns ${OFFICIAL_COLUMNS.join(', ')} ` +
      `(OWASP's ATLAS references) or ${COMMUNITY_COLUMNS.join(', ')} (the community crosswalk); got ${columns.join(', ') || 'none'}`,
  ]);
}

function officialInfo(): DatasetInfo {
  return {
    id: 'owasp-llm-atlas-references',
    title: "OWASP Top 10 for LLM Applications 2025: the entries' own links to MITRE ATLAS",
    version: '2025',
    source: `${OWASP_REPO}/tree/main/2_0_vulns`,
    licence: 'CC BY-SA 4.0, © OWASP Foundation',
    credit: OWASP_CREDIT,
    framework: null,
  };
}

function communityInfo(): DatasetInfo {
  return {
    id: 'genai-security-crosswalk',
    title: 'GenAI Security Crosswalk (community): OWASP LLM Top 10 2025 to MITRE ATLAS, NIST AI RMF and the EU AI Act',
    version: null,
    source: COMMUNITY_REPO,
    licence: 'CC BY-SA 4.0, Emmanuel Guilherme Junior',
    credit:
      'GenAI Security Crosswalk by Emmanuel Guilherme Junior (emmanuelgjr/GenAI-Security-Crosswalk), licensed CC BY-SA 4.0. skillgraph validated the rows against ATLAS and NIST AI RMF and gave each mapping a confidence.',
    framework: null,
  };
}

type RowResult = Mapping | { problem: string } | { item: { code: string; name: string }; mapping: Mapping };

function officialRow(row: Record<string, string>, i: number): RowResult {
  const at = `record ${i + 1} (${row.owasp_code})`;
  const inText = row.atlas_id_in_text?.trim();
  const inUrl = row.atlas_id_in_url?.trim();
  const target = inText || inUrl;
  if (!target) return { problem: `${at}, field atlas_id_in_url: empty` };
  const disagree = Boolean(inText && inUrl && inText !== inUrl);
  return {
    from: row.owasp_code.trim(),
    to: target,
    field: inText ? 'atlas_id_in_text' : 'atlas_id_in_url',
    source: /^LLM\d{2}_\w+\.md$/.test(row.source_file) ? `${OWASP_REPO}/blob/main/2_0_vulns/${row.source_file}` : officialInfo().source,
    props: {
      origin: 'official',
      confidence: disagree ? 0.9 : 1,
      label: row.label_in_owasp || null,
      sections: [row.section].filter(Boolean),
      note: disagree ? `The text names ${inText}; the link points to ${inUrl}.` : null,
    },
  };
}

/** Confidence of a community row from the validation note in `check` (absent: 0.5). */
function communityConfidence(check: string | undefined): number {
  if (!check) return 0.5;
  if (/MISMATCH/i.test(check)) return 0.2;
  if (/draft numbering/i.test(check)) return 0.3;
  if (/^ok/i.test(check)) return 0.6;
  return 0.5;
}

function communityRow(row: Record<string, string>, i: number): RowResult {
  const at = `record ${i + 1} (${row.owasp_code} → ${row.framework})`;
  const props = {
    origin: 'community',
    confidence: communityConfidence(row.check),
    label: row.control_name || null,
    tier: row.tier || null,
    scope: row.scope || null,
    note: row.notes || null,
    check: row.check || null,
  };
  const mapping = (to: string): Mapping => ({ from: row.owasp_code.trim(), to, field: 'control_id', source: COMMUNITY_REPO, props });
  switch (row.framework) {
    case 'MITRE ATLAS':
    case 'NIST AI RMF 1.0':
      if (!row.control_id?.trim()) return { problem: `${at}, field control_id: empty` };
      return mapping(canonicalCode(row.control_id));
    case 'EU AI Act': {
      // Upstream swaps the fields: the article is in control_name ("Art. 9 — Risk management").
      const article = /^(Art\. \d+[a-z]?(?:\(\d+\))*(?:\([a-z]\))?)(?:\s+—\s+(.+))?$/.exec((row.control_name ?? '').trim());
      if (!article) return { problem: `${at}, field control_name: expected an article such as "Art. 9 — Risk management"` };
      const code = `EU AI Act ${row.canonical_code?.trim() || article[1]}`;
      return { item: { code, name: article[2] ?? article[1] }, mapping: mapping(code) };
    }
    default:
      return { problem: `${at}, field framework: "${row.framework}" is not MITRE ATLAS, NIST AI RMF 1.0 or EU AI Act` };
  }
}

function plan(file: DataFile, info: DatasetInfo, results: RowResult[], frameworks: FrameworkInfo[]): DatasetPlan {
  const problems: string[] = [];
  const articles = new Map<string, { code: string; name: string }>();
  const mappings = new Map<string, Mapping & { record: number }>();
  results.forEach((r, i) => {
    if ('problem' in r) return void problems.push(r.problem);
    const m = 'mapping' in r ? r.mapping : r;
    if ('item' in r && !articles.has(r.item.code)) articles.set(r.item.code, r.item);
    for (const [field, code] of [
      ['from', m.from],
      ['to', m.to],
    ] as const) {
      if (!parseCode(code))
        problems.push(
          `record ${i + 1}, field ${field === 'from' ? 'owasp_code' : 'control_id'}: "${code}" is not a known framework item code`,
        );
    }
    // One edge per pair: a pair listed twice (in two sections) keeps both sections.
    const key = `${m.from} ${m.to}`;
    const seen = mappings.get(key);
    if (!seen) mappings.set(key, { ...m, record: i + 1 });
    else if (Array.isArray(seen.props.sections))
      seen.props.sections = [...new Set([...(seen.props.sections as string[]), ...(m.props.sections as string[])])];
  });
  if (problems.length > 0) throw new ImportError(file.path, problems);

  const owned = new Set([...articles.keys()].map(slugOfCode));
  const references = new Map<string, string>();
  const links = new LinkCollector();
  for (const m of mappings.values()) {
    for (const [field, code] of [
      ['owasp_code', m.from],
      [m.field, m.to],
    ]) {
      if (!owned.has(slugOfCode(code)))
        references.set(slugOfCode(code), `record ${m.record} (${m.from} → ${m.to}), field ${field}: ${code}`);
    }
    links.add(
      'FrameworkItem',
      'MAPS_TO',
      'FrameworkItem',
      { ...ownedLink(info, slugOfCode(m.from), slugOfCode(m.to), m.props, info.id), source: m.source },
      true,
    );
  }
  for (const a of articles.values())
    links.add('Framework', 'HAS_ITEM', 'FrameworkItem', ownedLink(info, EU_AI_ACT.slug, slugOfCode(a.code)));
  const rows = [...articles.values()].map((a) => itemRow(info, { code: a.code, name: a.name, description: null, url: EU_AI_ACT.url }));
  return {
    info,
    frameworks,
    nodes: rows.length > 0 ? [{ label: 'FrameworkItem', rows }] : [],
    links: links.all(),
    references: [...references].map(([slug, where]) => ({ label: 'FrameworkItem' as const, slug, where })),
    recordTypes: ['MAPS_TO'],
    tally: { mappings: mappings.size, ...(rows.length > 0 ? { 'EU AI Act articles': rows.length } : {}) },
  };
}
