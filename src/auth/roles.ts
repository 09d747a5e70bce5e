import type { Role } from '../config';

export type { Role };

/** Who sent a request: anonymous, or the holder of an API key or a token. */
export interface Principal {
  /** Safe to log: `anonymous`, `key:<role>:<hash prefix>` or `jwt:<subject>`. */
  id: string;
  /** The highest role held; null for anonymous. Roles nest: admin ⊃ editor ⊃ reader. */
  role: Role | null;
  via: 'anonymous' | 'api-key' | 'jwt';
}

export const ANONYMOUS: Principal = Object.freeze({ id: 'anonymous', role: null, via: 'anonymous' });

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** Whether `principal` may act as `role`. */
export function hasRole(principal: Principal, role: Role): boolean {
  return principal.role !== null && RANK[principal.role] >= RANK[role];
}

/** The highest of some role names (unknown names ignored); null when none is known. */
export function highestRole(names: Iterable<string>): Role | null {
  let best: Role | null = null;
  for (const name of names) {
    if (name in RANK && (best === null || RANK[name as Role] > RANK[best])) best = name as Role;
  }
  return best;
}

/** The stricter of two roles. */
export function maxRole(a: Role, b: Role): Role {
  return RANK[a] >= RANK[b] ? a : b;
}
