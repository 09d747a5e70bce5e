import { dbNow } from '../db/now';
import { cypher } from '../db/cypher';
import type { QueryRunner, TransactionRunner } from '../db/query-runner';
import { toSkill } from '../db/record-mappers';
import { AppError, ErrorCode } from '../errors';
import type { SkillRecord } from '../records';
import { RelatedMaintenance } from '../related/maintain-related';
import { skillStates } from '../related/related-store';
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
      const { status, props } = await upsertNode(tx, 'Skill', input, new RelatedMaintenance(tx));
      return { status, skill: toSkill(props) };
    },
    { name: 'upsertSkill' },
  );
}

/**
 * Deletes a skill and its relationships; UNCHANGED when it did not exist. Its REQUIRES
 * neighbours lose a feature and the lists that held it lose an entry: both are updated.
 */
export async function deleteSkill(
  db: QueryRunner,
  slug: string,
): Promise<{ status: WriteStatus; slug: string; relationshipsDeleted: number }> {
  return db.transaction(
    async (tx) => {
      const related = new RelatedMaintenance(tx);
      if ((await skillStates((s, p) => tx.run(s, p), [slug])).size > 0) await related.lock();
      const [row] = await tx.run<{ relationships: number; neighbours: string[]; listers: string[] }>(Q.deleteSkill, { slug });
      if (!row) return { status: 'UNCHANGED', slug, relationshipsDeleted: 0 };
      await related.apply({ changed: row.neighbours, listers: row.listers });
      return { status: 'DELETED', slug, relationshipsDeleted: row.relationships };
    },
    { name: 'deleteSkill' },
  );
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
 * are serialised and the later one sees the earlier one's edge.
 */
export async function addPrerequisite(
  db: QueryRunner,
  skill: string,
  requires: string,
  source: string | null,
): Promise<PrerequisiteResult> {
  if (skill === requires) throw cycleDetected([skill, skill]);
  return db.transaction(
    async (tx) => {
      const related = new RelatedMaintenance(tx);
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
        if (counts.relationshipsCreated > 0) await related.apply({ changed: [skill, requires] });
        return result(statusOf(counts, 'relationship'));
      }
      await related.lock();
      const now = dbNow();
      const [added] = await tx.run<{ back: string[] | null; created: number }>(Q.addPrerequisite, {
        skill,
        requires,
        source: source ?? 'curated',
        now,
      });
      if (added.back) throw cycleDetected([skill, ...added.back]);
      if (added.created > 0) await related.apply({ changed: [skill, requires] });
      return result(added.created > 0 ? 'CREATED' : 'UNCHANGED');
    },
    { name: 'addPrerequisite' },
  );
}

/** Removes a direct prerequisite; UNCHANGED when there was none. Removing never closes a cycle. */
export async function removePrerequisite(db: QueryRunner, skill: string, requires: string): Promise<PrerequisiteResult> {
  return db.transaction(
    async (tx) => {
      const { status, fromNode, toNode } = await setLink(
        tx,
        PREREQUISITE,
        { from: skill, to: requires },
        { present: false, source: null },
        new RelatedMaintenance(tx),
      );
      return { status, skill: toSkill(fromNode), requires: toSkill(toNode) };
    },
    { name: 'removePrerequisite' },
  );
}
