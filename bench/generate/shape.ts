import prand from 'pure-rand';
import type { NodeLabel, RelationshipType } from '../../src/graph-vocabulary';
import type { LinkRow, NodeRow } from '../../src/writes/graph-batch';
import type { SizeSpec } from './sizes';
import * as W from './words';

/**
 * A deterministic synthetic graph shaped like the real one (see DESIGN.md): every
 * entity draws from its own generator seeded by (seed, kind, index), so rows can be
 * streamed in any order and the same seed always gives the same graph. Degrees are
 * drawn from distributions that do not depend on the size (see sizes.ts).
 */

type Rng = () => number;

function rngFor(seed: number, stream: number, index: number): Rng {
  // Mix the three numbers into one 32-bit seed (the constants are the usual odd multipliers).
  const mixed = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f)) | 0;
  const gen = prand.xoroshiro128plus(mixed);
  return () => (gen.unsafeNext() >>> 0) / 0x1_0000_0000;
}

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];
/** Pareto-distributed integer with minimum `min`, shape `alpha`, capped. */
const pareto = (r: Rng, min: number, alpha: number, cap: number): number => Math.min(cap, Math.floor(min / Math.pow(1 - r(), 1 / alpha)));
/**
 * An index in [0, n) where popularity depends only on `index mod 100` (a bounded skew),
 * so the busiest company at size L has about as many skills as the busiest at size S.
 */
const skewed = (r: Rng, n: number): number => {
  const blocks = Math.max(1, Math.floor(n / 100));
  const within = Math.floor(100 * Math.pow(r(), 2));
  return Math.min(n - 1, Math.floor(r() * blocks) * 100 + within);
};
const kebab = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const text = (r: Rng, subject: string, words: number): string => {
  const lorem = W.LOREM.split(' ');
  const start = Math.floor(r() * 8);
  return `${subject} ${lorem.slice(start, start + words).join(' ')}.`;
};

const skillName = (i: number) => `${W.SKILL_PREFIXES[i % 16]} ${W.SKILL_TOPICS[Math.floor(i / 16) % 32]} ${i + 1}`;
export const skillSlug = (i: number) => kebab(skillName(i));
const companyName = (i: number) => `${W.SKILL_TOPICS[i % 32].split(' ')[0]} ${W.COMPANY_WORDS[Math.floor(i / 32) % 10]} ${i + 1}`;
export const companySlug = (i: number) => kebab(companyName(i));
const resourceTitle = (i: number) => `${W.SKILL_TOPICS[(i * 7) % 32]} in Practice, Part ${i + 1}`;
export const resourceSlug = (i: number) => kebab(resourceTitle(i));
const providerName = (i: number) => `${W.SKILL_PREFIXES[i % 16]} Academy ${i + 1}`;
export const providerSlug = (i: number) => kebab(providerName(i));
const conceptName = (i: number) => `${W.CONCEPT_WORDS[i % 12]} ${Math.floor(i / 12) + 1}`;
export const conceptSlug = (i: number) => kebab(conceptName(i));
const frameworkOf = (item: number) => W.FRAMEWORKS[item % W.FRAMEWORKS.length];
const itemCode = (i: number) => `${frameworkOf(i).code}-${String(Math.floor(i / W.FRAMEWORKS.length) + 1).padStart(4, '0')}`;
export const itemSlug = (i: number) => kebab(itemCode(i));

/** A unique rank per skill: a permutation of 1..n (7919 is prime, so coprime with every size). */
const demandRank = (i: number, n: number) => ((i * 7919) % n) + 1;

export interface NodeGroup {
  label: NodeLabel;
  count: number;
  row(i: number): NodeRow;
}

export interface LinkGroup {
  from: NodeLabel;
  type: RelationshipType;
  to: NodeLabel;
  rows(): Iterable<LinkRow>;
}

export function nodeGroups(spec: SizeSpec, seed: number, source: string): NodeGroup[] {
  return [
    {
      label: 'Framework',
      count: W.FRAMEWORKS.length,
      row: (i) => {
        const f = W.FRAMEWORKS[i];
        return {
          slug: f.slug,
          props: {
            name: f.name,
            publisher: f.publisher,
            version: f.version,
            url: `https://example.org/frameworks/${f.slug}`,
            description: null,
            source,
          },
        };
      },
    },
    {
      label: 'FrameworkItem',
      count: spec.frameworkItems,
      row: (i) => {
        const r = rngFor(seed, 1, i);
        const code = itemCode(i);
        return {
          slug: itemSlug(i),
          props: { code, name: `${frameworkOf(i).name} item ${code}`, kind: pick(r, W.ITEM_KINDS), description: text(r, code, 14), source },
        };
      },
    },
    {
      label: 'Concept',
      count: spec.concepts,
      row: (i) => {
        const r = rngFor(seed, 2, i);
        return { slug: conceptSlug(i), props: { name: conceptName(i), description: text(r, conceptName(i), 12), aliases: [], source } };
      },
    },
    {
      label: 'Provider',
      count: spec.providers,
      row: (i) => ({
        slug: providerSlug(i),
        props: { name: providerName(i), website: `https://example.org/providers/${providerSlug(i)}`, source },
      }),
    },
    {
      label: 'Company',
      count: spec.companies,
      row: (i) => {
        const r = rngFor(seed, 4, i);
        return {
          slug: companySlug(i),
          props: {
            name: companyName(i),
            website: `https://example.com/${companySlug(i)}`,
            description: text(r, companyName(i), 10),
            source,
          },
        };
      },
    },
    {
      label: 'Skill',
      count: spec.skills,
      row: (i) => {
        const r = rngFor(seed, 5, i);
        const name = skillName(i);
        return {
          slug: skillSlug(i),
          props: {
            name,
            description: text(r, name, 24),
            category: pick(r, W.CATEGORIES),
            level: pick(r, W.LEVELS),
            trend: pick(r, W.TRENDS),
            demandRank: demandRank(i, spec.skills),
            aliases: r() < 0.3 ? [`${W.SKILL_TOPICS[Math.floor(i / 16) % 32]} ${i + 1}`] : [],
            source,
          },
        };
      },
    },
    {
      label: 'Resource',
      count: spec.resources,
      row: (i) => {
        const r = rngFor(seed, 6, i);
        const title = resourceTitle(i);
        return {
          slug: resourceSlug(i),
          props: {
            name: title,
            title,
            kind: pick(r, W.RESOURCE_KINDS),
            url: `https://example.org/learn/${resourceSlug(i)}`,
            authors: r() < 0.4 ? [`Author ${1 + Math.floor(r() * 5000)}`] : [],
            year: 2015 + Math.floor(r() * 11),
            level: pick(r, W.LEVELS),
            cost: pick(r, W.COSTS),
            summary: text(r, title, 20),
            source,
          },
        };
      },
    },
  ];
}

/** Up to `k` distinct values from `draw` (gives up after a few collisions). */
function distinct(k: number, draw: () => number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < k && tries < k * 4; tries++) out.add(draw());
  return [...out];
}

export function linkGroups(spec: SizeSpec, seed: number, source: string): LinkGroup[] {
  const { skills, companies, resources, frameworkItems, concepts, providers } = spec;
  const nF = W.FRAMEWORKS.length;
  const group = (from: NodeLabel, type: RelationshipType, to: NodeLabel, rows: () => Iterable<LinkRow>): LinkGroup => ({
    from,
    type,
    to,
    rows,
  });
  return [
    // Prerequisites point only to lower indices: acyclic by construction. Mostly to
    // nearby skills (a topic's foundations), sometimes far back (general foundations).
    group('Skill', 'REQUIRES', 'Skill', function* () {
      for (let i = 1; i < skills; i++) {
        const r = rngFor(seed, 10, i);
        const k = Math.min(i, Math.floor(r() * 6));
        for (const j of distinct(k, () => (r() < 0.8 ? Math.max(0, i - 1 - Math.floor(r() * Math.min(i, 200))) : Math.floor(r() * i)))) {
          yield { from: skillSlug(i), to: skillSlug(j), source };
        }
      }
    }),
    // Hiring: mean 10 companies per skill, a Pareto tail (about 1% of skills are hired
    // for by 50 or more companies), companies drawn with a bounded skew.
    group('Company', 'HIRES_FOR', 'Skill', function* () {
      const cap = Math.min(150, Math.floor(companies / 2));
      for (let i = 0; i < skills; i++) {
        const r = rngFor(seed, 11, i);
        for (const c of distinct(pareto(r, 4, 1.6, cap), () => skewed(r, companies)))
          yield { from: companySlug(c), to: skillSlug(i), source };
      }
    }),
    // Each resource teaches 1-6 skills around one topic skill.
    group('Resource', 'TEACHES', 'Skill', function* () {
      for (let i = 0; i < resources; i++) {
        const r = rngFor(seed, 12, i);
        const centre = Math.floor(r() * skills);
        const k = 1 + Math.floor(r() * 5);
        for (const j of distinct(k, () => Math.min(skills - 1, Math.max(0, centre + Math.floor(r() * 100) - 50)))) {
          yield { from: resourceSlug(i), to: skillSlug(j), source };
        }
      }
    }),
    group('Resource', 'OFFERED_BY', 'Provider', function* () {
      for (let i = 0; i < resources; i++) yield { from: resourceSlug(i), to: providerSlug(skewed(rngFor(seed, 13, i), providers)), source };
    }),
    group('Skill', 'COVERS', 'FrameworkItem', function* () {
      for (let i = 0; i < skills; i++) {
        const r = rngFor(seed, 14, i);
        for (const j of distinct(Math.floor(r() * 5), () => Math.floor(r() * frameworkItems)))
          yield { from: skillSlug(i), to: itemSlug(j), source };
      }
    }),
    group('Skill', 'COVERS', 'Concept', function* () {
      for (let i = 0; i < skills; i++) {
        const r = rngFor(seed, 15, i);
        for (const j of distinct(Math.floor(r() * 4), () => Math.floor(r() * concepts)))
          yield { from: skillSlug(i), to: conceptSlug(j), source };
      }
    }),
    // A few skills name a whole framework (as the seed's Model Security does).
    group('Skill', 'COVERS', 'Framework', function* () {
      for (let i = 0; i < skills; i++) {
        const r = rngFor(seed, 16, i);
        if (r() < 0.05) yield { from: skillSlug(i), to: W.FRAMEWORKS[Math.floor(r() * nF)].slug, source };
      }
    }),
    group('Resource', 'COVERS', 'Concept', function* () {
      for (let i = 0; i < resources; i++) {
        const r = rngFor(seed, 17, i);
        if (r() < 0.5) yield { from: resourceSlug(i), to: conceptSlug(Math.floor(r() * concepts)), source };
      }
    }),
    group('Resource', 'COVERS', 'FrameworkItem', function* () {
      for (let i = 0; i < resources; i++) {
        const r = rngFor(seed, 18, i);
        if (r() < 0.5) yield { from: resourceSlug(i), to: itemSlug(Math.floor(r() * frameworkItems)), source };
      }
    }),
    group('Framework', 'HAS_ITEM', 'FrameworkItem', function* () {
      for (let i = 0; i < frameworkItems; i++) yield { from: frameworkOf(i).slug, to: itemSlug(i), source };
    }),
    // Within a framework, items form a tree of fan-out 10 (tactic ← technique ← sub-technique).
    group('FrameworkItem', 'PART_OF', 'FrameworkItem', function* () {
      for (let i = nF; i < frameworkItems; i++) {
        const pos = Math.floor(i / nF);
        yield { from: itemSlug(i), to: itemSlug(Math.floor((pos - 1) / 10) * nF + (i % nF)), source };
      }
    }),
    // A sparse crosswalk between frameworks.
    group('FrameworkItem', 'MAPS_TO', 'FrameworkItem', function* () {
      for (let i = 0; i < frameworkItems; i++) {
        const r = rngFor(seed, 19, i);
        if (r() < 0.1) {
          const j = Math.floor(r() * frameworkItems);
          if (j % nF !== i % nF) yield { from: itemSlug(i), to: itemSlug(j), source };
        }
      }
    }),
  ];
}
