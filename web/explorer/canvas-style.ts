import type cytoscape from 'cytoscape';
import { LABEL_BG_PADDING } from './labels';

/** A `data(field)` mapper where cytoscape takes one but its typings only allow a number. */
const fromData = (field: string) => `data(${field})` as unknown as number;

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * The canvas's stylesheet. Labels are off by default: labels.ts turns them on (`lbl`),
 * chooses their side (`lbl-right`…) and sets their font size and gap per zoom through
 * data fields (`text`, `fs`, `gap`), so they keep one size on screen.
 */
export const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(w)',
      height: 'data(h)',
      'font-family': FONT_FAMILY,
      color: '#1f2933',
      'text-wrap': 'none',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': `${LABEL_BG_PADDING}px`,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    // A group of framework items: a rounded box with a double border, the count in its label.
    selector: 'node.group',
    style: { shape: 'round-rectangle', 'border-width': 3, 'border-style': 'double', 'border-color': '#4c3a6b', 'font-style': 'normal' },
  },
  {
    selector: 'node.lbl',
    // Above unlabelled nodes: cytoscape draws each label with its node, so a later node would cover it.
    style: {
      label: 'data(text)',
      'font-size': 'data(fs)',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': fromData('gap'),
      'z-index': fromData('z'),
    },
  },
  { selector: 'node.lbl-top', style: { 'text-valign': 'top', 'text-margin-y': fromData('ngap') } },
  {
    selector: 'node.lbl-right',
    style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': fromData('gap') },
  },
  {
    selector: 'node.lbl-left',
    style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': fromData('ngap') },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#b8c2cc',
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#b8c2cc',
      'arrow-scale': 0.7,
      opacity: 0.85,
      'font-family': FONT_FAMILY,
    },
  },
  // Edges into a group stand for several relationships: thicker with more.
  { selector: 'edge.agg', style: { width: 'mapData(count, 1, 30, 1.2, 5)', 'line-style': 'solid' } },
  {
    selector: '.large edge, edge.large',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.8 },
  },
  { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node.neighbour', style: { 'font-weight': 'bold' } },
  { selector: 'edge.neighbour', style: { 'line-color': '#52606d', 'target-arrow-color': '#52606d', width: 2, opacity: 1 } },
  { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#e11d48' } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#e11d48', 'z-index': 20, 'font-weight': 'bold' } },
  {
    selector: 'edge.on-path',
    style: { 'line-color': '#e11d48', 'target-arrow-color': '#e11d48', width: 4, opacity: 1, 'z-index': 20 },
  },
  {
    selector: 'edge.lbl',
    style: {
      label: 'data(type)',
      'font-size': 'data(fs)',
      color: '#9f1239',
      'text-rotation': 'none',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': `${LABEL_BG_PADDING}px`,
    },
  },
  { selector: '.hidden-kind', style: { display: 'none' } },
];
