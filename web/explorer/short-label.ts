import type { GraphNode } from './api';

/** Longest label drawn on the canvas; the details panel shows the full name. */
export const SHORT_LABEL_MAX = 32;
/** A second, shorter form for labels that must be drawn but find no room at full length. */
export const TINY_LABEL_MAX = 16;

/**
 * Cuts text to `max` characters with an ellipsis, at a word boundary when one is near
 * the end (a cut mid-word reads worse than a slightly shorter label).
 */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space >= max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,.;:–—-]+$/, '')}…`;
}

/**
 * A node's label as drawn: a framework item's code and its name (the code alone says
 * little, the name alone hides which framework), else the view's label, cut to `max`.
 */
export function shortLabel(node: Pick<GraphNode, 'kind' | 'label' | 'properties'>, max = SHORT_LABEL_MAX): string {
  const p = node.properties ?? {};
  if (node.kind === 'FrameworkItem' && typeof p.code === 'string' && typeof p.name === 'string') {
    // Codes are short and identify the item, so they are kept whole and the name is cut.
    const room = max - p.code.length - 1;
    if (room < 4) return truncate(p.code, max);
    if (p.name.toLowerCase() === p.code.toLowerCase()) return truncate(p.code, max);
    return `${p.code} ${truncate(p.name, room)}`;
  }
  return truncate(node.label, max);
}
