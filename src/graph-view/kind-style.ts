/**
 * One colour per node kind, shared by the explorer page and the exports that carry
 * colours (GEXF viz), so a graph looks the same in the browser and in Gephi.
 * Chosen to stay distinct for colour-blind readers (Okabe-Ito based).
 */
export const KIND_COLORS: Readonly<Record<string, string>> = Object.freeze({
  Skill: '#0072B2',
  Company: '#D55E00',
  Resource: '#009E73',
  Provider: '#CC79A7',
  Framework: '#E69F00',
  FrameworkItem: '#8C6BB1',
  Concept: '#56B4E9',
  // Beyond Okabe-Ito's eight: Paul Tol's wine and olive, apart from the others in hue and lightness.
  Occupation: '#882255',
  TechnologyCategory: '#999933',
});

export const FALLBACK_COLOR = '#7f7f7f';

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? FALLBACK_COLOR;
}

/** A kind as readers say it: `FrameworkItem` → `Framework item`, `TechnologyCategory` → `Technology category`. */
export function kindName(kind: string): string {
  return kind.replace(/(?<=[a-z])[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}
