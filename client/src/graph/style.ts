// The Cytoscape style sheet, as data: base looks read from element data (group colour, kind shape, edge colour), then
// the classes a view toggles: node size by degree, states in the reserved STATE_COLORS, level-of-detail culling.
import type { Core, StylesheetJson } from 'cytoscape';
import { NEUTRAL, STATE_COLORS } from './palette';

const FONT = 'Inter, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif';

/** A node's base width (model px), and the width of each size class (size-1 … size-4) as a multiple of it. */
export const BASE_NODE_PX = 20;
export const SIZE_FACTORS = [1.3, 1.7, 2.2, 2.9] as const;

/** Node width per size class (size-1 … size-4), for the base width of each style. */
const sizeRules = (base: number): StylesheetJson =>
  SIZE_FACTORS.map((factor, i) => ({
    selector: `node.size-${i + 1}`,
    style: { width: Math.round(base * factor), height: Math.round(base * factor) },
  }));

/** Rules shared by both styles: states drawn in the reserved colours, and the classes that hide. */
const stateRules: StylesheetJson = [
  { selector: '.hidden, .culled', style: { display: 'none' } },
  { selector: 'node.isolated', style: { opacity: 0.25, 'text-opacity': 0.5 } },
  { selector: 'edge.arrived', style: { 'line-color': STATE_COLORS.arrived, 'target-arrow-color': STATE_COLORS.arrived, opacity: 1 } },
  { selector: 'edge.ended', style: { 'line-color': STATE_COLORS.ended, 'target-arrow-color': STATE_COLORS.ended, opacity: 0.45 } },
  { selector: 'edge.cmp-added', style: { 'line-color': STATE_COLORS.arrived, 'target-arrow-color': STATE_COLORS.arrived, opacity: 1 } },
  { selector: 'edge.cmp-ended', style: { 'line-color': STATE_COLORS.ended, 'target-arrow-color': STATE_COLORS.ended, opacity: 1 } },
  { selector: 'edge.cmp-persisted', style: { 'line-color': NEUTRAL, 'target-arrow-color': NEUTRAL, opacity: 0.5 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
  { selector: '.hit', style: { 'underlay-color': STATE_COLORS.hit, 'underlay-opacity': 0.6, 'underlay-padding': 6, opacity: 1 } },
  { selector: '.path', style: { 'underlay-color': STATE_COLORS.path, 'underlay-opacity': 0.5, 'underlay-padding': 6, opacity: 1 } },
  { selector: 'edge.path', style: { 'line-color': STATE_COLORS.path, 'target-arrow-color': STATE_COLORS.path } },
  { selector: 'node:selected', style: { 'border-color': STATE_COLORS.focused, 'border-width': 4 } },
  { selector: 'edge:selected', style: { 'line-color': STATE_COLORS.focused, 'target-arrow-color': STATE_COLORS.focused, opacity: 1 } },
  { selector: '.focused', style: { 'underlay-color': STATE_COLORS.focused, 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
  { selector: 'node.hit, node.path, node.focused', style: { 'underlay-shape': 'ellipse' } },
];

/** The full style sheet, for networks small enough to draw every label, arrow and line style. */
const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      shape: 'data(shape)' as never,
      width: 20,
      height: 20,
      'background-color': 'data(color)',
      'border-color': 'data(color)',
      'font-size': 10,
      'min-zoomed-font-size': 7,
      'font-family': FONT,
      color: '#212529',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'border-width': 2,
      'border-opacity': 1,
      'transition-property': 'opacity',
      'transition-duration': 300,
    },
  },
  ...sizeRules(BASE_NODE_PX),
  { selector: 'node.top', style: { 'font-weight': 'bold', 'z-index': 10 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'line-style': 'data(line)' as never,
      opacity: 0.85,
      'transition-property': 'opacity, width',
      'transition-duration': 300,
    },
  },
  {
    selector: 'edge.ownership',
    style: { 'target-arrow-shape': 'none', 'line-style': 'dotted', width: 1.2, opacity: 0.7, 'curve-style': 'straight' },
  },
  ...stateRules,
  { selector: 'edge.arrived, edge.cmp-added', style: { width: 4 } },
  { selector: 'edge.ended', style: { 'line-style': 'dashed', width: 1.5 } },
  { selector: 'edge.cmp-ended', style: { 'line-style': 'dashed', width: 3 } },
  { selector: 'edge.hit, edge.path, edge:selected', style: { width: 5 } },
];

/** The style sheet for large networks, kept short because Cytoscape styles every element against every rule: edges
 * are straight haystack lines of one width without arrows or dashes, ordinary labels are drawn only once readable
 * (the `top` nodes' labels get a zoom-compensated size from top-labels.ts, in both styles), and edge states change colour, never geometry. */
const simplifiedStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      shape: 'data(shape)' as never,
      width: 20,
      height: 20,
      'background-color': 'data(color)',
      'border-width': 0,
      'font-size': 10,
      'min-zoomed-font-size': 9,
      'font-family': FONT,
      color: '#212529',
      'text-valign': 'bottom',
      'text-margin-y': 2,
    },
  },
  ...sizeRules(BASE_NODE_PX),
  {
    selector: 'node.top',
    style: {
      'font-weight': 'bold',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      'z-index': 10,
    },
  },
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': 'data(color)', opacity: 0.6 } },
  { selector: 'edge.ownership', style: { opacity: 0.7 } },
  ...stateRules,
];

/** The style sheet for a network of the given size class. */
export function styleFor(simplified: boolean): StylesheetJson {
  return simplified ? simplifiedStyle : graphStyle;
}

/** Runs `work` with style transitions switched off, so each render is drawn in its final state at once. */
export async function withoutTransitions(cy: Core, simplified: boolean, work: () => Promise<void>): Promise<void> {
  cy.style().selector('node, edge').style({ 'transition-duration': 0 }).update();
  try {
    await work();
  } finally {
    cy.style(styleFor(simplified));
  }
}
