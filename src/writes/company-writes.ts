import type { QueryRunner } from '../db/query-runner';
import { toCompany, toSkill } from '../db/record-mappers';
import { writeMarkingRelated } from '../related/related-marks';
import { setLink } from './link-writes';
import { upsertNodeNow } from './upsert-node';

const HIRES_FOR = { from: 'Company', type: 'HIRES_FOR', to: 'Skill', fromField: 'company', toField: 'skill' } as const;

/** Creates or updates a company (validated input): one auto-commit write, when anything changed (upsertNodeNow). */
export async function upsertCompany(db: QueryRunner, input: { slug: string } & Record<string, unknown>) {
  const { status, props } = await upsertNodeNow(db, 'Company', input, 'upsertCompany');
  return { status, company: toCompany(props) };
}

/** Records whether `company` hires for `skill`: merges or removes HIRES_FOR. */
export async function setHiring(db: QueryRunner, company: string, skill: string, hiring: boolean, source: string | null) {
  return writeMarkingRelated(db, 'setHiring', async (tx, marks) => {
    const { status, fromNode, toNode } = await setLink(tx, HIRES_FOR, { from: company, to: skill }, { present: hiring, source }, marks);
    return { status, company: toCompany(fromNode), skill: toSkill(toNode), hiring };
  });
}
