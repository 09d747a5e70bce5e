import { cypherTemplate } from '../db/cypher';
import type { TransactionRunner } from '../db/query-runner';
import type { NodeLabel } from '../graph-vocabulary';

/**
 * Takes the write locks of `nodes` for the rest of `tx` (cypher/mutation/lock-nodes), in the
 * one order every write uses: by label, then by slug (the related-lists worker locks skills
 * by slug, related/lock-skills; deleteSkill a skill's neighbourhood in the same order,
 * mutation/lock-neighbourhood). A write calls it first, with every node whose properties or
 * relationships it will change (both ends of each relationship), so two writes wait on each
 * other but never deadlock.
 *
 * Why first: Neo4j keeps two locks per node. A plain SET takes the node's lock; a SET that
 * reads what it writes (`n.x = n.x + 1`), a MERGE that creates a relationship, or creating or
 * deleting one also takes the node's relationship-group lock. A write holding a node's lock
 * that then needs its group lock, and another holding the group lock while it waits for the
 * node's lock, deadlock on one node, whatever the slug order. Once the node's lock is held,
 * no other write can hold its group lock, so taking it never waits.
 */
export async function lockNodes(tx: TransactionRunner, nodes: Iterable<{ label: NodeLabel; slug: string }>): Promise<void> {
  const byLabel = new Map<NodeLabel, Set<string>>();
  for (const { label, slug } of nodes) {
    if (!byLabel.has(label)) byLabel.set(label, new Set());
    byLabel.get(label)!.add(slug);
  }
  for (const label of [...byLabel.keys()].sort()) {
    await tx.run(cypherTemplate('mutation/lock-nodes', { Label: label }), { slugs: [...byLabel.get(label)!].sort() });
  }
}
