import { cypher } from '../db/cypher';
import { toFrameworkItem, toResource, toSkill } from '../db/record-mappers';
import type { CoverageKind, ResourceCoverageRecord, SkillCoverageRecord } from '../records';
import { listBySlugs } from './batch-query';

/** The coverage map's statements: what covers an item, and each framework's items in order. */
const Q = {
  frameworkItems: cypher('coverage/framework-items'),
  itemSkills: cypher('coverage/item-skills'),
  itemResources: cypher('coverage/item-resources'),
};

type Props = Record<string, unknown>;
type EntryRow = { kind: CoverageKind; sources: Array<string | null>; note: string | null; inheritedFrom: Props | null };

/** The edge's sources once each, in order (a path of two edges often repeats one). */
const distinct = (sources: Array<string | null>): string[] => [...new Set(sources.filter((s): s is string => !!s))];

function entry(row: EntryRow) {
  return {
    kind: row.kind,
    sources: distinct(row.sources),
    inheritedFrom: row.inheritedFrom ? toFrameworkItem(row.inheritedFrom) : null,
    direct: row.kind !== 'THROUGH_SKILL' && !row.inheritedFrom,
  };
}

export const frameworkItemsInOrder = listBySlugs(Q.frameworkItems, toFrameworkItem);

export const skillCoverageOf = listBySlugs(Q.itemSkills, (n): SkillCoverageRecord => {
  const row = n as EntryRow & { skill: Props };
  return { node: toSkill(row.skill), reason: row.note, ...entry(row) };
});

export const resourceCoverageOf = listBySlugs(Q.itemResources, (n): ResourceCoverageRecord => {
  const row = n as EntryRow & { resource: Props; skills: Props[]; on: string };
  const skills = row.skills.map(toSkill);
  // A rule has no note on an edge: say which skills carry it, and to which item.
  const reason =
    row.kind === 'THROUGH_SKILL'
      ? `Teaches ${skills.map((s) => s.name).join(', ')}, which ${skills.length === 1 ? 'covers' : 'cover'} ${row.on}.`
      : row.note;
  return { node: toResource(row.resource), skills, reason, ...entry(row) };
});
