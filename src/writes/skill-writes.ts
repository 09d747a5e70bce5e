import { dbNow } from '../db/now';
import { cypher } from '../db/cypher';
import type { QueryRunner, TransactionRunner } from '../db/query-runner';
import { toSkill } from '../db/record-mappers';
import { AppError, ErrorCode } from '../errors';
import type { SkillRecord } from '../records';
import { writeMarkingRelated } from '../related/related-marks';
import { writeGraphBatch } from './graph-batch';
import { notFound, setLink } from './link-writes';
import { upsertNode } from './upsert-node';
import { statusOf, type WriteStatus } from './write-status';

const Q = {
  lock: cypher('mutation/lock-prerequisites'),
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

/** Creates or updates a skill (validated input). One transaction. */
export async function upsertSkill(db: QueryRunner, input: { slug: string } & Record<string, unknown>) {
  return db.transaction(
    async (tx) => {
      const { status, props } = await upsertNode(tx, 'Skill', input);
      return { status, skill: toSkill(props) };
    },
    { name: 'upsertSkill' },
  );
}

/**
 * Deletes a skill and its relationships; UNCHANGED when it did not exist. Its REQUIRES
 * neighbours lose a feature and the lists that held it lose an entry: both are marked
 * due, for the related-lists worker.
 */
export async function deleteSkill(
  db: QueryRunner,
  slug: string,
): Promise<{ status: WriteStatus; slug: string; relationshipsDeleted: number }> {
  return writeMarkingRelated(db, 'deleteSkill', async (tx, marks) => {
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
 * Makes `requires` a direct prerequisite of `skill`, refusing a cycle. An edge that
 * exists needs no check (at most its source changes). A new one is checked and merged
 * under the prerequisite lock, so concurrent requests that together would close a cycle
 * are serialised and the later one sees the earlier one's edge. The two skills' related
 * lists are marked due, for the related-lists worker: no list work under the lock (a
 * mark left by an edge another request merged first only costs the worker a no-op).
 */
export async function addPrerequisite(
  db: QueryRunner,
  skill: string,
  requires: string,
  source: string | null,
): Promise<PrerequisiteResult> {
  if (skill === requires) throw cycleDetected([skill, skill]);
  return writeMarkingRelated(db, 'addPrerequisite', async (tx, marks) => {
    const [state] = await tx.run<{
      skill: Record<string, unknown> | null;
      requires: Record<string, unknown> | null;
      linked: boolean;
      source: string | null;
    }>(Q.prerequisiteState, { skill, requires });
    if (!state.skill) throw notFound('skill', 'Skill', skill);
    if (!state.requires) throw notFound('requires', 'Skill', requires);
    const result = (status: WriteStatus) => ({ status, skill: toSkill(state.skill!), requires: toSkill(state.requires!) });
    if (state.linked) {
      if (source === null || source === state.source) return result('UNCHANGED');
      const counts = await writeGraphBatch(tx, {
        nodes: [],
        links: [{ from: 'Skill', type: 'REQUIRES', to: 'Skill', rows: [{ from: skill, to: requires, source }] }],
      });
      // Created only if another transaction removed the edge meanwhile.
      if (counts.relationshipsCreated > 0) await marks.mark({ changed: [skill, requires] });
      return result(statusOf(counts, 'relationship'));
    }
    // Both skills' locks first (the mark sets a property on each, in slug order), then the
    // prerequisite lock: so it is held for the check, the merge and the commit only, never
    // while this write waits for another one on either skill (an upsert, the lists' worker).
    await marks.mark({ changed: [skill, requires] });
    const now = dbNow();
    const [added] = await tx.run<{ back: string[] | null; created: number }>(Q.addPrerequisite, {
      skill,
      requires,
      source: source ?? 'curated',
      now,
    });
    if (added.back) throw cycleDetected([skill, ...added.back]);
    return result(added.created > 0 ? 'CREATED' : 'UNCHANGED');
  });
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
