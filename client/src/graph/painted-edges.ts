// Which drawn relationships of a large network go to the paint layer (all but the pinned: selected, hits, paths, the
// focus), and how each is painted: its colour and opacity from its view classes, as the simplified style sheet would.
import type { Core } from 'cytoscape';
import { hasClass, type ElementIndex } from './classes';
import { undrawn } from './apply-classes';
import { NEUTRAL, STATE_COLORS } from './palette';
import { PaintLayer, type PaintStyle } from './paint-layer';

/** Above this many nodes and relationships, relationships are painted rather than held by Cytoscape. */
export const PAINT_ABOVE_ELEMENTS = 8_000;

/** `?paint=on|off` forces the paint layer on or off (tests, comparisons); null leaves it to the network's size. */
export function paintFromQuery(search: string): boolean | null {
  const raw = new URLSearchParams(search).get('paint');
  return raw === 'on' ? true : raw === 'off' ? false : null;
}

/** The simplified style's edge looks (style.ts) by state class (none: the relationship's own colour at 0.6); `faded`
 * then lowers the opacity of any of them. */
const LOOKS: [string, PaintStyle][] = [
  ['arrived', { colour: STATE_COLORS.arrived, alpha: 1 }],
  ['cmp-added', { colour: STATE_COLORS.arrived, alpha: 1 }],
  ['ended', { colour: STATE_COLORS.ended, alpha: 0.45 }],
  ['cmp-ended', { colour: STATE_COLORS.ended, alpha: 1 }],
  ['cmp-persisted', { colour: NEUTRAL, alpha: 0.5 }],
];

export class PaintedEdges {
  readonly layer: PaintLayer;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** The relationships painted by the last render (element ids). */
  painted = new Set<string>();

  constructor(
    cy: Core,
    private readonly index: ElementIndex,
    positions: Record<string, [number, number]>,
    /** Each relationship's colour (by type or property scale), by its position in index.edges. */
    readonly colours: string[],
  ) {
    const nodeAt = new Map(index.nodes.map((n, i) => [n.id, i]));
    const x = new Float32Array(index.nodes.length);
    const y = new Float32Array(index.nodes.length);
    index.nodes.forEach((n, i) => ([x[i], y[i]] = positions[n.id] ?? [0, 0]));
    this.from = Int32Array.from(index.edges, (e) => nodeAt.get(e.source) ?? 0);
    this.to = Int32Array.from(index.edges, (e) => nodeAt.get(e.target) ?? 0);
    this.layer = new PaintLayer(cy, x, y);
  }

  /** Decides what is painted in the view `wanted` (all drawn relationships but `pinned` element ids) and paints it. */
  render(wanted: Map<string, string>, pinned: ReadonlySet<string>): void {
    const chosen: number[] = [];
    const painted = new Set<string>();
    this.index.edges.forEach((e, i) => {
      const classes = wanted.get(e.elementId) ?? 'hidden';
      if (undrawn(classes) || pinned.has(e.elementId)) return;
      chosen.push(i);
      painted.add(e.elementId);
    });
    this.painted = painted;
    this.repaint(wanted, chosen);
  }

  /** Paints again with the current colours (after colourEdgesBy). */
  recolour(wanted: Map<string, string>): void {
    const chosen: number[] = [];
    this.index.edges.forEach((e, i) => this.painted.has(e.elementId) && chosen.push(i));
    this.repaint(wanted, chosen);
  }

  /** The API id of the painted relationship under the model point, or null. */
  hit(x: number, y: number): string | null {
    const elementId = this.layer.hit(x, y);
    return elementId === null ? null : (this.index.edges.find((e) => e.elementId === elementId)?.apiId ?? null);
  }

  private repaint(wanted: Map<string, string>, chosen: number[]): void {
    const styleOf = (j: number) => {
      const i = chosen[j]!;
      const classes = wanted.get(this.index.edges[i]!.elementId) ?? '';
      const look = LOOKS.find(([name]) => hasClass(classes, name))?.[1] ?? { colour: this.colours[i]!, alpha: 0.6 };
      return hasClass(classes, 'faded') ? { colour: look.colour, alpha: 0.12 } : look;
    };
    this.layer.paint(
      chosen.map((i) => this.from[i]!),
      chosen.map((i) => this.to[i]!),
      chosen.map((i) => this.index.edges[i]!.elementId),
      styleOf,
    );
  }
}
