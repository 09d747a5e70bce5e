import type { Role } from '../auth/roles';
import type { MutationResolvers } from '../generated/graphql';

/**
 * The role each mutation needs. Typed against the generated resolvers, so a new
 * mutation does not compile until it is given a role here.
 */
export const MUTATION_ROLES: Record<keyof Omit<MutationResolvers, '__isTypeOf'>, Role> = {
  upsertSkill: 'editor',
  deleteSkill: 'editor',
  addPrerequisite: 'editor',
  removePrerequisite: 'editor',
  upsertCompany: 'editor',
  setHiring: 'editor',
  upsertResource: 'editor',
  linkResource: 'editor',
  unlinkResource: 'editor',
  importGraph: 'admin',
};
