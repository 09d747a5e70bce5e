import { z } from 'zod';
import { CODE_EXAMPLES, parseCode } from '../frameworks/item-codes';

/**
 * The format of `data/seed/*.yaml` (documented in data/README.md). Strict: an
 * unknown key is a typo, not something to ignore.
 */

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, 'a kebab-case slug such as model-security');
/** `seed-page`, `curated`, or the https URL of a public page stating the fact. */
const source = z.union([z.enum(['seed-page', 'curated']), z.url({ protocol: /^https?$/ })]);
const text = z.string().trim().min(1);
const url = z.url({ protocol: /^https?$/ });
const level = z.enum(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']);

/**
 * Where single fields come from when that is not the record's `source` (which covers
 * the node itself and every field not listed here): a company the seed page names,
 * say, with its website from the company's own site. Stored as `<field>Source`
 * properties beside `source`, so the API's `source` and every Cypher statement stay
 * as they are while each stored fact still has a true origin.
 */
export const sourcedFields = {
  concepts: ['name', 'description', 'aliases'],
  providers: ['name', 'website'],
  companies: ['name', 'website', 'description'],
  skills: ['name', 'description', 'category', 'level', 'trend', 'demandRank', 'aliases'],
  resources: ['title', 'url', 'authors', 'year', 'level', 'cost', 'summary'],
} as const;
const fieldSources = (fields: readonly [string, ...string[]]) => z.partialRecord(z.enum(fields), source).optional();

/** An edge entry: a slug (inheriting the record's source) or `{ slug, source }`. */
const edge = z.union([slug, z.strictObject({ slug, source })]);
const edges = z.array(edge).default([]);

/** A framework item code in canonical form (`LLM01:2025`, `AML.T0051`, `GOVERN 1.1`). */
const itemCode = z
  .string()
  .refine((c) => parseCode(c)?.code === c, `a framework item code such as ${CODE_EXAMPLES.replace(' (or GV-1.1)', '')}`);
/** What a skill or resource covers: a code, or `{ code, source, note }` saying why. */
const itemEdge = z.union([itemCode, z.strictObject({ code: itemCode, source: source.optional(), note: text.optional() })]);
const itemEdges = z.array(itemEdge).default([]);

/**
 * A framework item the seed links to. The seed creates it as a stub when the graph
 * lacks it, so the curated COVERS edges hold before any import; the framework's
 * importer then takes it over with the official text.
 */
export const frameworkItemSchema = z.strictObject({ code: itemCode, name: text, source });

/**
 * A named source (`source(id:)` in the API): the seed page, `curated`, `internal`, and
 * what the data sets' ledger entries lack (publisher, dates, upstream revision), as
 * the files under ../shared/data state them. `url` describes the URL sources in general.
 */
export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['PAGE', 'CURATED', 'DATASET', 'COMPUTED', 'URL']),
  title: text.optional(),
  publisher: text.optional(),
  url: url.optional(),
  licence: text.optional(),
  version: text.optional(),
  /** A date the source states about itself, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `dateLabel` says what it is. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}){0,2}$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  dateLabel: text.optional(),
  revision: text.optional(),
  note: text.optional(),
});

export const frameworkSchema = z.strictObject({
  slug,
  name: text,
  publisher: text.optional(),
  version: text.optional(),
  url: url.optional(),
  description: text.optional(),
  source,
});

export const conceptSchema = z.strictObject({
  slug,
  name: text,
  description: text.optional(),
  aliases: z.array(text).default([]),
  source,
  sources: fieldSources(sourcedFields.concepts),
});

export const providerSchema = z.strictObject({
  slug,
  name: text,
  website: url.optional(),
  source,
  sources: fieldSources(sourcedFields.providers),
});

export const companySchema = z.strictObject({
  slug,
  name: text,
  website: url.optional(),
  description: text.optional(),
  source,
  sources: fieldSources(sourcedFields.companies),
});

export const skillSchema = z.strictObject({
  slug,
  name: text,
  description: text.optional(),
  category: text.optional(),
  level: level.optional(),
  trend: z.enum(['NEW', 'RISING', 'STABLE', 'DECLINING']).optional(),
  demandRank: z.number().int().positive().optional(),
  aliases: z.array(text).default([]),
  /** When the source page says its list of learning resources was last updated. */
  resourcesUpdatedAt: z.iso.date().optional(),
  source,
  sources: fieldSources(sourcedFields.skills),
  requires: edges,
  hiredBy: edges,
  frameworks: edges,
  concepts: edges,
  items: itemEdges,
});

export const resourceSchema = z.strictObject({
  slug,
  kind: z.enum(['COURSE', 'BOOK', 'TUTORIAL', 'GUIDE', 'CERTIFICATION', 'ARTICLE']),
  /** The heading the source page lists it under, verbatim without its icon ("Tutorials & Guides"). */
  listedUnder: text.optional(),
  title: text,
  url: url.optional(),
  /** The first provider; `coProviders` follow it in the source's order. */
  provider: edge.optional(),
  coProviders: edges,
  authors: z.array(text).default([]),
  year: z.number().int().min(1900).max(2100).optional(),
  level: level.optional(),
  cost: z.enum(['FREE', 'PAID', 'VARIES']).optional(),
  /** The source's own wording of the cost ("Paid (varies)"), which `cost` only classifies. */
  costNote: text.optional(),
  /** How it is delivered, in the source's words ("self-paced", "blog/tutorial series"). */
  format: text.optional(),
  summary: text.optional(),
  source,
  sources: fieldSources(sourcedFields.resources),
  teaches: edges,
  frameworks: edges,
  concepts: edges,
  items: itemEdges,
});

/** Each file: one top-level key named like the file, holding a list. */
export const seedFiles = {
  sources: sourceSchema,
  frameworks: frameworkSchema,
  concepts: conceptSchema,
  providers: providerSchema,
  companies: companySchema,
  skills: skillSchema,
  resources: resourceSchema,
  'framework-items': frameworkItemSchema,
} as const;

export type SeedFileName = keyof typeof seedFiles;
export type SeedData = { [K in SeedFileName]: z.infer<(typeof seedFiles)[K]>[] };
export type SeedEdge = z.infer<typeof edge>;
export type SeedItemEdge = z.infer<typeof itemEdge>;
