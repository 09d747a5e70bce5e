import type { ApolloServerPlugin } from '@apollo/server';
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import { MUTATION_ROLES } from '../graphql/mutation-roles';
import { unauthenticated } from './authenticate';
import { hasRole, maxRole, type Principal, type Role } from './roles';

/** Throws UNAUTHENTICATED (no credentials) or FORBIDDEN (role too low) unless `principal` may act as `role`. */
export function requireRole(principal: Principal, role: Role, what: string): void {
  if (hasRole(principal, role)) return;
  if (principal.via === 'anonymous') {
    throw unauthenticated(`${what} needs credentials with role ${role}: send an X-API-Key or an Authorization: Bearer token.`);
  }
  const held = principal.role ? `role ${principal.role}` : 'no known role';
  throw new AppError(ErrorCode.FORBIDDEN, `${what} needs role ${role}; these credentials have ${held}.`, {
    requiredRole: role,
    http: { status: 403 },
  });
}

/** Top-level field names of an operation, through fragments. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  out = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, fragments, out);
    else if (fragments[selection.name.value]) rootFields(fragments[selection.name.value].selectionSet, fragments, out);
  }
  return out;
}

/** The role an operation needs: reads need `reader` unless reading is public; writes their mutation's role. */
export function requiredRole(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  publicRead: boolean,
): Role | null {
  if (operation.operation !== 'mutation') return publicRead ? null : 'reader';
  let role: Role = 'editor';
  for (const field of rootFields(operation.selectionSet, fragments)) {
    const needed = MUTATION_ROLES[field as keyof typeof MUTATION_ROLES];
    if (needed) role = maxRole(role, needed);
  }
  return role;
}

/**
 * Checks the whole operation before anything executes: an unauthorised write is refused
 * (401 or 403) with nothing run, so nothing can be half written. Resolvers check again
 * (requireRole) as a second line.
 */
export function authorizationPlugin(auth: Config['auth'], principalOf: (context: unknown) => Principal): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const role = requiredRole(operation, fragments, auth.publicRead);
          if (role) requireRole(principalOf(contextValue), role, operation.operation === 'mutation' ? 'Writing' : 'Reading');
        },
      };
    },
  };
}
