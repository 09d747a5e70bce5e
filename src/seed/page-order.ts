import type { RelationshipType } from '../graph-vocabulary';
import type { LinkGroup } from '../writes/graph-batch';

/**
 * The seed page's lists and which end of each edge is the node whose list it is: the
 * skill lists its prerequisites, hiring companies and learning resources; a resource
 * lists its providers ("Securing Generative AI (Pearson)" on Coursera).
 */
const PAGE_LISTS: Partial<Record<RelationshipType, 'from' | 'to'>> = {
  REQUIRES: 'from',
  HIRES_FOR: 'to',
  TEACHES: 'to',
  OFFERED_BY: 'from',
};

/**
 * Numbers the edges the seed page states (`seed-page` among their sources) in each of
 * its lists, 1-based in the order the seed files give them, which is the page's order
 * (the seed test checks it against the page text), as the relationship property
 * `position`. Edges only other sources state carry none: those sources give no order.
 */
export function positionPageEdges(groups: readonly LinkGroup[]): void {
  for (const group of groups) {
    const owner = PAGE_LISTS[group.type];
    if (!owner) continue;
    const counts = new Map<string, number>();
    for (const row of group.rows) {
      if (!(row.sources ?? [row.source]).includes('seed-page')) continue;
      const position = (counts.get(row[owner]) ?? 0) + 1;
      counts.set(row[owner], position);
      row.props = { ...row.props, position };
    }
  }
}
