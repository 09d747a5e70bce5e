import { dbNow } from '../db/now';
import { cypher } from '../db/cypher';
import { type QueryRunner, RunAgain, type TransactionRunner } from '../db/query-runner';
import { toSkill } from '../db/record-mappers';
import { AppError, ErrorCode } from '../errors';
import type { SkillRecord } from '../records';
import { writeMarkingRelated } from '../related/related-marks';
import { lockRelated } from '../related/related-store';
import { relatedChanged } from '../related/related-worker';
import { writeGraphBatch } from './graph-batch';
import { notFound, setLink } from './link-writes';
import { lockNodes } from './lock-nodes';
import { upsertNodeNow } from './upsert-node';
import { statusOf, type WriteStatus } from './write-status';

const Q = {
  lock: cypher('mutation/lock-prerequisites'),
  lockNeighbourhood: cypher('mutation/lock-neighbourhood'),
  prerequisiteState: cypher('mutation/prerequisite-state'),
  addPrerequisite: cypher('mutation/add-prerequisite'),
  deleteSkill: cypher('mutation/delete-skill'),
};

const PREREQUISITE = { from: 'Skill', type: 'REQUIRES', to: 'Skill', fromField: 'skill', toField: 'requires' } as const;

export interface PrerequisiteResult {
  status: WriteStatus;
  skill: SkillRecord;
  requires: SkillRecord;
}

/** Creates or updates a skill (validated input): one auto-commit write, when anything changed (upsertNodeNow). */
export async function upsertSkill(db: QueryRunner, input: { slug: string } & Record<string, unknown>) {
  const { status, props } = await upsertNodeNow(db, 'Skill', input, 'upsertSkill');
  return { status, skill: toSkill(props) };
}

/**
 * Deletes a skill and its relationships; UNCHANGED when it did not exist. Its REQUIRES
 * neighbours lose a feature and the lists that held it lose an entry: both are marked
 * due, for the related-lists worker. Deleting changes every neighbour's relationships, so
 * the skill and all its neighbours are locked first, in the order every write locks
 * (mutation/lock-neighbourhood). The related-lists lock comes before them, as in the
 * worker: the worker, which writes RELATED_TO edges, cannot add a neighbour meanwhile.
 */
export async function deleteSkill(
  db: QueryRunner,
  slug: string,
): Promise<{ status: WriteStatus; slug: string; relationshipsDeleted: number }> {
  return writeMarkingRelated(db, 'deleteSkill', async (tx, marks) => {
    await lockRelated((statement, params) => tx.run(statement, params));
    const [locked] = await tx.run<{ missed: number }>(Q.lockNeighbourhood, { slug });
    if (!locked) return { status: 'UNCHANGED' as const, slug, relationshipsDeleted: 0 };
    // An edge another write committed at the skill between the read of its neighbours and
    // its lock: that neighbour is not locked, and locking it now would break the order.
    if (locked.missed > 0) throw new RunAgain(`deleteSkill ${slug}: a neighbour was added while the neighbours were being locked`);
    const [row] = await tx.run<{ relationships: number; neighbours: string[]; listers: string[] }>(Q.deleteSkill, { slug });
    if (!row) return { status: 'UNCHANGED' as const, slug, relationshipsDeleted: 0 };
    await marks.mark({ changed: row.neighbours, listers: row.listers });
    return { status: 'DELETED' as const, slug, relationshipsDeleted: row.relationships };
  });
}

/** The error for an edge that would close a prerequisite cycle; `cycle` starts and ends at `skill`. */
export function cycleDetected(cycle: string[]): AppError {
  return new AppError(
    ErrorCode.CYCLE_DETECTED,
    `This prerequisite would close a cycle: ${cycle.join(' -> ')}. Remove one of those prerequisites first.`,
    { cycle },
  );
}

/**
 * Takes the prerequisite write lock for the rest of `tx` (mutation/lock-prerequisites):
 * every transaction that adds REQUIRES edges calls this before checking for cycles.
 */
export async function lockPrerequisites(tx: TransactionRunner): Promise<void> {
  await tx.run(Q.lock);
}

/**
 * Makes `requires` a direct prerequisite of `skill`, refusing a cycle. A new edge is
 * checked and merged under the prerequisite lock, so concurrent requests that together
 * would close a cycle are serialised and the later one sees the earlier one's edge; the two
 * skills' related lists are marked due when it is created, for the related-lists worker.
 * All of that is one statement committed by Neo4j as it ends (mutation/add-prerequisite
 * through QueryRunner.writeNow): the lock every new edge queues for is not held across a
 * round trip to this process. An edge that exists needs no check: at most its source
 * changes, in a transaction of its own (changeSource).
 */
export async function addPrerequisite(
  db: QueryRunner,
  skill: string,
  requires: string,
  source: string | null,
): Promise<PrerequisiteResult> {
  if (skill === requires) throw cycleDetected([skill, skill]);
  const [added] = await db.writeNow<{
    skill: Record<string, unknown> | null;
    requires: Record<string, unknown> | null;
    linked: boolean;
    source: string | null;
    back: string[] | null;
    created: boolean;
  }>(Q.addPrerequisite, { skill, requires, source: source ?? 'curated', now: dbNow() }, { name: 'addPrerequisite' });
  if (added.created) relatedChanged();
  if (!added.skill) throw notFound('skill', 'Skill', skill);
  if (!added.requires) throw notFound('requires', 'Skill', requires);
  const result = (status: WriteStatus) => ({ status, skill: toSkill(added.skill!), requires: toSkill(added.requires!) });
  if (added.back) throw cycleDetected([skill, ...added.back]);
  if (!added.linked) return result(added.created ? 'CREATED' : 'UNCHANGED');
  if (source === null || source === added.source) return result('UNCHANGED');
  const status = await changeSource(db, skill, requires, source);
  return status === null ? addPrerequisite(db, skill, requires, source) : result(status);
}

/**
 * Sets the source of an existing prerequisite edge (graph-batch's link write) with both
 * skills locked, so no other write can remove the edge meanwhile. Null when it is gone
 * already: the caller adds it again, with the cycle check a new edge needs.
 */
async function changeSource(db: QueryRunner, skill: string, requires: string, source: string): Promise<WriteStatus | null> {
  return db.transaction(
    async (tx) => {
      await lockNodes(tx, [
        { label: 'Skill', slug: skill },
        { label: 'Skill', slug: requires },
      ]);
      const [state] = await tx.run<{ linked: boolean }>(Q.prerequisiteState, { skill, requires });
      if (!state.linked) return null;
      const counts = await writeGraphBatch(tx, {
        nodes: [],
        links: [{ from: 'Skill', type: 'REQUIRES', to: 'Skill', rows: [{ from: skill, to: requires, source }] }],
      });
      return statusOf(counts, 'relationship');
    },
    { name: 'addPrerequisite' },
  );
}

/** Removes a direct prerequisite; UNCHANGED when there was none. Removing never closes a cycle. */
export async function removePrerequisite(db: QueryRunner, skill: string, requires: string): Promise<PrerequisiteResult> {
  return writeMarkingRelated(db, 'removePrerequisite', async (tx, marks) => {
    const { status, fromNode, toNode } = await setLink(
      tx,
      PREREQUISITE,
      { from: skill, to: requires },
      { present: false, source: null },
      marks,
    );
    return { status, skill: toSkill(fromNode), requires: toSkill(toNode) };
  });
}
