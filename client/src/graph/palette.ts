// Visual vocabulary shared by the graph style and the legend: group colours, kind shapes, edge styles.
import type { Css } from 'cytoscape';

export type LegendGroup = 'alibaba' | 'tencent' | 'bytedance' | 'others' | 'regulators';

export const LEGEND_GROUPS: readonly { id: LegendGroup; label: string; labelZh: string; color: string }[] = [
  { id: 'alibaba', label: 'Alibaba', labelZh: '阿里', color: '#e8590c' },
  { id: 'tencent', label: 'Tencent', labelZh: '腾讯', color: '#1971c2' },
  { id: 'bytedance', label: 'ByteDance', labelZh: '字节跳动', color: '#0c8599' },
  { id: 'others', label: 'Others', labelZh: '其他', color: '#868e96' },
  { id: 'regulators', label: 'Regulators', labelZh: '监管机构', color: '#6741d9' },
];

/** The legend group (and so the colour) of a node's API `group` (root owner id); Ant Group is drawn with Alibaba. */
export function legendGroupOf(group: string): LegendGroup {
  if (group === 'alibaba' || group === 'ant-group') return 'alibaba';
  if (group === 'tencent' || group === 'bytedance') return group;
  if (group === 'regulator' || group === 'regulators') return 'regulators';
  return 'others';
}

export const KIND_SHAPES: Record<string, Css.NodeShape> = {
  Company: 'round-rectangle',
  Platform: 'ellipse',
  Regulator: 'diamond',
};
export const FALLBACK_SHAPE: Css.NodeShape = 'hexagon';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export const EDGE_STYLES: Record<string, { color: string; line: LineStyle }> = {
  ACCEPTS_PAYMENT_FROM: { color: '#2b8a3e', line: 'solid' },
  ALLOWS_LINKS_TO: { color: '#5c940d', line: 'solid' },
  HOSTS_MINI_PROGRAM_OF: { color: '#0b7285', line: 'solid' },
  INTEROPERATES_PAYMENT_CODES_WITH: { color: '#1864ab', line: 'solid' },
  ADVERTISES_VIA: { color: '#d9480f', line: 'solid' },
  BLOCKS: { color: '#e03131', line: 'dashed' },
  LICENSES_CONTENT_TO: { color: '#9c36b5', line: 'solid' },
  PARTNERS_WITH: { color: '#495057', line: 'solid' },
  SUES: { color: '#a61e4d', line: 'dotted' },
  FINES: { color: '#5f3dc4', line: 'dashed' },
  ORDERS_RECTIFICATION: { color: '#7048e8', line: 'dotted' },
};
const FALLBACK_EDGE_STYLE = { color: '#868e96', line: 'solid' as LineStyle };

/** The colour and line style of a relationship type. */
export function edgeStyleOf(type: string): { color: string; line: LineStyle } {
  return EDGE_STYLES[type] ?? FALLBACK_EDGE_STYLE;
}

export const STATUS_COLORS = { added: '#2f9e44', ended: '#e03131', persisted: '#adb5bd', highlight: '#f59f00' };
