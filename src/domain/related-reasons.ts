import { cutAtWord } from './related-features';
import type { SharedFeature } from '../records';

/** Longest reason: one short line however many things two skills share. */
export const MAX_REASON = 120;

/** Names shown per kind before "and N more" (occupation titles and resource titles run long). */
const SHOWN: Partial<Record<SharedFeature['kind'], number>> = { OCCUPATION: 2, RESOURCE: 2 };

/** Names in the order given (the computation chose it), each once, then how many more. */
function list(names: readonly string[], count: number, max: number, noun = ''): string {
  const shown = names.slice(0, max);
  const more = count - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more${noun && ` ${noun}${more === 1 ? '' : 's'}`}` : shown.join(', ');
}

function reason({ kind, count }: SharedFeature, names: readonly string[], max: number): string {
  const plural = (one: string, many: string) => (count === 1 ? one : many);
  switch (kind) {
    case 'PREREQUISITE':
      return 'a direct prerequisite';
    case 'DEPENDENT':
      return 'builds directly on it';
    case 'SHARED_PREREQUISITE':
      return `both require ${list(names, count, max)}`;
    case 'SHARED_DEPENDENT':
      return `both lead to ${list(names, count, max)}`;
    case 'LINKED_THROUGH':
      return `linked through ${list(names, count, max)}`;
    case 'COMPANY':
      return `${count} hiring ${plural('company', 'companies')} in common: ${list(names, count, max)}`;
    case 'COVERS':
      return `both cover ${list(names, count, max)}`;
    case 'RESOURCE':
      return `taught by the same ${plural('resource', 'resources')}: ${list(names, count, max)}`;
    case 'OCCUPATION':
      return `both used by ${list(names, count, max, 'occupation')}`;
  }
}

/** One reason within MAX_REASON characters: fewer names if need be, then cut at a word. */
function fitted(shared: SharedFeature): string {
  const folded = shared.names.map((n) => n.toLowerCase());
  const names = shared.names.filter((_, i) => folded.indexOf(folded[i]) === i);
  for (let max = Math.min(SHOWN[shared.kind] ?? 3, names.length); max > 1; max--) {
    const text = reason(shared, names, max);
    if (text.length <= MAX_REASON) return text;
  }
  return cutAtWord(reason(shared, names, Math.min(1, names.length)), MAX_REASON);
}

/**
 * Human-readable reasons two skills are related, one per kind, strongest first: by each
 * kind's weight, its part of the score (src/domain/related-features.ts), then kind.
 */
export function describeShared(shared: readonly SharedFeature[]): string[] {
  return [...shared].sort((a, b) => b.weight - a.weight || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)).map(fitted);
}
