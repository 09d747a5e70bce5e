/**
 * The stored properties each record mapper reads (src/db/record-mappers.ts), for statements
 * that return a node as its record: `{{record Skill s}}` in a `.cypher` file becomes
 * `s {.slug, .name, …, createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt)}`.
 * A node's other properties (the related lists' bookkeeping, one of them a DateTime, content
 * hashes, write marks) then never cross the wire: returning them with `.*` cost the skill page
 * about 6% of its server CPU per request (bench S2 at size S, A/B in alternating rounds).
 */
export const RECORD_PROPERTIES = {
  Skill: ['slug', 'name', 'description', 'source', 'category', 'level', 'demandRank', 'trend', 'aliases', 'resourcesUpdatedAt'],
} as const;

/** Timestamps travel as strings: decoding DateTime values costs the driver more than the rest of a row. */
const TIMESTAMPS = ['createdAt', 'updatedAt'];

/** Expands every `{{record <Label> <variable>}}` of a statement's text; an unknown label is a boot-time error. */
export function expandRecordProjections(name: string, text: string): string {
  return text.replace(/\{\{record (\w+) ([a-z]\w*)\}\}/g, (_, label: string, v: string) => {
    const properties = (RECORD_PROPERTIES as Record<string, readonly string[]>)[label];
    if (!properties) throw new Error(`cypher/${name}.cypher: no record projection for ${label}`);
    const fields = [...properties.map((p) => `.${p}`), ...TIMESTAMPS.map((t) => `${t}: toString(${v}.${t})`)];
    return `${v} {${fields.join(', ')}}`;
  });
}
