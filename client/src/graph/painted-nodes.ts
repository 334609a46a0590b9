// Which drawn nodes of a large network go to the paint layer (all but those Cytoscape keeps: labelled `top` nodes, the
// selection, hits, paths, the focus, the ends of relationships it holds), and how each is painted: its group colour,
// its size class's width and its opacity, as the simplified style sheet would.
import { hasClass, SIZE_BOUNDS, type ElementIndex } from './classes';
import { undrawn } from './apply-classes';
import { nodeAt, type PaintedNodeSet } from './paint-node-draw';
import type { PaintLayer } from './paint-layer';
import { BASE_NODE_PX, SIZE_FACTORS } from './style';

/** Radius (model px) of each size class: the base size, then size-1 … size-4. */
const RADII = [BASE_NODE_PX / 2, ...SIZE_FACTORS.map((factor) => Math.round(BASE_NODE_PX * factor) / 2)];

/** The radius of a node with these view classes. */
function radiusOf(classes: string): number {
  for (let size = SIZE_BOUNDS.length; size > 0; size--) if (hasClass(classes, `size-${size}`)) return RADII[size]!;
  return RADII[0]!;
}

export class PaintedNodes {
  /** What the last render was asked (so new labels can be painted without working the view out again). */
  private last: { wanted: ReadonlyMap<string, string>; kept: (id: string) => boolean } | null = null;
  /** The nodes painted by the last render (ids). */
  painted = new Set<string>();
  private drawnSet: PaintedNodeSet & { ids: string[] } = {
    x: new Float32Array(0),
    y: new Float32Array(0),
    r: new Float32Array(0),
    labels: [],
    ids: [],
  };

  constructor(
    private readonly layer: PaintLayer,
    private readonly index: ElementIndex,
    /** Model x and y of each node, by its position in index.nodes. */
    private readonly x: Float32Array,
    private readonly y: Float32Array,
    /** Each node's colour and label, by its position in index.nodes (labels follow the interface language). */
    private readonly colours: string[],
    readonly labels: string[],
  ) {}

  /** Decides what is painted in the view `wanted` (every drawn node that Cytoscape does not keep) and hands it to the
   * layer. */
  render(wanted: ReadonlyMap<string, string>, kept: (id: string) => boolean): void {
    this.last = { wanted, kept };
    const chosen: number[] = [];
    const painted = new Set<string>();
    const { nodes } = this.index;
    for (let i = 0; i < nodes.length; i++) {
      const id = nodes[i]!.id;
      if (undrawn(wanted.get(id) ?? 'hidden') || kept(id)) continue;
      chosen.push(i);
      painted.add(id);
    }
    this.painted = painted;
    const set = {
      x: Float32Array.from(chosen, (i) => this.x[i]!),
      y: Float32Array.from(chosen, (i) => this.y[i]!),
      r: Float32Array.from(chosen, (i) => radiusOf(wanted.get(nodes[i]!.id) ?? '')),
      labels: chosen.map((i) => this.labels[i]!),
      ids: chosen.map((i) => nodes[i]!.id),
    };
    this.drawnSet = set;
    this.layer.setNodes(set, (j) => {
      const i = chosen[j]!;
      const classes = wanted.get(nodes[i]!.id) ?? '';
      const alpha = hasClass(classes, 'faded') ? 0.12 : hasClass(classes, 'isolated') ? 0.25 : 1;
      return { colour: this.colours[i]!, alpha };
    });
  }

  /** The id of the painted node under the model point (within `slack` model units of its circle), or null. */
  hit(x: number, y: number, slack: number): string | null {
    const found = nodeAt(this.drawnSet, x, y, slack);
    return found === -1 ? null : this.drawnSet.ids[found]!;
  }

  /** Paints the last view again (after new labels). */
  repaint(): void {
    if (this.last) this.render(this.last.wanted, this.last.kept);
  }
}
