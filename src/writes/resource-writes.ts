import { cypher } from '../db/cypher';
import type { QueryRunner, TransactionRunner } from '../db/query-runner';
import { toResource, toSkill } from '../db/record-mappers';
import { writeMarkingRelated } from '../related/related-marks';
import { writeGraphBatch } from './graph-batch';
import { notFound, setLink } from './link-writes';
import { storedProps, upsertNode } from './upsert-node';
import type { WriteStatus } from './write-status';

const Q = { replaceProviders: cypher('mutation/replace-providers') };

const TEACHES = { from: 'Resource', type: 'TEACHES', to: 'Skill', fromField: 'resource', toField: 'skill' } as const;

/**
 * Points each resource at its one provider (or none when `provider` is null): drops
 * other OFFERED_BY edges, merges the named one. Providers must exist (checked by callers).
 */
export async function replaceProviders(
  tx: TransactionRunner,
  rows: Array<{ resource: string; provider: string | null; source: string }>,
): Promise<{ removed: number; created: number; updated: number }> {
  const counts = { removed: 0, created: 0, updated: 0 };
  if (rows.length === 0) return counts;
  const [row] = await tx.run<{ removed: number }>(Q.replaceProviders, { rows });
  counts.removed = row.removed;
  const links = rows.filter((r) => r.provider !== null).map((r) => ({ from: r.resource, to: r.provider!, source: r.source }));
  if (links.length > 0) {
    const written = await writeGraphBatch(tx, {
      nodes: [],
      links: [{ from: 'Resource', type: 'OFFERED_BY', to: 'Provider', rows: links }],
    });
    counts.created = written.relationshipsCreated;
    counts.updated = written.relationshipsUpdated;
  }
  return counts;
}

/**
 * Creates or updates a resource (validated input); `provider` (a slug) replaces its
 * provider when given, null unlinks it. One transaction.
 */
export async function upsertResource(db: QueryRunner, input: { slug: string; provider?: string | null } & Record<string, unknown>) {
  return db.transaction(
    async (tx) => {
      if (typeof input.provider === 'string' && !(await storedProps(tx, 'Provider', [input.provider])).has(input.provider)) {
        throw notFound('input.provider', 'Provider', input.provider);
      }
      const written = await upsertNode(tx, 'Resource', input);
      let status = written.status;
      if (input.provider !== undefined) {
        const changed = await replaceProviders(tx, [
          { resource: input.slug, provider: input.provider, source: String(written.props.source) },
        ]);
        // A new provider is a change of the resource even when its properties stayed the same.
        if (status === 'UNCHANGED' && changed.removed + changed.created + changed.updated > 0) status = 'UPDATED';
      }
      return { status, resource: toResource(written.props) };
    },
    { name: 'upsertResource' },
  );
}

/** Records that `resource` teaches `skill` (linked) or not (unlinked). */
export async function setTeaches(db: QueryRunner, resource: string, skill: string, present: boolean, source: string | null) {
  return writeMarkingRelated(db, present ? 'linkResource' : 'unlinkResource', async (tx, marks) => {
    const { status, fromNode, toNode } = await setLink(tx, TEACHES, { from: resource, to: skill }, { present, source }, marks);
    return { status: status as WriteStatus, resource: toResource(fromNode), skill: toSkill(toNode) };
  });
}
