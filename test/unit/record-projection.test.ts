import { cypher } from '../../src/db/cypher';
import { toSkill } from '../../src/db/record-mappers';
import { expandRecordProjections } from '../../src/db/record-projection';

describe('record projections: a statement returns exactly what the record mapper reads', () => {
  it('projects every property toSkill reads, and nothing else', () => {
    const read = new Set<string>();
    // A proxy records which properties the mapper asks for.
    const props = new Proxy({} as Record<string, unknown>, { get: (_, key) => (read.add(String(key)), undefined) });
    toSkill(props);
    const projected = expandRecordProjections('t', '{{record Skill s}}');
    const fields = /^s \{(.*)\}$/.exec(projected)![1].split(', ');
    const names = fields.map((f) => /^\.(\w+)$/.exec(f)?.[1] ?? /^(\w+): /.exec(f)![1]);
    // `title` is base()'s fallback name for resources; no skill has one.
    read.delete('title');
    expect(new Set(names)).toEqual(read);
    expect(names).toHaveLength(read.size);
  });

  it('expands to a map projection with timestamps as strings', () => {
    expect(expandRecordProjections('t', 'RETURN {{record Skill p}} AS node')).toBe(
      'RETURN p {.slug, .name, .description, .source, .category, .level, .demandRank, .trend, .aliases, .resourcesUpdatedAt, createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt)} AS node',
    );
  });

  it('refuses an unknown label when the statement loads', () => {
    expect(() => expandRecordProjections('t', '{{record Nope n}}')).toThrow(/no record projection for Nope/);
  });

  it('is applied by the statement loader', () => {
    expect(cypher('skill/by-slugs').text).not.toContain('{{');
    expect(cypher('skill/by-slugs').text).toContain('s {.slug, .name');
  });
});
