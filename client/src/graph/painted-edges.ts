// Which drawn relationships of a large network go to the paint layer (all but the pinned: selected, hits, paths, the
// focus), and how each is painted: its colour and opacity from its view classes, as the simplified style sheet would.
import { hasClass, type ElementIndex } from './classes';
import { undrawn } from './apply-classes';
import { NEUTRAL, STATE_COLORS } from './palette';
import type { PaintLayer, PaintStyle } from './paint-layer';

/** Above this many nodes and relationships, relationships are painted rather than held by Cytoscape. */
const PAINT_ABOVE_ELEMENTS = 8_000;

/** `?paint=on|off` forces the paint layer on or off (tests, comparisons); null leaves it to the network's size. */
export function paintFromQuery(search: string): boolean | null {
  const raw = new URLSearchParams(search).get('paint');
  return raw === 'on' ? true : raw === 'off' ? false : null;
}

/** Whether a network's relationships are painted: as `paint` forces, else above PAINT_ABOVE_ELEMENTS; only ever with
 * the server's positions (the layer never moves a node). */
export function paintsRelationships(paint: boolean | null, elements: number, hasPositions: boolean): boolean {
  return hasPositions && (paint ?? elements > PAINT_ABOVE_ELEMENTS);
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
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** The relationships painted by the last render (element ids). */
  painted = new Set<string>();
  private chosen: number[] = [];

  constructor(
    private readonly layer: PaintLayer,
    private readonly index: ElementIndex,
    /** Model x and y of each node, by its position in index.nodes. */
    private readonly x: Float32Array,
    private readonly y: Float32Array,
    /** Each relationship's colour (by type or property scale), by its position in index.edges. */
    readonly colours: string[],
  ) {
    const nodeAt = new Map(index.nodes.map((n, i) => [n.id, i]));
    this.from = Int32Array.from(index.edges, (e) => nodeAt.get(e.source) ?? 0);
    this.to = Int32Array.from(index.edges, (e) => nodeAt.get(e.target) ?? 0);
  }

  /** Decides what is painted in the view `wanted` (all drawn relationships but `pinned` element ids) and hands it to
   * the layer. */
  render(wanted: ReadonlyMap<string, string>, pinned: ReadonlySet<string>): void {
    const chosen: number[] = [];
    const painted = new Set<string>();
    const { edges } = this.index;
    for (let i = 0; i < edges.length; i++) {
      const id = edges[i]!.elementId;
      if (undrawn(wanted.get(id) ?? 'hidden') || pinned.has(id)) continue;
      chosen.push(i);
      painted.add(id);
    }
    this.painted = painted;
    this.chosen = chosen;
    this.repaint(wanted);
  }

  /** Hands the layer the same relationships with the current colours (after colourEdgesBy). */
  repaint(wanted: ReadonlyMap<string, string>): void {
    const { chosen } = this;
    const segments = new Float32Array(chosen.length * 4);
    chosen.forEach((i, j) => {
      const a = this.from[i]!;
      const b = this.to[i]!;
      segments[j * 4] = this.x[a]!;
      segments[j * 4 + 1] = this.y[a]!;
      segments[j * 4 + 2] = this.x[b]!;
      segments[j * 4 + 3] = this.y[b]!;
    });
    const styleOf = (j: number) => {
      const i = chosen[j]!;
      const classes = wanted.get(this.index.edges[i]!.elementId) ?? '';
      const look = (classes && LOOKS.find(([name]) => hasClass(classes, name))?.[1]) || { colour: this.colours[i]!, alpha: 0.6 };
      return hasClass(classes, 'faded') ? { colour: look.colour, alpha: 0.12 } : look;
    };
    this.layer.setEdges(
      segments,
      chosen.map((i) => this.index.edges[i]!.elementId),
      styleOf,
    );
  }

  /** The API id of the painted relationship under the model point, or null. */
  hit(x: number, y: number): string | null {
    const elementId = this.layer.hit(x, y);
    return elementId === null ? null : (this.index.edges.find((e) => e.elementId === elementId)?.apiId ?? null);
  }
}
