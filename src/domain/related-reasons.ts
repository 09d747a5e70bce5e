import type { SharedFeature } from '../repositories/skill.repository';

/** Up to `max` names, alphabetically, then how many more: a reason stays one short line. */
function list(names: string[], max = 3): string {
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  const shown = sorted.slice(0, max).join(', ');
  return sorted.length > max ? `${shown} and ${sorted.length - max} more` : shown;
}

/**
 * Human-readable reasons two skills are related, strongest first: by each kind's weight,
 * its part of the score as cypher/skill/related.cypher computes it (the one place the
 * feature weights live).
 */
export function describeShared(shared: SharedFeature[]): string[] {
  return [...shared]
    .sort((a, b) => b.weight - a.weight || a.kind.localeCompare(b.kind))
    .map(({ kind, vias }) => {
      const n = vias.length;
      switch (kind) {
        case 'prerequisite':
          return 'a direct prerequisite';
        case 'dependent':
          return 'builds directly on it';
        case 'sharedPrerequisite':
          return `both require ${list(vias)}`;
        case 'sharedDependent':
          return `both lead to ${list(vias)}`;
        case 'linkedThrough':
          return `linked through ${list(vias)}`;
        case 'company':
          return `${n} hiring ${n === 1 ? 'company' : 'companies'} in common: ${list(vias)}`;
        case 'covers':
          return `both cover ${list(vias)}`;
        case 'resource':
          return `taught by the same ${n === 1 ? 'resource' : 'resources'}: ${list(vias, 2)}`;
      }
    });
}
