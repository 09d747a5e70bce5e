import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type KnownSkill, normaliseSkillName, SkillNameIndex } from '../../src/domain/skill-names';
import type { Driver } from '../../src/db/driver';
import { projectRoot } from '../../src/project-root';
import { rawCypher } from './neo4j';
import { files, readTsv } from './shared-data';

/** One row of technology-skills.tsv. */
export interface TechnologyRow {
  occupation: string;
  technology: string;
  commodity: string;
  hot: boolean;
  inDemand: boolean;
}

/** A UNSPSC commodity with the class, family and segment above it. */
export interface Commodity {
  title: string;
  class: string;
  family: string;
  segment: string;
}

/**
 * The O*NET release as its files state it, read without the importer, so tests compare
 * what the API answers with the publisher's data rather than with the importer's output.
 */
export function readOnetFiles() {
  const rows: TechnologyRow[] = readTsv(join(files.onet, 'technology-skills.tsv')).map((r) => ({
    occupation: r['O*NET-SOC Code'],
    technology: r.Example,
    commodity: r['Commodity Code'],
    hot: r['Hot Technology'] === 'Y',
    inDemand: r['In Demand'] === 'Y',
  }));
  const occupations = new Map(
    readTsv(join(files.onet, 'occupation-data.tsv')).map((r) => [r['O*NET-SOC Code'], { title: r.Title, description: r.Description }]),
  );
  const commodities = new Map<string, Commodity>(
    readTsv(join(files.onet, 'unspsc-reference.tsv')).map((r) => [
      r['Commodity Code'],
      { title: r['Commodity Title'], class: r['Class Code'], family: r['Family Code'], segment: r['Segment Code'] },
    ]),
  );
  const head = readFileSync(join(files.onet, 'onet-read-me.txt'), 'utf8').split(/\r?\n/).slice(0, 3).join(' ');
  return { rows, occupations, commodities, head };
}

export type OnetFiles = ReturnType<typeof readOnetFiles>;

/**
 * The skill each technology becomes under the documented merge rule (src/domain/skill-names.ts
 * and the sourced aliases of data/joins/onet-technology-aliases.yaml) against `known`, the
 * skills the graph held before O*NET (the seed's and Metacademy's): the slug of the skill it
 * joins, else its normalised name (technologies of equal normal form are one skill).
 */
export function skillKeys(rows: TechnologyRow[], known: KnownSkill[]): Map<string, string> {
  const doc = parseYaml(readFileSync(join(projectRoot, 'data', 'joins', 'onet-technology-aliases.yaml'), 'utf8')) as {
    aliases: Array<{ technology: string; names: string[] }>;
  };
  const aliases = new Map(doc.aliases.map((a) => [a.technology, a.names]));
  const groups = new Map<string, string[]>();
  for (const { technology } of rows) {
    const names = groups.get(normaliseSkillName(technology)) ?? [];
    if (!names.includes(technology)) names.push(technology);
    groups.set(normaliseSkillName(technology), names);
  }
  const index = new SkillNameIndex(known);
  const keys = new Map<string, string>();
  for (const [normal, names] of groups) {
    const hit = index.match([...names, ...names.flatMap((n) => aliases.get(n) ?? [])]);
    for (const n of names) keys.set(n, hit ? hit.slug : `onet:${normal}`);
  }
  return keys;
}

/** Per skill key: occupations using it, and how many of those flag it Hot or In Demand. */
export function demandFigures(rows: TechnologyRow[], keyOf: Map<string, string>) {
  const uses = new Map<string, { hot: boolean; inDemand: boolean }>();
  for (const r of rows) {
    const id = `${keyOf.get(r.technology)}\t${r.occupation}`;
    const u = uses.get(id) ?? { hot: false, inDemand: false };
    uses.set(id, { hot: u.hot || r.hot, inDemand: u.inDemand || r.inDemand });
  }
  const figures = new Map<string, { occupations: number; hot: number; inDemand: number }>();
  for (const [id, u] of uses) {
    const key = id.split('\t')[0];
    const f = figures.get(key) ?? { occupations: 0, hot: 0, inDemand: 0 };
    figures.set(key, { occupations: f.occupations + 1, hot: f.hot + Number(u.hot), inDemand: f.inDemand + Number(u.inDemand) });
  }
  return figures;
}

/** The rank the README states: most In Demand first, then Hot, then occupations; ties share a rank. */
export function onetRank(figures: ReturnType<typeof demandFigures>, key: string): number {
  const f = figures.get(key)!;
  const better = [...figures.values()].filter(
    (g) =>
      g.inDemand > f.inDemand ||
      (g.inDemand === f.inDemand && g.hot > f.hot) ||
      (g.inDemand === f.inDemand && g.hot === f.hot && g.occupations > f.occupations),
  );
  return better.length + 1;
}

/** The O*NET files, and the skill each technology became in the graph `driver` reads (see skillKeys). */
export async function onetAsImported(driver: Driver): Promise<{ onet: OnetFiles; keyOf: Map<string, string> }> {
  const onet = readOnetFiles();
  const known = await rawCypher<KnownSkill>(
    driver,
    `MATCH (s:Skill) WHERE coalesce(s.dataset, '') <> 'onet'
     RETURN s.slug AS slug, s.name AS name, coalesce(s.aliases, []) AS aliases, s.dataset AS dataset`,
  );
  return { onet, keyOf: skillKeys(onet.rows, known) };
}
