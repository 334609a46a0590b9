// Colouring relationships by one of their own properties (`props` on the wire): which properties can colour (numbers
// and booleans found in the data), and the scale of each: a signed number diverges red–grey–blue around 0, an unsigned
// one runs light to dark blue, a boolean takes two colours. Pure functions, so the legend and the graph agree.
import type { EdgeProps } from '../../../contract/presentation';

export type PropertyScale =
  | { kind: 'diverging'; key: string; min: number; max: number }
  | { kind: 'sequential'; key: string; min: number; max: number }
  | { kind: 'boolean'; key: string };

/** Diverging ends and middle (ColorBrewer RdBu), sequential ends, boolean true/false, and "no value". */
export const SCALE_COLORS = {
  negative: '#b2182b',
  middle: '#bdbdbd',
  positive: '#2166ac',
  low: '#c6dbef',
  high: '#08519c',
  yes: '#2166ac',
  no: '#e08214',
  missing: '#dee2e6',
} as const;

/** The properties that can colour relationships: those whose values are all numbers, or all booleans, sorted by key. */
export function colourableProperties(propsList: Iterable<EdgeProps | undefined>): PropertyScale[] {
  const seen = new Map<string, { numbers: number; booleans: number; other: number; min: number; max: number }>();
  for (const props of propsList) {
    if (!props) continue;
    for (const key in props) {
      const value = props[key];
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { numbers: 0, booleans: 0, other: 0, min: Infinity, max: -Infinity }));
      if (typeof value === 'number' && Number.isFinite(value)) {
        s.numbers++;
        if (value < s.min) s.min = value;
        if (value > s.max) s.max = value;
      } else if (typeof value === 'boolean') s.booleans++;
      else s.other++;
    }
  }
  const scales: PropertyScale[] = [];
  for (const [key, s] of [...seen].sort(([a], [b]) => a.localeCompare(b))) {
    if (s.other) continue;
    if (s.numbers && !s.booleans && s.max > s.min)
      scales.push({ kind: s.min < 0 && s.max > 0 ? 'diverging' : 'sequential', key, min: s.min, max: s.max });
    else if (s.booleans && !s.numbers) scales.push({ kind: 'boolean', key });
  }
  return scales;
}

/** The colour of one property value on `scale`; SCALE_COLORS.missing when the relationship lacks a usable value. */
export function colourOf(scale: PropertyScale, value: EdgeProps[string] | undefined): string {
  if (scale.kind === 'boolean') return typeof value === 'boolean' ? (value ? SCALE_COLORS.yes : SCALE_COLORS.no) : SCALE_COLORS.missing;
  if (typeof value !== 'number' || !Number.isFinite(value)) return SCALE_COLORS.missing;
  if (scale.kind === 'sequential') return mix(SCALE_COLORS.low, SCALE_COLORS.high, (value - scale.min) / (scale.max - scale.min));
  return value < 0
    ? mix(SCALE_COLORS.middle, SCALE_COLORS.negative, value / scale.min)
    : mix(SCALE_COLORS.middle, SCALE_COLORS.positive, scale.max > 0 ? value / scale.max : 0);
}

/** The colour `share` (0–1, clamped) of the way from hex colour `from` to `to`. */
export function mix(from: string, to: string, share: number): string {
  const t = Math.min(1, Math.max(0, share));
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const parts = [0, 1, 2].map((i) => Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t));
  return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
}
