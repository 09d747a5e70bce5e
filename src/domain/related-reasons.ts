import type { SharedFeature } from '../repositories/skill.repository';

/** Feature weights, as in cypher/skill/related.cypher: strongest reasons first. */
const strength: Record<SharedFeature['kind'], number> = {
  prerequisite: 5,
  dependent: 5,
  sharedPrerequisite: 2,
  sharedDependent: 2,
  linkedThrough: 2,
  resource: 2,
  covers: 1.5,
  company: 1,
};

function list(names: string[], max = 3): string {
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  const shown = sorted.slice(0, max).join(', ');
  return sorted.length > max ? `${shown} and ${sorted.length - max} more` : shown;
}

/** Human-readable reasons two skills are related, strongest first. */
export function describeShared(shared: SharedFeature[]): string[] {
  return [...shared]
    .sort((a, b) => strength[b.kind] * b.vias.length - strength[a.kind] * a.vias.length || a.kind.localeCompare(b.kind))
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
