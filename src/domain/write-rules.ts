import { z } from 'zod';
import { badInput } from '../errors';
import { slugPattern } from '../seed/seed-schema';

/**
 * Domain rules for everything a mutation writes, beyond what the GraphQL types and
 * graphql-scalars already check: slug shape, lengths, one-line text, http(s) URLs,
 * sources. The same rules as the seed files, so imported and seeded data agree.
 */

export const MAX_SLUG_LENGTH = 100;
/** Bulk imports: nodes plus edges. */
export const MAX_IMPORT_ITEMS = 10_000;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlChars = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const controlCharsButLineBreaks = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const slug = z
  .string()
  .max(MAX_SLUG_LENGTH, `at most ${MAX_SLUG_LENGTH} characters`)
  .regex(slugPattern, 'a kebab-case slug such as model-security (lowercase letters and digits joined by single hyphens)');

/** Half of a UTF-16 surrogate pair without the other half: not text, and not storable as UTF-8. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !loneSurrogate.test(s);

/** A name, title or label: trimmed, one line, not blank. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(max, `at most ${max} characters`)
    .refine((s) => !controlChars.test(s), 'one line without control characters')
    .refine(wellFormed, 'well-formed Unicode');

/** Optional long text; an empty string clears it like null. */
const text = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .refine((s) => !controlCharsButLineBreaks.test(s), 'no control characters other than line breaks and tabs')
    .refine(wellFormed, 'well-formed Unicode')
    .transform((s) => (s.trim() === '' ? null : s));

const isHttpUrl = (u: string) => /^https?:\/\//i.test(u) && URL.canParse(u);
const httpUrl = z.string().max(2048, 'at most 2048 characters').refine(isHttpUrl, 'an absolute http(s) URL');

/** `curated` (an editorial judgement), `seed-page`, or the http(s) URL of a public page. */
export const source = z
  .string()
  .max(2048, 'at most 2048 characters')
  .refine(
    (s) => s === 'curated' || s === 'seed-page' || isHttpUrl(s),
    'curated, seed-page, or the http(s) URL of a public page stating the fact',
  );

/** A list of names, duplicates dropped (order kept). */
const names = (maxItems: number, maxLength: number) =>
  z
    .array(line(maxLength))
    .max(maxItems, `at most ${maxItems} entries`)
    .transform((list) => [...new Set(list)]);

const level = z.enum(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']);
const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const skillInput = z.strictObject({
  slug,
  name: line(200),
  description: opt(text(10_000)),
  category: opt(line(100)),
  level: opt(level),
  demandRank: opt(z.number().int().min(1).max(1_000_000, 'at most 1,000,000')),
  trend: opt(z.enum(['NEW', 'RISING', 'STABLE', 'DECLINING'])),
  aliases: opt(names(50, 200)),
  source: opt(source),
});

export const companyInput = z.strictObject({
  slug,
  name: line(200),
  website: opt(httpUrl),
  description: opt(text(10_000)),
  source: opt(source),
});

export const resourceInput = z.strictObject({
  slug,
  kind: z.enum(['COURSE', 'BOOK', 'TUTORIAL', 'GUIDE', 'CERTIFICATION', 'ARTICLE']),
  title: line(300),
  url: opt(httpUrl),
  provider: opt(slug),
  authors: opt(names(50, 200)),
  year: opt(z.number().int().min(1900, 'from 1900').max(2100, 'at most 2100')),
  level: opt(level),
  cost: opt(z.enum(['FREE', 'PAID', 'VARIES'])),
  summary: opt(text(10_000)),
  source: opt(source),
});

export const providerInput = z.strictObject({ slug, name: line(200), website: opt(httpUrl), source: opt(source) });

export const frameworkInput = z.strictObject({
  slug,
  name: line(200),
  publisher: opt(line(200)),
  version: opt(line(50)),
  url: opt(httpUrl),
  description: opt(text(10_000)),
  source: opt(source),
});

export const conceptInput = z.strictObject({
  slug,
  name: line(200),
  description: opt(text(10_000)),
  aliases: opt(names(50, 200)),
  source: opt(source),
});

/** `input.aliases[3]` from a zod path under `field`. */
function fieldPath(field: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), field);
}

/**
 * Checks `value` against a rule; the first problem becomes BAD_USER_INPUT naming the
 * field (`input.slug`, `input.aliases[2]`). Returns the normalised value.
 */
export function check<T extends z.ZodType>(rule: T, value: unknown, field: string): z.output<T> {
  const result = rule.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badInput(fieldPath(field, issue.path), issue.message);
}

/** A slug argument of a mutation (`skill`, `requires`, `company`, ...). */
export const checkSlug = (value: unknown, field: string): string => check(slug, value, field);

/** An optional `source` argument; null when left out. */
export const checkSource = (value: unknown, field = 'source'): string | null =>
  value === undefined || value === null ? null : check(source, value, field);
