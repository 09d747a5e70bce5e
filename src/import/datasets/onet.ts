import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { normaliseSkillName, type SkillNameIndex, slugOfSkillName } from '../../domain/skill-names';
import { projectRoot } from '../../project-root';
import type { NodeRow } from '../../writes/graph-batch';
import { type DatasetInfo, type DatasetPlan, type DemandSignalRow, LinkCollector, ownedLink, type SkillMerge } from '../dataset-plan';
import { ImportError, parseList } from '../import-error';
import { type DataFile, parseTsvFile, parseYamlFile, readDataFile } from '../read-data-file';

/**
 * O*NET Technology Skills (`npm run import -- onet <folder>`): every distinct technology
 * becomes a Skill (or joins the skill the graph already has under that name or alias),
 * every occupation an Occupation that USES its technologies, and each technology's
 * UNSPSC commodity a TechnologyCategory under its class, family and segment. The folder
 * is the official text release (`Technology Skills.txt`, …) or the shared copy
 * (`technology-skills.tsv`, …).
 */

const SOURCE = 'https://www.onetcenter.org/database.html';
export const ONET_DATASET = 'onet';
/** Other names of technologies that the merge rule cannot see (sourced, one entry per technology). */
export const ONET_ALIAS_FILE = join(projectRoot, 'data', 'joins', 'onet-technology-aliases.yaml');

const FILES = {
  technologies: {
    names: ['technology-skills.tsv', 'Technology Skills.txt'],
    columns: ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'],
  },
  occupations: { names: ['occupation-data.tsv', 'Occupation Data.txt'], columns: ['O*NET-SOC Code', 'Title', 'Description'] },
  unspsc: {
    names: ['unspsc-reference.tsv', 'UNSPSC Reference.txt'],
    columns: [
      'Commodity Code',
      'Commodity Title',
      'Class Code',
      'Class Title',
      'Family Code',
      'Family Title',
      'Segment Code',
      'Segment Title',
    ],
  },
  readMe: { names: ['onet-read-me.txt', 'Read Me.txt'] },
} as const;

export type CategoryLevel = 'SEGMENT' | 'FAMILY' | 'CLASS' | 'COMMODITY';

interface Category {
  code: string;
  title: string;
  level: CategoryLevel;
  parent: string | null;
}

interface TechnologyRow {
  occupation: string;
  technology: string;
  commodity: string;
  hot: boolean;
  inDemand: boolean;
}

/** The validated release: everything the plan needs, no graph involved yet. */
export interface OnetRelease {
  folder: string;
  sha256: string;
  version: string;
  /** The release month, `YYYY-MM`, when the read-me states it. */
  released: string | null;
  occupations: Map<string, { title: string; description: string }>;
  /** Every UNSPSC level the technologies use, by code. */
  categories: Map<string, Category>;
  rows: TechnologyRow[];
  /** Sourced other names of technologies (data/joins/onet-technology-aliases.yaml). */
  aliases: Map<string, { names: string[]; source: string }>;
}

const aliasEntry = z.strictObject({
  technology: z.string().trim().min(1),
  names: z.array(z.string().trim().min(1)).min(1),
  source: z.url({ protocol: /^https$/ }),
});

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SOC = /^\d{2}-\d{4}\.\d{2}$/;
const UNSPSC = /^\d{8}$/;

function findFile(folder: string, names: readonly string[]): string {
  return names.map((n) => join(folder, n)).find((p) => existsSync(p)) ?? join(folder, names[0]);
}

/**
 * Reads and checks the whole release folder and the alias file: a missing file, a
 * wrong header, a ragged row, an unknown occupation or commodity code, a flag other
 * than Y/N. Every problem names its file and line; any problem and nothing is written.
 */
export function readOnetRelease(folder: string, aliasFile = ONET_ALIAS_FILE): OnetRelease {
  const problems: string[] = [];
  const read = (names: readonly string[]): DataFile | null => {
    const path = findFile(folder, names);
    if (!existsSync(path)) {
      problems.push(`${names[0]}: missing from the folder (the official release calls it "${names[1]}")`);
      return null;
    }
    return readDataFile(path);
  };
  const tech = read(FILES.technologies.names);
  const occ = read(FILES.occupations.names);
  const ref = read(FILES.unspsc.names);
  const readMe = existsSync(findFile(folder, FILES.readMe.names)) ? readDataFile(findFile(folder, FILES.readMe.names)) : null;
  if (!tech || !occ || !ref) throw new ImportError(folder, problems);

  const occupations = new Map<string, { title: string; description: string }>();
  for (const { line, values } of parseTsvFile(occ, FILES.occupations.columns, problems)) {
    const code = values['O*NET-SOC Code'];
    const at = `${FILES.occupations.names[0]} line ${line}`;
    if (!SOC.test(code)) problems.push(`${at}: "${code}" is not an O*NET-SOC code such as 15-2051.00`);
    else if (occupations.has(code)) problems.push(`${at}: occupation ${code} appears twice`);
    else if (!values.Title) problems.push(`${at}: occupation ${code} has no title`);
    else occupations.set(code, { title: values.Title, description: values.Description });
  }

  const reference = new Map<string, { values: Record<string, string>; line: number }>();
  for (const { line, values } of parseTsvFile(ref, FILES.unspsc.columns, problems)) {
    const code = values['Commodity Code'];
    if (!UNSPSC.test(code)) problems.push(`${FILES.unspsc.names[0]} line ${line}: "${code}" is not an 8-digit UNSPSC commodity code`);
    else reference.set(code, { values, line });
  }

  const rows: TechnologyRow[] = [];
  const pairs = new Set<string>();
  const flag = (value: string, column: string, at: string): boolean => {
    if (value !== 'Y' && value !== 'N') problems.push(`${at}: ${column} must be Y or N; found "${value}"`);
    return value === 'Y';
  };
  for (const { line, values } of parseTsvFile(tech, FILES.technologies.columns, problems)) {
    const at = `${FILES.technologies.names[0]} line ${line}`;
    const row = checkTechnologyRow(values, at, occupations, reference, problems);
    if (!row) continue;
    const hot = flag(values['Hot Technology'], 'Hot Technology', at);
    const inDemand = flag(values['In Demand'], 'In Demand', at);
    const pair = `${row.occupation}\t${row.technology}`;
    if (pairs.has(pair)) problems.push(`${at}: ${row.occupation} lists "${row.technology}" twice`);
    pairs.add(pair);
    rows.push({ ...row, hot, inDemand });
  }

  const categories = new Map<string, Category>();
  for (const commodity of new Set(rows.map((r) => r.commodity))) addCategories(categories, reference.get(commodity)!.values);

  // The alias file is checked against the release only once the release itself reads cleanly.
  if (problems.length > 0) throw new ImportError(folder, problems);
  const aliases = readAliases(aliasFile, new Set(rows.map((r) => r.technology)), problems);
  if (problems.length > 0) throw new ImportError(folder, problems);

  const head = readMe?.text.split(/\r?\n/).slice(0, 3).join(' ') ?? '';
  const version =
    /O\*NET\s+(\d+(?:\.\d+)+)\s+Database/i.exec(head)?.[1] ?? /(\d+(?:\.\d+)+)/.exec(folder.split(/[\\/]/).pop() ?? '')?.[1] ?? null;
  if (!version) throw new ImportError(folder, ['onet-read-me.txt: no "O*NET <version> Database" line, and the folder name has no version']);
  const month = /\b([A-Z][a-z]+)\s+(\d{4})\s+Release/.exec(head);
  const m = month ? MONTHS.indexOf(month[1].toLowerCase()) : -1;
  const sha256 = createHash('sha256')
    .update([tech, occ, ref, readMe].map((f) => f?.sha256 ?? '').join(' '))
    .digest('hex');
  return {
    folder,
    sha256,
    version,
    released: m >= 0 ? `${month![2]}-${String(m + 1).padStart(2, '0')}` : null,
    occupations,
    categories,
    rows,
    aliases,
  };
}

function checkTechnologyRow(
  values: Record<string, string>,
  at: string,
  occupations: Map<string, unknown>,
  reference: Map<string, { values: Record<string, string>; line: number }>,
  problems: string[],
): Omit<TechnologyRow, 'hot' | 'inDemand'> | null {
  const occupation = values['O*NET-SOC Code'];
  const technology = values.Example;
  const commodity = values['Commodity Code'];
  const before = problems.length;
  if (!occupations.has(occupation)) problems.push(`${at}: unknown occupation code "${occupation}" (not in ${FILES.occupations.names[0]})`);
  if (!technology) problems.push(`${at}: the Example (technology name) is empty`);
  else if (!normaliseSkillName(technology)) problems.push(`${at}: the technology "${technology}" has no letters or digits`);
  const known = reference.get(commodity);
  if (!known) problems.push(`${at}: unknown commodity code "${commodity}" (not in ${FILES.unspsc.names[0]})`);
  else if (known.values['Commodity Title'] !== values['Commodity Title'])
    problems.push(
      `${at}: commodity ${commodity} is titled "${values['Commodity Title']}", but ${FILES.unspsc.names[0]} line ${known.line} says "${known.values['Commodity Title']}"`,
    );
  return problems.length === before ? { occupation, technology, commodity } : null;
}

/** A commodity and the class, family and segment above it. */
function addCategories(into: Map<string, Category>, v: Record<string, string>): void {
  const levels: Array<[CategoryLevel, string, string]> = [
    ['SEGMENT', v['Segment Code'], v['Segment Title']],
    ['FAMILY', v['Family Code'], v['Family Title']],
    ['CLASS', v['Class Code'], v['Class Title']],
    ['COMMODITY', v['Commodity Code'], v['Commodity Title']],
  ];
  levels.forEach(([level, code, title], i) => {
    if (!into.has(code)) into.set(code, { code, title, level, parent: i === 0 ? null : levels[i - 1][1] });
  });
}

function readAliases(path: string, technologies: Set<string>, problems: string[]): Map<string, { names: string[]; source: string }> {
  const out = new Map<string, { names: string[]; source: string }>();
  if (!existsSync(path)) return out;
  const file = readDataFile(path);
  const doc = parseYamlFile(file) as { aliases?: unknown } | null;
  const entries = parseList(`${path} aliases`, doc?.aliases ?? [], aliasEntry, problems, 'technology');
  entries.forEach((e, i) => {
    if (!technologies.has(e.technology)) problems.push(`${path} aliases record ${i} (${e.technology}): not a technology of the release`);
    else if (out.has(e.technology)) problems.push(`${path} aliases record ${i} (${e.technology}): listed twice`);
    else out.set(e.technology, { names: e.names, source: e.source });
  });
  return out;
}

/**
 * The plan for a release against the skills the graph holds (not owned by O*NET):
 * technologies whose name, or a name the alias file gives them, matches a skill's name
 * or alias join that skill; the rest become O*NET's own skills. USES edges are one per
 * occupation and skill after merging (flags OR-ed, technology names kept).
 */
export function planOnet(release: OnetRelease, skills: SkillNameIndex): DatasetPlan {
  const info: DatasetInfo = {
    id: ONET_DATASET,
    title: `O*NET ${release.version} Database: Technology Skills`,
    version: release.version,
    released: release.released,
    source: SOURCE,
    licence: 'CC BY 4.0, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
    credit: onetCredit(release.version),
    framework: null,
  };

  // Technologies by normalised name (one skill each), in first-seen order.
  const technologies = new Map<string, { names: string[]; commodities: Map<string, number> }>();
  for (const r of release.rows) {
    const key = normaliseSkillName(r.technology);
    const t = technologies.get(key) ?? { names: [], commodities: new Map<string, number>() };
    if (!t.names.includes(r.technology)) t.names.push(r.technology);
    t.commodities.set(r.commodity, (t.commodities.get(r.commodity) ?? 0) + 1);
    technologies.set(key, t);
  }

  const slugOf = new Map<string, string>();
  const merges: SkillMerge[] = [];
  const skillRows: NodeRow[] = [];
  const references: DatasetPlan['references'] = [];
  for (const t of technologies.values()) {
    const aliasNames = t.names.flatMap((n) => release.aliases.get(n)?.names ?? []);
    const hit = skills.match([...t.names, ...aliasNames]);
    if (hit) {
      for (const n of t.names) slugOf.set(n, hit.slug);
      merges.push({ record: t.names[0], into: hit.slug, by: hit.by, matched: hit.matched, as: hit.as });
      references.push({ label: 'Skill', slug: hit.slug, where: `skill ${hit.slug} (the merge target of "${t.names[0]}")` });
      continue;
    }
    let slug = slugOfSkillName(t.names[0]);
    if (skills.hasSlug(slug)) slug = slugOfSkillName(`onet ${t.names[0]}`);
    for (const n of t.names) slugOf.set(n, slug);
    const alias = t.names.map((n) => release.aliases.get(n)).find((a) => a);
    const primary = [...t.commodities].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    skillRows.push({
      slug,
      props: {
        name: t.names[0],
        description: null,
        category: release.categories.get(primary)!.title,
        level: null,
        trend: null,
        demandRank: null,
        aliases: [...new Set([...t.names.slice(1), ...aliasNames])],
        aliasesSource: alias?.source ?? null,
        source: SOURCE,
        dataset: info.id,
      },
    });
  }

  const occupationRows: NodeRow[] = [...release.occupations].map(([code, o]) => {
    const used = release.rows.filter((r) => r.occupation === code).length;
    return {
      slug: occupationSlug(code),
      props: {
        code,
        title: o.title,
        name: o.title,
        description: o.description || null,
        technologyCount: used,
        // How telling it is that two technologies share this occupation: ln(technologies / the occupation's technologies).
        relatedWeight: used > 0 ? Math.log(technologies.size / used) : null,
        source: SOURCE,
        dataset: info.id,
      },
    };
  });
  const categoryRows: NodeRow[] = [...release.categories.values()].map((c) => ({
    slug: c.code,
    props: { code: c.code, title: c.title, name: c.title, level: c.level, source: SOURCE, dataset: info.id },
  }));

  const links = new LinkCollector();
  for (const c of release.categories.values())
    if (c.parent) links.add('TechnologyCategory', 'PART_OF', 'TechnologyCategory', ownedLink(info, c.code, c.parent));
  const uses = combine(release.rows, (r) => [r.occupation, slugOf.get(r.technology)!]);
  for (const [[occupation, slug], rows] of uses) {
    links.add(
      'Occupation',
      'USES',
      'Skill',
      ownedLink(info, occupationSlug(occupation), slug, {
        hot: rows.some((r) => r.hot),
        inDemand: rows.some((r) => r.inDemand),
        technologies: [...new Set(rows.map((r) => r.technology))].sort(),
      }),
    );
  }
  for (const [[slug, commodity], rows] of combine(release.rows, (r) => [slugOf.get(r.technology)!, r.commodity])) {
    links.add(
      'Skill',
      'IN_CATEGORY',
      'TechnologyCategory',
      ownedLink(info, slug, commodity, { technologies: [...new Set(rows.map((r) => r.technology))].sort() }),
    );
  }

  const signals = demandSignals(uses);
  const counts = (level: CategoryLevel) => [...release.categories.values()].filter((c) => c.level === level).length;
  return {
    info,
    nodes: [
      { label: 'TechnologyCategory', rows: categoryRows },
      { label: 'Occupation', rows: occupationRows },
      { label: 'Skill', rows: skillRows },
    ],
    links: links.all(),
    references,
    recordTypes: [],
    merges,
    demandSignals: signals,
    tally: {
      technologies: technologies.size,
      'merged into existing skills': merges.length,
      occupations: release.occupations.size,
      'occupations with technologies': new Set(release.rows.map((r) => r.occupation)).size,
      'USES edges': uses.size,
      commodities: counts('COMMODITY'),
      classes: counts('CLASS'),
      families: counts('FAMILY'),
      segments: counts('SEGMENT'),
    },
  };
}

/** An occupation's slug: its O*NET-SOC code in kebab case (`15-2051.00` → `15-2051-00`); the API finds it by code. */
export const occupationSlug = (code: string) => code.replace('.', '-');

/** Groups rows by a two-part key, in first-seen order. */
function combine<T>(rows: T[], keyOf: (r: T) => [string, string]): Map<[string, string], T[]> {
  const byKey = new Map<string, { key: [string, string]; rows: T[] }>();
  for (const r of rows) {
    const key = keyOf(r);
    const k = key.join('\t');
    const entry = byKey.get(k) ?? { key, rows: [] };
    entry.rows.push(r);
    byKey.set(k, entry);
  }
  return new Map([...byKey.values()].map((e) => [e.key, e.rows]));
}

/**
 * Per skill: how many occupations use it, how many of those flag it Hot Technology or
 * In Demand, and the rank that follows: most In Demand flags first, then Hot, then
 * occupations; equal figures share a rank (1, 2, 2, 4).
 */
function demandSignals(uses: Map<[string, string], Array<{ hot: boolean; inDemand: boolean }>>): DemandSignalRow[] {
  const bySkill = new Map<string, { occupations: number; hot: number; inDemand: number }>();
  for (const [[, slug], rows] of uses) {
    const s = bySkill.get(slug) ?? { occupations: 0, hot: 0, inDemand: 0 };
    s.occupations += 1;
    if (rows.some((r) => r.hot)) s.hot += 1;
    if (rows.some((r) => r.inDemand)) s.inDemand += 1;
    bySkill.set(slug, s);
  }
  const sorted = [...bySkill].sort(
    ([sa, a], [sb, b]) => b.inDemand - a.inDemand || b.hot - a.hot || b.occupations - a.occupations || sa.localeCompare(sb),
  );
  const out: DemandSignalRow[] = [];
  sorted.forEach(([slug, s], i) => {
    const previous = out[i - 1];
    const tied = previous && previous.inDemand === s.inDemand && previous.hot === s.hot && previous.occupations === s.occupations;
    out.push({ slug, ...s, rank: tied ? previous.rank : i + 1 });
  });
  return out;
}

/** The credit line O*NET's licence asks for, with the note that skillgraph modified the data. */
export function onetCredit(version: string): string {
  return (
    `This includes information from the O*NET ${version} Database by the U.S. Department of Labor, Employment and Training ` +
    'Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. skillgraph has modified ' +
    'all or some of this information: technologies are merged into skills the graph already holds by name and alias, and ' +
    'demand ranks are computed from the Hot Technology and In Demand flags. USDOL/ETA has not approved, endorsed, or tested ' +
    'these modifications.'
  );
}
