/**
 * A synthetic bulk import of exactly `items` nodes and edges under a slug prefix:
 * skills with a DAG of prerequisites (each skill requires up to two earlier ones),
 * a few companies hiring for them. Deterministic, so counts can be asserted.
 */
export function bulkImport(prefix: string, items: number) {
  const skillCount = Math.floor(items * 0.4);
  const companyCount = Math.min(50, Math.floor(items * 0.01));
  const skills = Array.from({ length: skillCount }, (_, i) => ({
    slug: `${prefix}skill-${i}`,
    name: `Synthetic skill ${i}`,
    level: (['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const)[i % 3],
    aliases: [`syn ${i}`],
  }));
  const companies = Array.from({ length: companyCount }, (_, i) => ({
    slug: `${prefix}company-${i}`,
    name: `Company ${i}`,
    website: `https://c${i}.example`,
  }));
  const edges: Array<{ from: { kind: string; slug: string }; type: string; to: { kind: string; slug: string }; source?: string }> = [];
  const room = items - skillCount - companyCount;
  for (let i = 1; edges.length < room && i < skillCount; i++) {
    for (const back of [1, 7]) {
      if (i - back >= 0 && edges.length < room) {
        edges.push({ from: { kind: 'SKILL', slug: skills[i].slug }, type: 'REQUIRES', to: { kind: 'SKILL', slug: skills[i - back].slug } });
      }
    }
  }
  for (let i = 0; edges.length < room; i++) {
    edges.push({
      from: { kind: 'COMPANY', slug: companies[i % companyCount].slug },
      type: 'HIRES_FOR',
      to: { kind: 'SKILL', slug: skills[(i * 13) % skillCount].slug },
    });
  }
  return { skills, companies, edges };
}

export const IMPORT_GRAPH = `mutation($input: ImportGraphInput!) {
  importGraph(input: $input) { dryRun items nodesCreated nodesUpdated nodesUnchanged relationshipsCreated relationshipsUpdated relationshipsUnchanged }
}`;
