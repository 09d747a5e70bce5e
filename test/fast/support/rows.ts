import { slugOfCode } from '../../../src/frameworks/item-codes';

/**
 * Node property maps as Cypher's `n {.*}` returns them (after toPlain), for canned rows.
 * Only what the record mappers (src/db/record-mappers.ts) read.
 */
export type Props = Record<string, unknown>;

export const skillNode = (slug: string, extra: Props = {}): Props => ({
  slug,
  name: `Skill ${slug}`,
  category: 'security',
  level: 'INTERMEDIATE',
  trend: 'RISING',
  demandRank: 3,
  aliases: [],
  ...extra,
});

export const companyNode = (slug: string): Props => ({ slug, name: `Company ${slug}`, website: `https://${slug}.example` });

export const resourceNode = (slug: string): Props => ({
  slug,
  title: `Resource ${slug}`,
  kind: 'COURSE',
  level: 'BEGINNER',
  cost: 'FREE',
  authors: [],
});

export const providerNode = (slug: string): Props => ({ slug, name: `Provider ${slug}` });

export const frameworkNode = (slug: string): Props => ({ slug, name: `Framework ${slug}`, publisher: 'Example' });

export const conceptNode = (slug: string): Props => ({ slug, name: `Concept ${slug}`, aliases: [] });

export const itemNode = (code: string, framework = 'mitre-atlas', kind = 'TECHNIQUE'): Props => ({
  slug: slugOfCode(code),
  code,
  name: `Item ${code}`,
  kind,
  framework,
  sortKey: code,
});

export const occupationNode = (code: string): Props => ({ code, title: `Occupation ${code}` });

export const categoryNode = (code: string, level = 'FAMILY'): Props => ({ code, title: `Category ${code}`, level });

/** Rows of a `UNWIND $slugs AS slug ... RETURN slug, node` statement: one per (slug, node). */
export const bySlug = (pairs: Array<[string, Props]>) => pairs.map(([slug, node]) => ({ slug, node }));

/** Answers a batch statement for whichever keys it is sent (`$slugs` or `$codes`), `per` nodes each. */
export function perKey(make: (key: string) => Props[], param: 'slugs' | 'codes' = 'slugs') {
  return (params: Record<string, unknown>) => (params[param] as string[]).flatMap((key) => make(key).map((node) => ({ slug: key, node })));
}
