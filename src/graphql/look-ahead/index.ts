/**
 * Look-ahead: reading a record's lists with the record, in one statement, when the
 * query asks for them. `Query.skill` reads ahead (skill-page.ts); field resolvers call
 * `readAhead` first and their loader when it has nothing for their arguments.
 */
import type { GraphQLContext } from '../context';
import type { AheadArguments, AheadField, AheadValues } from './prefetched';

export { Prefetched } from './prefetched';
export { skillProperties } from './projection';
export { childFieldNodes, selectsUnder } from './selection';
export { loadSkillLookingAhead } from './skill-page';

/** What was read ahead for `parent.field` with these arguments (see Prefetched.get), or undefined. */
export function readAhead<F extends AheadField>(
  ctx: Pick<GraphQLContext, 'prefetched'>,
  parent: object,
  field: F,
  args?: AheadArguments,
): AheadValues[F] | undefined {
  return ctx.prefetched.get(parent, field, args);
}
