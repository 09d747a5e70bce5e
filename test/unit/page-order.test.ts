import { positionPageEdges } from '../../src/seed/page-order';
import type { LinkGroup } from '../../src/writes/graph-batch';

describe('positionPageEdges', () => {
  it("numbers each list's seed-page edges in file order, per owner; other sources and other types get none", () => {
    const hires: LinkGroup = {
      from: 'Company',
      type: 'HIRES_FOR',
      to: 'Skill',
      rows: [
        { from: 'b', to: 'page-skill', source: 'seed-page' },
        { from: 'x', to: 'other', source: 'curated' },
        { from: 'a', to: 'page-skill', source: 'seed-page' },
        { from: 'c', to: 'page-skill', source: 'curated', sources: ['curated', 'seed-page'] },
      ],
    };
    const provided: LinkGroup = {
      from: 'Resource',
      type: 'OFFERED_BY',
      to: 'Provider',
      rows: [
        { from: 'course', to: 'coursera', source: 'seed-page' },
        { from: 'course', to: 'pearson', source: 'seed-page' },
      ],
    };
    const covers: LinkGroup = { from: 'Skill', type: 'COVERS', to: 'Concept', rows: [{ from: 's', to: 'k', source: 'seed-page' }] };
    positionPageEdges([hires, provided, covers]);
    expect(hires.rows.map((r) => r.props?.position)).toEqual([1, undefined, 2, 3]);
    expect(provided.rows.map((r) => r.props?.position)).toEqual([1, 2]);
    expect(covers.rows[0].props).toBeUndefined();
  });
});
