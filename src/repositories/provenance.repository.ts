import { cypher } from '../db/cypher';
import type { QueryRunner } from '../db/query-runner';
import { toCompany, toFrameworkItem, toSkill } from '../db/record-mappers';
import { num, str, strs } from '../db/repository-helpers';
import type {
  CoversEdgeRecord,
  EdgeProvenance,
  HiredSkillEdgeRecord,
  HiringCompanyEdgeRecord,
  MappingEdgeRecord,
  MappingStatementRecord,
  MitigationEdgeRecord,
  PrerequisiteEdgeRecord,
  SourcedEdgeRecord,
} from '../records';
import { listBySlugs } from './batch-query';

/** The relationship lists with their edges' properties (schema/provenance.graphql), one statement each. */
const Q = {
  prerequisites: cypher('provenance/skill-prerequisites'),
  requiredBy: cypher('provenance/skill-required-by'),
  covers: cypher('provenance/skill-covers'),
  hiringCompanies: cypher('provenance/skill-hiring-companies'),
  companySkills: cypher('provenance/company-skills'),
  mitigations: cypher('provenance/item-mitigations'),
  mappings: cypher('provenance/item-mappings'),
};

type Row = Record<string, unknown>;

/** Distinct, in the order first named: a source stating an edge twice counts once. */
const distinct = (values: unknown): string[] => [...new Set(strs(values))];

function provenance(row: Row): EdgeProvenance {
  return { source: str(row.source), sources: distinct(row.sources), position: num(row.position) };
}

function prerequisiteEdge(row: Row): PrerequisiteEdgeRecord {
  return {
    node: toSkill(row.node as Row),
    ...provenance(row),
    reason: str(row.reason),
    shortcut: typeof row.shortcut === 'boolean' ? row.shortcut : null,
  };
}

const plainEdge =
  <T>(toNode: (p: Row) => T) =>
  (row: Row): SourcedEdgeRecord<T> => ({ node: toNode(row.node as Row), ...provenance(row) });

export const prerequisiteEdgesOf = listBySlugs(Q.prerequisites, prerequisiteEdge);
export const requiredByEdgesOf = listBySlugs(Q.requiredBy, prerequisiteEdge);
export const hiringCompanyEdgesOf = listBySlugs<HiringCompanyEdgeRecord>(Q.hiringCompanies, plainEdge(toCompany));
export const hiredSkillEdgesOf = listBySlugs<HiredSkillEdgeRecord>(Q.companySkills, plainEdge(toSkill));
export const coversEdgesOf = listBySlugs(Q.covers, (row): CoversEdgeRecord => ({
  node: toFrameworkItem(row.node as Row),
  ...provenance(row),
  note: str(row.note),
}));

/**
 * A mitigation of a technique is ATLAS's MITIGATES edge itself (`how` its text); of a
 * risk, it holds through the referenced techniques, listed in `via`, and its sources are
 * ATLAS's and the OWASP links' together.
 */
export const mitigationEdgesOf = listBySlugs(Q.mitigations, (row): MitigationEdgeRecord => {
  const uses = row.uses as Row[];
  const direct = uses.find((u) => u.technique === null);
  const via = uses.filter((u) => u.technique !== null);
  const sources = distinct(uses.flatMap((u) => strs(u.sources)));
  return {
    node: toFrameworkItem(row.node as Row),
    how: direct ? str(direct.how) : null,
    source: str((direct ?? uses[0]).source),
    sources,
    position: null,
    via: via.map((u) => ({ technique: toFrameworkItem(u.technique as Row), how: str(u.how), source: str(u.source) })),
  };
});

function statement(s: Row): MappingStatementRecord {
  return {
    source: String(s.source),
    dataset: str(s.dataset),
    origin: str(s.origin),
    confidence: Number(s.confidence),
    label: str(s.label),
    note: str(s.note),
    sections: strs(s.sections),
    tier: str(s.tier),
    scope: str(s.scope),
    check: str(s.check),
  };
}

/** One edge per mapped item; the statements arrive most confident first, so the first speaks for the edge. */
function mappingEdge(row: Row): MappingEdgeRecord {
  const rows = row.statements as Row[];
  const statements = rows.map(statement);
  const best = statements[0];
  return {
    node: toFrameworkItem(row.node as Row),
    source: best.source,
    sources: distinct(rows.flatMap((s) => strs(s.sources))),
    position: num(rows[0].position),
    confidence: best.confidence,
    origin: best.origin,
    note: best.note,
    statements,
  };
}

const mappingsIn = listBySlugs(Q.mappings, mappingEdge);

/** Each item's direct mappings, optionally only to the framework `to` (slug). */
export function mappingEdgesOf(db: QueryRunner, slugs: readonly string[], { to }: { to: string | null }) {
  return mappingsIn(db, slugs, { to });
}
