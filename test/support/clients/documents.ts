import { toGlobalId } from '../../../src/graphql/global-id';

/**
 * The two halves of the page client libraries tripped over: the skill page, and a
 * graph view around the same skill. Every client test sends these same texts.
 */
export const MODEL_SECURITY = toGlobalId('Skill', 'model-security');

/**
 * Every type implementing Node: what Apollo's InMemoryCache needs as `possibleTypes`
 * to match `... on Skill` inside a `node` field (the README shows this same list).
 */
export const NODE_TYPES = [
  'Skill',
  'Company',
  'Resource',
  'Provider',
  'Framework',
  'Concept',
  'FrameworkItem',
  'Occupation',
  'TechnologyCategory',
];

export const SKILL_PAGE = `query SkillPage {
  skill(slug: "model-security") {
    id
    slug
    name
    level
    prerequisites { id name }
    relatedSkills(first: 3) { score skill { id name } }
  }
}`;

export const GRAPH_VIEW = `query GraphView($id: ID!) {
  neighborhood(id: $id, depth: 1) {
    nodes { id nodeId kind label degree }
    edges { id source target type }
  }
}`;

export interface SkillPage {
  skill: {
    id: string;
    slug: string;
    name: string;
    level: string | null;
    prerequisites: Array<{ id: string; name: string }>;
    relatedSkills: Array<{ score: number; skill: { id: string; name: string } }>;
  } | null;
}

export interface GraphView {
  neighborhood: {
    nodes: Array<{ id: string; nodeId: string; kind: string; label: string; degree: number }>;
    edges: Array<{ id: string; source: string; target: string; type: string }>;
  };
}

/** What the skill page must show whichever client and cache read it. */
export function expectSkillPage(page: SkillPage | null | undefined): void {
  expect(page?.skill).toMatchObject({ id: MODEL_SECURITY, slug: 'model-security', name: 'Model Security', level: 'INTERMEDIATE' });
  expect(page!.skill!.prerequisites.length).toBeGreaterThan(0);
  expect(page!.skill!.relatedSkills).toHaveLength(3);
  for (const r of page!.skill!.relatedSkills) expect(typeof r.skill.name).toBe('string');
}

/** A graph view around Model Security: the centre first, its nodeId the skill's Node.id, its own id not. */
export function expectGraphView(view: GraphView | null | undefined): void {
  const centre = view!.neighborhood.nodes[0];
  expect(centre).toMatchObject({ nodeId: MODEL_SECURITY, kind: 'Skill', label: 'Model Security' });
  expect(centre.id).not.toBe(MODEL_SECURITY);
  expect(view!.neighborhood.nodes.length).toBeGreaterThan(1);
  expect(view!.neighborhood.edges.length).toBeGreaterThan(0);
}
