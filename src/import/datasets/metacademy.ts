import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { adjacencyOf, findCycle } from '../../domain/find-cycle';
import type { SkillNameIndex } from '../../domain/skill-names';
import { projectRoot } from '../../project-root';
import type { DatasetInfo, DatasetPlan, SkillMerge } from '../dataset-plan';
import { LinkCollector, ownedLink } from '../dataset-plan';
import { ImportError, parseList } from '../import-error';
import { type DataFile, parseDocument, parseYamlFile, readDataFile } from '../read-data-file';

/**
 * The Metacademy machine-learning concept graph (`concepts.json`): each concept
 * becomes a Skill, each prerequisite a REQUIRES edge, so learningPath, unlocks and
 * requiredBy work on it. Skills live in their own namespace (`metacademy-<tag>`) so
 * an import never touches a curated skill; a concept whose title is the name or an
 * alias of a skill of another owner joins that skill instead (src/domain/skill-names.ts).
 * The curated join (data/joins/metacademy-skills.yaml) adds REQUIRES edges from curated
 * skills down into the concepts.
 */

export const METACADEMY_PREFIX = 'metacademy-';
const REPO = 'https://github.com/metacademy/metacademy-content';

const prerequisite = z.looseObject({ id: z.string().min(1), reason: z.string().optional(), shortcut: z.boolean().optional() });
const concept = z.looseObject({
  id: z.string().min(1),
  title: z.string().trim().min(1),
  summary: z.string().default(''),
  prerequisites: z.array(prerequisite).default([]),
});
const document = z.looseObject({ source: z.string().optional(), concepts: z.array(z.unknown()) });
const joinEntry = z.strictObject({
  skill: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a skill slug'),
  concepts: z.array(z.string().min(1)).min(1),
  note: z.string().trim().min(1),
});

/** The curated join of seed skills to Metacademy concepts. */
export const METACADEMY_JOIN_FILE = join(projectRoot, 'data', 'joins', 'metacademy-skills.yaml');

export interface MetacademyJoin {
  skill: string;
  /** Normalised tags. */
  concepts: string[];
  note: string;
}

/** Reads the join file (absent = no joins); a malformed entry stops the import naming the file. */
export function readMetacademyJoins(path = METACADEMY_JOIN_FILE): MetacademyJoin[] {
  if (!existsSync(path)) return [];
  const problems: string[] = [];
  const doc = parseYamlFile(readDataFile(path)) as { requires?: unknown } | null;
  const entries = parseList('requires', doc?.requires ?? [], joinEntry, problems, 'skill');
  if (problems.length > 0) throw new ImportError(path, problems);
  return entries.map((e) => ({ skill: e.skill, concepts: e.concepts.map(normaliseTag), note: e.note }));
}

/** Metacademy's own tag rule (normalize_input_tag): lower case, anything outside [a-z0-9] becomes `_`. */
export const normaliseTag = (tag: string) =>
  tag
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '_');
export const skillSlugOfTag = (tag: string) =>
  METACADEMY_PREFIX +
  normaliseTag(tag)
    .replace(/_+/g, '-')
    .replace(/^-+|-+$/g, '');
const displayName = (title: string) => title.charAt(0).toUpperCase() + title.slice(1);

export function planMetacademy(file: DataFile, skills?: SkillNameIndex, joins: MetacademyJoin[] = []): DatasetPlan {
  const doc = parseDocument(file, 'json', document);
  const problems: string[] = [];
  const concepts = parseList('concepts', doc.concepts, concept, problems);
  const slugs = new Map<string, string>();
  concepts.forEach((c, i) => {
    const slug = skillSlugOfTag(c.id);
    if (slug === METACADEMY_PREFIX) problems.push(`concepts record ${i} (${c.id}), field id: no letters or digits`);
    const other = slugs.get(slug);
    if (other !== undefined)
      problems.push(`concepts record ${i} (${c.id}), field id: the same concept as ${other} once - and _ are normalised`);
    slugs.set(slug, c.id);
  });
  const edges: Array<[string, string]> = [];
  concepts.forEach((c, i) => {
    const seen = new Set<string>();
    c.prerequisites.forEach((p, j) => {
      const to = skillSlugOfTag(p.id);
      const at = `concepts record ${i} (${c.id}), field prerequisites.${j}.id`;
      if (!slugs.has(to)) problems.push(`${at}: unknown concept ${p.id}`);
      else if (to === skillSlugOfTag(c.id)) problems.push(`${at}: a concept cannot require itself`);
      else if (!seen.has(to)) edges.push([skillSlugOfTag(c.id), to]);
      seen.add(to);
    });
  });
  if (problems.length === 0) {
    const cycle = findCycle(adjacencyOf(edges));
    if (cycle)
      problems.push(`concepts, field prerequisites: the prerequisites form a cycle: ${cycle.map((s) => slugs.get(s)).join(' -> ')}`);
  }
  const tags = new Set(concepts.map((c) => normaliseTag(c.id)));
  joins.forEach((j, i) =>
    j.concepts.forEach((t, k) => {
      if (!tags.has(t))
        problems.push(`${METACADEMY_JOIN_FILE} requires record ${i} (${j.skill}), field concepts.${k}: unknown concept ${t}`);
    }),
  );
  if (problems.length > 0) throw new ImportError(file.path, problems);

  // Concepts named like a skill of another owner join it (the merge rule); the rest are Metacademy's own.
  const merges: SkillMerge[] = [];
  const target = new Map<string, string>();
  for (const c of concepts) {
    const hit = skills?.match([c.title]);
    if (hit) merges.push({ record: c.title, into: hit.slug, by: hit.by, matched: hit.matched, as: hit.as });
    target.set(skillSlugOfTag(c.id), hit?.slug ?? skillSlugOfTag(c.id));
  }
  const slugOf = (tag: string) => target.get(skillSlugOfTag(tag))!;

  const commit = /@([0-9a-f]{7,40})$/.exec(doc.source ?? '')?.[1] ?? null;
  const tree = `${REPO}/tree/${commit ?? 'master'}/concepts`;
  const info: DatasetInfo = {
    id: 'metacademy',
    title: 'Metacademy machine-learning concept graph',
    version: commit ? `commit ${commit.slice(0, 12)}` : null,
    source: REPO,
    licence: 'CC BY-SA 3.0, Metacademy',
    credit:
      'Concept graph from Metacademy (metacademy.org), metacademy/metacademy-content, licensed CC BY-SA 3.0. skillgraph normalised the tags and joined the concepts to its curated skills; not endorsed by Metacademy.',
    framework: null,
  };
  const rows = concepts
    .filter((c) => slugOf(c.id) === skillSlugOfTag(c.id))
    .map((c) => ({
      slug: skillSlugOfTag(c.id),
      props: {
        name: displayName(c.title),
        description: c.summary.trim() || null,
        category: 'Metacademy',
        level: null,
        trend: null,
        demandRank: null,
        aliases: [],
        externalId: normaliseTag(c.id),
        source: `${tree}/${normaliseTag(c.id)}`,
        dataset: info.id,
      },
    }));
  const links = new LinkCollector();
  const done = new Set<string>();
  const link = (from: string, to: string, row: Parameters<LinkCollector['add']>[3]) => {
    // Merges can fold two concepts into one skill: no self-loops, each pair once.
    if (from === to || done.has(`${from} ${to}`)) return;
    done.add(`${from} ${to}`);
    links.add('Skill', 'REQUIRES', 'Skill', row);
  };
  for (const c of concepts) {
    for (const p of c.prerequisites) {
      const row = ownedLink(info, slugOf(c.id), slugOf(p.id), { reason: p.reason?.trim() || null, shortcut: p.shortcut ?? false });
      link(row.from, row.to, { ...row, source: `${tree}/${normaliseTag(c.id)}/dependencies.txt` });
    }
  }
  // The curated join: only for skills the graph holds (the seed may come later; see boot.ts).
  const skipped = joins.filter((j) => !skills?.hasSlug(j.skill));
  const references: DatasetPlan['references'] = [];
  for (const j of joins.filter((x) => skills?.hasSlug(x.skill))) {
    references.push({ label: 'Skill', slug: j.skill, where: `skill ${j.skill} (${METACADEMY_JOIN_FILE})` });
    for (const t of j.concepts)
      link(j.skill, slugOf(t), { ...ownedLink(info, j.skill, slugOf(t), { reason: j.note, shortcut: false }), source: 'curated' });
  }
  for (const m of merges) references.push({ label: 'Skill', slug: m.into, where: `skill ${m.into} (the merge target of "${m.record}")` });
  return {
    info,
    nodes: [{ label: 'Skill', rows }],
    links: links.all(),
    references,
    recordTypes: [],
    merges,
    tally: {
      concepts: concepts.length,
      prerequisites: edges.length,
      'merged into existing skills': merges.length,
      'curated joins': joins.reduce((n, j) => n + (skipped.includes(j) ? 0 : j.concepts.length), 0),
      'joins skipped (skill not in the graph)': skipped.reduce((n, j) => n + j.concepts.length, 0),
    },
  };
}
