// A Canvas2D layer under Cytoscape's own canvases that paints the bulk of a large network: relationships as straight
// lines and ordinary nodes as circles, from typed arrays, one path per colour and state, redrawn on Cytoscape's pan,
// zoom and resize. Cytoscape keeps what people touch (labelled nodes, the selection, hits, paths, the focus).
import type { Core } from 'cytoscape';
import { SegmentGrid } from './paint-hit';
import { drawNodeLabels, type PaintedNodeSet } from './paint-node-draw';

/** How one painted relationship or node looks. */
export interface PaintStyle {
  colour: string;
  alpha: number;
}

/** Thinnest painted line on screen (px): thinner model lines would fade out when zoomed far out. */
const MIN_SCREEN_WIDTH = 0.6;

/** Where and how finely the layer paints: the model's pan and zoom, the view's size in CSS px, and device px per CSS px. */
export interface PaintView {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
  ratio: number;
}

/** What the layer paints: relationships (4 floats each) and nodes (x, y, radius) grouped by style, and the nodes' labels. */
export interface PaintedPicture {
  edgeGroups: readonly { style: PaintStyle; coords: Float32Array }[];
  nodeGroups: readonly { style: PaintStyle; coords: Float32Array }[];
  nodes: PaintedNodeSet;
}

/** A painted line's width in model units at `zoom`: never thinner on screen than MIN_SCREEN_WIDTH. */
export const lineWidthAt = (zoom: number) => Math.max(1, MIN_SCREEN_WIDTH / zoom);

/** Groups `n` items by style: one entry per distinct colour and alpha, with its members' indices. */
function byStyle(n: number, styleOf: (i: number) => PaintStyle): { style: PaintStyle; members: number[] }[] {
  const groups = new Map<string, { style: PaintStyle; members: number[] }>();
  for (let i = 0; i < n; i++) {
    const style = styleOf(i);
    const key = `${style.colour}|${style.alpha}`;
    (groups.get(key) ?? groups.set(key, { style, members: [] }).get(key)!).members.push(i);
  }
  return [...groups.values()];
}

export class PaintLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** Painted segments' ends, 4 floats each (x1, y1, x2, y2), grouped by style. */
  private groups: { style: PaintStyle; coords: Float32Array }[] = [];
  /** Painted nodes (x, y, radius; 3 floats each), grouped by style, and their labels. */
  private nodeGroups: { style: PaintStyle; coords: Float32Array }[] = [];
  private nodes: PaintedNodeSet = { x: new Float32Array(0), y: new Float32Array(0), r: new Float32Array(0), labels: [] };
  private count = 0;
  /** The painted relationships' ids, in the order of `segments` (for hit-testing). */
  private ids: string[] = [];
  private segments: Float32Array = new Float32Array(0);
  private grid: SegmentGrid | null = null;
  private queued = false;

  constructor(private readonly cy: Core) {
    // Inside Cytoscape's own canvas holder, under its layers (they are transparent where nothing is drawn).
    const container = cy.container()!;
    const holder = container.querySelector('canvas')?.parentElement ?? container;
    this.canvas = document.createElement('canvas');
    this.canvas.dataset.id = 'hulian-paint';
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '0', pointerEvents: 'none' });
    holder.insertBefore(this.canvas, holder.firstChild);
    this.ctx = this.canvas.getContext('2d')!;
    cy.on('viewport resize', () => this.schedule());
  }

  /** Sets the relationships to paint: `x1y1x2y2` 4 floats each, `ids[i]` their ids, `styleOf(i)` their look. Painted
   * at the next `draw`. */
  setEdges(x1y1x2y2: Float32Array, ids: string[], styleOf: (i: number) => PaintStyle): void {
    const n = ids.length;
    this.segments = x1y1x2y2;
    this.groups = byStyle(n, styleOf).map(({ style, members }) => {
      const coords = new Float32Array(members.length * 4);
      for (let j = 0; j < members.length; j++) for (let k = 0; k < 4; k++) coords[j * 4 + k] = x1y1x2y2[members[j]! * 4 + k]!;
      return { style, coords };
    });
    this.ids = ids;
    this.count = n;
    this.grid = null;
    this.canvas.dataset.edges = String(n);
  }

  /** Sets the nodes to paint (circles, labels once readable), `styleOf(i)` their look. Painted at the next `draw`. */
  setNodes(nodes: PaintedNodeSet, styleOf: (i: number) => PaintStyle): void {
    this.nodes = nodes;
    this.nodeGroups = byStyle(nodes.x.length, styleOf).map(({ style, members }) => {
      const coords = new Float32Array(members.length * 3);
      for (let j = 0; j < members.length; j++) {
        coords[j * 3] = nodes.x[members[j]!]!;
        coords[j * 3 + 1] = nodes.y[members[j]!]!;
        coords[j * 3 + 2] = nodes.r[members[j]!]!;
      }
      return { style, coords };
    });
    this.canvas.dataset.nodes = String(nodes.x.length);
  }

  /** The painted relationship within `tolerance` screen px of the model point, or null. */
  hit(modelX: number, modelY: number, tolerance = 4): string | null {
    if (!this.count) return null;
    this.grid ??= new SegmentGrid(this.segments.subarray(0, this.count * 4));
    const found = this.grid.nearest(modelX, modelY, tolerance / this.cy.zoom());
    return found === -1 ? null : this.ids[found]!;
  }

  /** Removes the layer from the page. */
  remove(): void {
    this.canvas.remove();
  }

  /** Draws at the next frame (several changes before it are drawn once). */
  schedule(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.draw();
    });
  }

  /** What the layer paints now (for pictures of the view). */
  get picture(): PaintedPicture {
    return { edgeGroups: this.groups, nodeGroups: this.nodeGroups, nodes: this.nodes };
  }

  /** The view as Cytoscape shows it now, at `ratio` device px per CSS px. */
  viewAt(ratio: number): PaintView {
    return { zoom: this.cy.zoom(), pan: this.cy.pan(), width: this.cy.width(), height: this.cy.height(), ratio };
  }

  /** Redraws the layer at the current pan and zoom. */
  draw(): void {
    const ratio = window.devicePixelRatio > 1 && this.count < 20_000 ? window.devicePixelRatio : 1;
    const view = this.viewAt(ratio);
    if (this.canvas.width !== Math.round(view.width * ratio) || this.canvas.height !== Math.round(view.height * ratio)) {
      this.canvas.width = Math.round(view.width * ratio);
      this.canvas.height = Math.round(view.height * ratio);
      this.canvas.style.width = `${view.width}px`;
      this.canvas.style.height = `${view.height}px`;
    }
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.paintTo(this.ctx, view);
    this.canvas.dataset.zoom = String(view.zoom);
    this.canvas.dataset.pan = `${view.pan.x},${view.pan.y}`;
  }

  /** Paints every group into `ctx` as seen in `view`: relationships, then nodes over them, then readable labels. */
  paintTo(ctx: CanvasRenderingContext2D, { zoom, pan, width, height, ratio }: PaintView): void {
    ctx.save();
    ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    ctx.lineWidth = lineWidthAt(zoom);
    for (const { style, coords } of this.groups) {
      ctx.strokeStyle = style.colour;
      ctx.globalAlpha = style.alpha;
      ctx.beginPath();
      for (let s = 0; s < coords.length; s += 4) {
        ctx.moveTo(coords[s]!, coords[s + 1]!);
        ctx.lineTo(coords[s + 2]!, coords[s + 3]!);
      }
      ctx.stroke();
    }
    for (const { style, coords } of this.nodeGroups) {
      ctx.fillStyle = style.colour;
      ctx.globalAlpha = style.alpha;
      ctx.beginPath();
      for (let s = 0; s < coords.length; s += 3) {
        ctx.moveTo(coords[s]! + coords[s + 2]!, coords[s + 1]!);
        ctx.arc(coords[s]!, coords[s + 1]!, coords[s + 2]!, 0, 2 * Math.PI);
      }
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    drawNodeLabels(ctx, this.nodes, { zoom, pan, width, height });
    ctx.restore();
  }
}
