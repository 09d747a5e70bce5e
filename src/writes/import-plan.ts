import { z } from 'zod';
import {
  check,
  checkSlug,
  checkSource,
  companyInput,
  conceptInput,
  frameworkInput,
  MAX_IMPORT_ITEMS,
  providerInput,
  resourceInput,
  skillInput,
} from '../domain/write-rules';
import { AppError, badInput, ErrorCode } from '../errors';
import type { NodeLabel, RelationshipType } from '../graph-vocabulary';
import type { LinkRow } from './graph-batch';
import type { WritableLabel } from './node-props';

/**
 * Turns an `importGraph` input into a checked plan, before any database work: every
 * node and edge validated (errors name the item, e.g. `input.skills[12].slug`), slugs
 * unique per kind, edges joining the kinds their type allows, one provider per resource.
 * What it cannot know without the graph (references to nodes outside the import, cycles
 * through existing prerequisites) is left to the transaction.
 */

type Input = Record<string, unknown> & { slug: string };

export interface ImportGraphInput {
  skills?: unknown[] | null;
  companies?: unknown[] | null;
  resources?: unknown[] | null;
  providers?: unknown[] | null;
  frameworks?: unknown[] | null;
  concepts?: unknown[] | null;
  edges?: Array<{ from: { kind: string; slug: string }; type: string; to: { kind: string; slug: string }; source?: string | null }> | null;
}

export interface ImportPlan {
  items: number;
  nodes: Array<{ label: WritableLabel; inputs: Input[] }>;
  links: Array<{ from: NodeLabel; type: RelationshipType; to: NodeLabel; rows: LinkRow[] }>;
  providers: Array<{ resource: string; provider: string | null; source: string | null }>;
  /** Slugs that edges name but the import does not carry: they must exist already. */
  references: Map<WritableLabel, Set<string>>;
}

const NODE_LISTS: Array<{ field: keyof ImportGraphInput; label: WritableLabel; rule: z.ZodType }> = [
  { field: 'frameworks', label: 'Framework', rule: frameworkInput },
  { field: 'concepts', label: 'Concept', rule: conceptInput },
  { field: 'providers', label: 'Provider', rule: providerInput },
  { field: 'companies', label: 'Company', rule: companyInput },
  { field: 'skills', label: 'Skill', rule: skillInput },
  { field: 'resources', label: 'Resource', rule: resourceInput },
];

const KIND_LABEL: Record<string, WritableLabel> = {
  SKILL: 'Skill',
  COMPANY: 'Company',
  RESOURCE: 'Resource',
  PROVIDER: 'Provider',
  FRAMEWORK: 'Framework',
  CONCEPT: 'Concept',
};

/** Which kinds each relationship joins (from → to). */
const EDGE_KINDS: Record<string, { from: string[]; to: string[] }> = {
  REQUIRES: { from: ['SKILL'], to: ['SKILL'] },
  HIRES_FOR: { from: ['COMPANY'], to: ['SKILL'] },
  TEACHES: { from: ['RESOURCE'], to: ['SKILL'] },
  OFFERED_BY: { from: ['RESOURCE'], to: ['PROVIDER'] },
  COVERS: { from: ['SKILL', 'RESOURCE'], to: ['CONCEPT', 'FRAMEWORK'] },
};

export function planImport(input: ImportGraphInput): ImportPlan {
  const items =
    NODE_LISTS.reduce((n, l) => n + ((input[l.field] as unknown[] | null | undefined)?.length ?? 0), 0) + (input.edges?.length ?? 0);
  if (items > MAX_IMPORT_ITEMS) throw badInput('input', `at most ${MAX_IMPORT_ITEMS} nodes and edges per import; got ${items}. Split it.`);

  const nodes: ImportPlan['nodes'] = [];
  const carried = new Map<WritableLabel, Map<string, number>>();
  for (const { field, label, rule } of NODE_LISTS) {
    const list = (input[field] as unknown[] | null | undefined) ?? [];
    const seen = new Map<string, number>();
    const inputs = list.map((raw, i) => {
      const value = check(rule, raw, `input.${field}[${i}]`) as Input;
      const first = seen.get(value.slug);
      if (first !== undefined)
        throw badInput(`input.${field}[${i}].slug`, `"${value.slug}" appears twice (also at input.${field}[${first}])`);
      seen.set(value.slug, i);
      return value;
    });
    carried.set(label, seen);
    if (inputs.length > 0) nodes.push({ label, inputs });
  }

  const providers = new Map<string, { provider: string | null; source: string | null; field: string }>();
  const resources = nodes.find((n) => n.label === 'Resource')?.inputs ?? [];
  resources.forEach((r, i) => {
    if (r.provider !== undefined)
      providers.set(r.slug, { provider: (r.provider as string | null) ?? null, source: null, field: `input.resources[${i}].provider` });
  });

  const references = new Map<WritableLabel, Set<string>>();
  const refer = (kind: string, slug: string) => {
    const label = KIND_LABEL[kind];
    if (carried.get(label)?.has(slug)) return;
    if (!references.has(label)) references.set(label, new Set());
    references.get(label)!.add(slug);
  };

  const links = new Map<string, { from: NodeLabel; type: RelationshipType; to: NodeLabel; rows: Map<string, LinkRow> }>();
  (input.edges ?? []).forEach((edge, i) => {
    const field = `input.edges[${i}]`;
    const from = checkSlug(edge.from.slug, `${field}.from.slug`);
    const to = checkSlug(edge.to.slug, `${field}.to.slug`);
    const source = checkSource(edge.source, `${field}.source`);
    const allowed = EDGE_KINDS[edge.type];
    if (!allowed || !allowed.from.includes(edge.from.kind) || !allowed.to.includes(edge.to.kind)) {
      throw badInput(
        field,
        `${edge.type} joins ${allowed?.from.join(' or ')} to ${allowed?.to.join(' or ')}; got ${edge.from.kind} to ${edge.to.kind}`,
      );
    }
    if (edge.type === 'REQUIRES' && from === to) {
      throw new AppError(ErrorCode.CYCLE_DETECTED, `${field}: a skill cannot require itself (${from})`, { cycle: [from, from], field });
    }
    refer(edge.from.kind, from);
    refer(edge.to.kind, to);
    if (edge.type === 'OFFERED_BY') {
      const earlier = providers.get(from);
      if (earlier && earlier.provider !== to)
        throw badInput(field, `resource "${from}" already has provider "${earlier.provider}" (${earlier.field}); a resource has one`);
      providers.set(from, { provider: to, source, field });
      return;
    }
    const [fromLabel, toLabel] = [KIND_LABEL[edge.from.kind], KIND_LABEL[edge.to.kind]];
    const key = `${fromLabel}-${edge.type}-${toLabel}`;
    if (!links.has(key)) links.set(key, { from: fromLabel, type: edge.type as RelationshipType, to: toLabel, rows: new Map() });
    links.get(key)!.rows.set(`${from}\u0000${to}`, { from, to, source: source ?? 'curated' });
  });
  for (const { provider } of providers.values()) if (provider !== null) refer('PROVIDER', provider);

  return {
    items,
    nodes,
    links: [...links.values()].map((l) => ({ ...l, rows: [...l.rows.values()] })),
    providers: [...providers.entries()].map(([resource, p]) => ({ resource, provider: p.provider, source: p.source })),
    references,
  };
}
