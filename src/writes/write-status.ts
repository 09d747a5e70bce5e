import type { WriteCounts } from './graph-batch';

/** What a write did, as the API reports it (`WriteStatus` in schema/mutation.graphql). */
export type WriteStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DELETED';

/** The status of a one-node or one-relationship write from graph-batch's counts. */
export function statusOf(counts: WriteCounts, kind: 'node' | 'relationship'): WriteStatus {
  const [created, updated] =
    kind === 'node' ? [counts.nodesCreated, counts.nodesUpdated] : [counts.relationshipsCreated, counts.relationshipsUpdated];
  return created > 0 ? 'CREATED' : updated > 0 ? 'UPDATED' : 'UNCHANGED';
}
