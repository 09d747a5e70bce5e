import { createHash, timingSafeEqual } from 'node:crypto';
import type { Role } from './roles';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Matches a presented `X-API-Key` against the configured keys in constant time: both
 * sides are hashed to equal length and every key is compared, so neither the length
 * nor the position of a match shows in the timing.
 */
export function apiKeyMatcher(keys: ReadonlyArray<{ role: Role; key: string }>) {
  const known = keys.map(({ role, key }) => {
    const hash = digest(key);
    return { role, hash, id: `key:${role}:${hash.toString('hex').slice(0, 8)}` };
  });
  return (presented: string): { role: Role; id: string } | null => {
    const hash = digest(presented);
    let match: (typeof known)[number] | null = null;
    for (const k of known) if (timingSafeEqual(hash, k.hash) && match === null) match = k;
    return match && { role: match.role, id: match.id };
  };
}
