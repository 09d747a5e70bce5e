import type { GraphEdge, GraphNode } from './api';

/**
 * Framework items (ATLAS techniques, case studies, OWASP risks, NIST subcategories…)
 * are most of a security skill's neighbourhood and drown the skills, companies and
 * resources around them. They are drawn as one node per group until the group is
 * expanded: an ATLAS tactic with its techniques and their sub-techniques, the other
 * ATLAS items by kind, any other framework's items by framework.
 */
export interface ItemGroup {
  /** Stable across redraws, so an expanded group stays expanded as the view grows. */
  key: string;
  /** The aggregate node's cytoscape id. */
  id: string;
  /** Drawn on the canvas: a short name and the count. */
  label: string;
  /** For the details panel. */
  title: string;
  framework: string;
  /** View ids of the items inside, by code. */
  members: string[];
}

/** Smaller groups are not worth a click: their items are drawn as they are. */
export const MIN_GROUP_SIZE = 3;

/** Short names: a group's label must fit the canvas's label length with its count. */
const FRAMEWORK_SHORT: Record<string, string> = {
  'mitre-atlas': 'ATLAS',
  'owasp-llm-top-10-2025': 'OWASP LLM Top 10',
  'nist-ai-rmf': 'NIST AI RMF',
  'nist-ai-600-1': 'NIST AI 600-1',
  'eu-ai-act': 'EU AI Act',
};

const ATLAS_KINDS: Record<string, string> = {
  TACTIC: 'tactics',
  TECHNIQUE: 'techniques',
  SUBTECHNIQUE: 'techniques',
  MITIGATION: 'mitigations',
  CASE_STUDY: 'case studies',
};

const prop = (n: GraphNode | undefined, key: string): string => {
  const value = n?.properties?.[key];
  return typeof value === 'string' ? value : '';
};

export const groupNodeId = (key: string) => `group:${key}`;

/**
 * Groups the framework items of a drawing. `individual(id)` says which items stay
 * drawn as themselves (the centre, path nodes, items picked from a list); `expanded`
 * holds the keys of groups the reader opened. Returns the groups, largest first.
 */
export function groupItems(
  nodes: ReadonlyMap<string, GraphNode>,
  edges: ReadonlyMap<string, GraphEdge>,
  individual: (id: string) => boolean,
  expanded: ReadonlySet<string>,
): ItemGroup[] {
  const parents = new Map<string, string[]>();
  for (const e of edges.values()) {
    if (e.type === 'PART_OF') parents.set(e.source, [...(parents.get(e.source) ?? []), e.target]);
  }
  const parentOfKind = (id: string, kind: string): string | undefined =>
    (parents.get(id) ?? [])
      .filter((p) => prop(nodes.get(p), 'kind') === kind)
      .sort((a, b) => prop(nodes.get(a), 'code').localeCompare(prop(nodes.get(b), 'code')))[0];
  // A technique's tactic (the first by code, when it serves several); a sub-technique's through its technique.
  const tacticOf = (n: GraphNode): string | undefined => {
    const kind = prop(n, 'kind');
    if (kind === 'TACTIC') return n.id;
    if (kind === 'TECHNIQUE') return parentOfKind(n.id, 'TACTIC');
    if (kind === 'SUBTECHNIQUE') {
      const technique = parentOfKind(n.id, 'TECHNIQUE');
      return technique ? parentOfKind(technique, 'TACTIC') : undefined;
    }
    return undefined;
  };
  const fallbackKey = (n: GraphNode): string => {
    const framework = prop(n, 'framework') || 'other';
    return framework === 'mitre-atlas' ? `atlas:${ATLAS_KINDS[prop(n, 'kind')] ?? 'items'}` : `fw:${framework}`;
  };

  const buckets = new Map<string, string[]>();
  const put = (key: string, id: string) => buckets.set(key, [...(buckets.get(key) ?? []), id]);
  for (const n of nodes.values()) {
    if (n.kind !== 'FrameworkItem' || individual(n.id)) continue;
    const tactic = prop(n, 'framework') === 'mitre-atlas' ? tacticOf(n) : undefined;
    put(tactic ? `tactic:${tactic}` : fallbackKey(n), n.id);
  }
  // A tactic with too few techniques here joins the ATLAS groups by kind instead.
  for (const [key, ids] of [...buckets]) {
    if (!key.startsWith('tactic:') || ids.length >= MIN_GROUP_SIZE) continue;
    buckets.delete(key);
    for (const id of ids) put(fallbackKey(nodes.get(id)!), id);
  }

  const groups: ItemGroup[] = [];
  for (const [key, ids] of buckets) {
    if (ids.length < MIN_GROUP_SIZE || expanded.has(key)) continue;
    const members = ids.sort((a, b) => prop(nodes.get(a), 'code').localeCompare(prop(nodes.get(b), 'code'), 'en', { numeric: true }));
    const framework = prop(nodes.get(members[0]), 'framework');
    const short = FRAMEWORK_SHORT[framework] ?? frameworkName(nodes, framework) ?? framework;
    let name: string;
    let title: string;
    if (key.startsWith('tactic:')) {
      const tactic = nodes.get(key.slice('tactic:'.length));
      name = `ATLAS ${prop(tactic, 'name') || 'tactic'}`;
      title = `ATLAS tactic ${prop(tactic, 'code')} ${prop(tactic, 'name')}: the tactic and its techniques`.replace(/\s+/g, ' ');
    } else if (key.startsWith('atlas:')) {
      name = `ATLAS ${key.slice('atlas:'.length)}`;
      title = `MITRE ATLAS ${key.slice('atlas:'.length)}`;
    } else {
      name = short;
      title = `${frameworkName(nodes, framework) ?? short} items`;
    }
    groups.push({ key, id: groupNodeId(key), label: `${name} (${members.length})`, title, framework, members });
  }
  return groups.sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));
}

function frameworkName(nodes: ReadonlyMap<string, GraphNode>, slug: string): string | undefined {
  for (const n of nodes.values()) if (n.kind === 'Framework' && prop(n, 'slug') === slug) return n.label;
  return undefined;
}
