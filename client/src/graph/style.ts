// The Cytoscape style sheet, as data: base looks, then the classes a year change or a highlight toggles.
import type { StylesheetJson } from 'cytoscape';
import { LEGEND_GROUPS, EDGE_STYLES, FALLBACK_SHAPE, KIND_SHAPES, STATUS_COLORS } from './palette';

const groupRules = LEGEND_GROUPS.map((group) => ({
  selector: `node[legendGroup = "${group.id}"]`,
  style: { 'background-color': group.color, 'border-color': group.color },
}));

const kindRules = Object.entries(KIND_SHAPES).map(([kind, shape]) => ({
  selector: `node[kind = "${kind}"]`,
  style: { shape },
}));

const edgeRules = Object.entries(EDGE_STYLES).map(([type, look]) => ({
  selector: `edge[type = "${type}"]`,
  style: { 'line-color': look.color, 'target-arrow-color': look.color, 'line-style': look.line },
}));

/** The full style sheet for the explorer's graph. */
const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      shape: FALLBACK_SHAPE,
      width: 22,
      height: 22,
      'font-size': 10,
      'font-family': 'Inter, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif',
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
  { selector: 'node[kind = "Company"]', style: { width: 28, height: 28, 'font-weight': 'bold' } },
  ...groupRules,
  ...kindRules,
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'line-color': '#868e96',
      'target-arrow-color': '#868e96',
      opacity: 0.85,
      'transition-property': 'opacity, width',
      'transition-duration': 300,
    },
  },
  ...edgeRules,
  {
    selector: 'edge.ownership',
    style: {
      'line-color': '#adb5bd',
      'target-arrow-shape': 'none',
      'line-style': 'dotted',
      width: 1.2,
      opacity: 0.7,
      'curve-style': 'straight',
    },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'node.isolated', style: { opacity: 0.25, 'text-opacity': 0.5 } },
  {
    selector: 'edge.arrived',
    style: { width: 5, opacity: 1, 'underlay-color': STATUS_COLORS.highlight, 'underlay-opacity': 0.35, 'underlay-padding': 3 },
  },
  { selector: 'edge.ended', style: { opacity: 0.3, 'line-style': 'dashed', width: 1.5 } },
  {
    selector: 'edge.cmp-added',
    style: { 'line-color': STATUS_COLORS.added, 'target-arrow-color': STATUS_COLORS.added, width: 4, 'line-style': 'solid' },
  },
  {
    selector: 'edge.cmp-ended',
    style: { 'line-color': STATUS_COLORS.ended, 'target-arrow-color': STATUS_COLORS.ended, 'line-style': 'dashed', width: 3 },
  },
  {
    selector: 'edge.cmp-persisted',
    style: { 'line-color': STATUS_COLORS.persisted, 'target-arrow-color': STATUS_COLORS.persisted, opacity: 0.6 },
  },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
  { selector: '.hit', style: { 'underlay-color': STATUS_COLORS.highlight, 'underlay-opacity': 0.5, 'underlay-padding': 6, opacity: 1 } },
  { selector: 'edge.hit', style: { width: 5 } },
  { selector: 'node:selected', style: { 'border-color': '#212529', 'border-width': 4 } },
  { selector: 'edge:selected', style: { width: 6, opacity: 1 } },
  { selector: '.focused', style: { 'underlay-color': '#212529', 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
  { selector: 'node.hit, node.focused', style: { 'underlay-shape': 'ellipse' } },
];

/** The style sheet for large networks, kept short because Cytoscape styles every element against every rule:
 * colours and shapes come from element data, edges are straight haystack lines of one width without arrows or
 * dashes, labels are drawn only once readable, and view classes change colour or opacity but never geometry
 * (so a year step does not make Cytoscape recompute bounding boxes). Arrivals show in the highlight colour. */
const simplifiedStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      shape: 'data(shape)' as never,
      width: 14,
      height: 14,
      'background-color': 'data(color)',
      'font-size': 10,
      'min-zoomed-font-size': 9,
      'font-family': 'Inter, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif',
      color: '#212529',
      'text-valign': 'bottom',
      'text-margin-y': 3,
    },
  },
  { selector: 'node[kind = "Company"]', style: { width: 20, height: 20, 'font-weight': 'bold' } },
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': 'data(color)', opacity: 0.85 } },
  { selector: 'edge.ownership', style: { 'line-color': '#adb5bd', opacity: 0.7 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'node.isolated', style: { opacity: 0.25 } },
  { selector: 'edge.arrived', style: { 'line-color': STATUS_COLORS.highlight, opacity: 1 } },
  { selector: 'edge.ended', style: { opacity: 0.3 } },
  { selector: 'edge.cmp-added', style: { 'line-color': STATUS_COLORS.added, opacity: 1 } },
  { selector: 'edge.cmp-ended', style: { 'line-color': STATUS_COLORS.ended, opacity: 1 } },
  { selector: 'edge.cmp-persisted', style: { 'line-color': STATUS_COLORS.persisted, opacity: 0.6 } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: '.hit', style: { 'underlay-color': STATUS_COLORS.highlight, 'underlay-opacity': 0.5, 'underlay-padding': 6, opacity: 1 } },
  { selector: 'node:selected', style: { 'border-color': '#212529', 'border-width': 3 } },
  { selector: 'edge:selected', style: { 'line-color': '#212529', opacity: 1 } },
  { selector: '.focused', style: { 'underlay-color': '#212529', 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
];

/** The style sheet for a network of the given size class. */
export function styleFor(simplified: boolean): StylesheetJson {
  return simplified ? simplifiedStyle : graphStyle;
}
