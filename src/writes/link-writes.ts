import { cypherTemplate } from '../db/cypher';
import type { TransactionRunner } from '../db/query-runner';
import { skillsTouchedBy } from '../related/related-change';
import type { RelatedMarks } from '../related/related-marks';
import { AppError, ErrorCode } from '../errors';
import type { NodeLabel, RelationshipType } from '../graph-vocabulary';
import { writeGraphBatch } from './graph-batch';
import { lockNodes } from './lock-nodes';
import { statusOf, type WriteStatus } from './write-status';

type Props = Record<string, unknown>;

/** One kind of relationship a mutation sets, and the argument names of its ends. */
export interface LinkSpec {
  from: NodeLabel;
  type: RelationshipType;
  to: NodeLabel;
  fromField: string;
  toField: string;
}

/** A mutation named a node that does not exist. */
export function notFound(field: string, label: string, slug: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${field}: no ${label} with slug "${slug}"`, { field, slug });
}

/**
 * Makes the relationship present (merged, `source` set when given) or absent, inside
 * `tx`. Both ends must exist (NOT_FOUND names the argument). Returns both ends. When
 * the relationship makes a related-skills feature, adding or removing it marks the
 * skills' lists due through `related` (updated after commit by the related-lists worker).
 * Both ends are locked before anything is read or written (lock-nodes.ts).
 */
export async function setLink(
  tx: TransactionRunner,
  spec: LinkSpec,
  ends: { from: string; to: string },
  want: { present: boolean; source: string | null },
  related?: RelatedMarks,
): Promise<{ status: WriteStatus; fromNode: Props; toNode: Props }> {
  const touched = skillsTouchedBy({ label: spec.from, slug: ends.from }, spec.type, { label: spec.to, slug: ends.to });
  const { status, fromNode, toNode } = await writeLink(tx, spec, ends, want);
  if (related && touched.length > 0 && (status === 'CREATED' || status === 'DELETED')) await related.mark({ changed: touched });
  return { status, fromNode, toNode };
}

async function writeLink(
  tx: TransactionRunner,
  spec: LinkSpec,
  ends: { from: string; to: string },
  want: { present: boolean; source: string | null },
): Promise<{ status: WriteStatus; fromNode: Props; toNode: Props }> {
  const bindings = { From: spec.from, Type: spec.type, To: spec.to };
  await lockNodes(tx, [
    { label: spec.from, slug: ends.from },
    { label: spec.to, slug: ends.to },
  ]);
  const [state] = await tx.run<{ fromNode: Props | null; toNode: Props | null; linked: boolean; source: string | null }>(
    cypherTemplate('mutation/link-state', bindings),
    ends,
  );
  if (!state.fromNode) throw notFound(spec.fromField, spec.from, ends.from);
  if (!state.toNode) throw notFound(spec.toField, spec.to, ends.to);
  const result = (status: WriteStatus) => ({ status, fromNode: state.fromNode!, toNode: state.toNode! });

  if (!want.present) {
    if (!state.linked) return result('UNCHANGED');
    await tx.run(cypherTemplate('mutation/unlink', bindings), ends);
    return result('DELETED');
  }
  if (state.linked && (want.source === null || want.source === state.source)) return result('UNCHANGED');
  const source = want.source ?? state.source ?? 'curated';
  const counts = await writeGraphBatch(tx, {
    nodes: [],
    links: [{ from: spec.from, type: spec.type, to: spec.to, rows: [{ ...ends, source }] }],
  });
  return result(statusOf(counts, 'relationship'));
}
