import { z } from 'zod';
import { adjacencyOf, findCycle } from '../../domain/find-cycle';
import type { DatasetInfo, DatasetPlan } from '../dataset-plan';
import { LinkCollector, ownedLink } from '../dataset-plan';
import { ImportError, parseList } from '../import-error';
import { type DataFile, parseJsonFile } from '../read-data-file';

/**
 * The Metacademy machine-learning concept graph (`concepts.json`): each concept
 * becomes a Skill, each prerequisite a REQUIRES edge, so learningPath, unlocks and
 * requiredBy work on it. Skills live in their own namespace (`metacademy-<tag>`) so
 * an import never touches a curated skill that happens to share a name.
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

export function planMetacademy(file: DataFile): DatasetPlan {
  const top = document.safeParse(parseJsonFile(file));
  if (!top.success)
    throw new ImportError(
      file.path,
      top.error.issues.map((i) => `top level, field ${i.path.join('.')}: ${i.message}`),
    );
  const problems: string[] = [];
  const concepts = parseList('concepts', top.data.concepts, concept, problems);
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
  if (problems.length > 0) throw new ImportError(file.path, problems);

  const commit = /@([0-9a-f]{7,40})$/.exec(top.data.source ?? '')?.[1] ?? null;
  const tree = `${REPO}/tree/${commit ?? 'master'}/concepts`;
  const info: DatasetInfo = {
    id: 'metacademy',
    title: 'Metacademy machine-learning concept graph',
    version: commit ? `commit ${commit.slice(0, 12)}` : null,
    source: REPO,
    licence: 'CC BY-SA 3.0, Metacademy',
    framework: null,
  };
  const rows = concepts.map((c) => ({
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
  for (const c of concepts) {
    const done = new Set<string>();
    for (const p of c.prerequisites) {
      const to = skillSlugOfTag(p.id);
      if (done.has(to)) continue;
      done.add(to);
      const row = ownedLink(info, skillSlugOfTag(c.id), to, { reason: p.reason?.trim() || null, shortcut: p.shortcut ?? false });
      links.add('Skill', 'REQUIRES', 'Skill', { ...row, source: `${tree}/${normaliseTag(c.id)}/dependencies.txt` });
    }
  }
  return {
    info,
    nodes: [{ label: 'Skill', rows }],
    links: links.all(),
    references: [],
    recordTypes: [],
    tally: { concepts: rows.length, prerequisites: edges.length },
  };
}
