// A Canvas2D layer under Cytoscape's own canvases that paints the bulk of a large network's relationships: straight
// lines from typed arrays, one path per colour and state, redrawn on Cytoscape's pan, zoom and resize. Cytoscape keeps
// what people touch (nodes, the selection, hits, paths, the focused neighbourhood); hovering a painted line is answered
// by a grid (paint-hit.ts).
import type { Core } from 'cytoscape';
import { SegmentGrid } from './paint-hit';

/** How one painted relationship looks. */
export interface PaintStyle {
  colour: string;
  alpha: number;
}

/** Thinnest painted line on screen (px): thinner model lines would fade out when zoomed far out. */
const MIN_SCREEN_WIDTH = 0.6;

export class PaintLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** Painted segments' ends, 4 floats each (x1, y1, x2, y2), grouped by style. */
  private groups: { style: PaintStyle; coords: Float32Array }[] = [];
  private count = 0;
  /** The painted relationships' ids, in the order of `segments` (for hit-testing). */
  private ids: string[] = [];
  private segments = new Float32Array(0);
  private grid: SegmentGrid | null = null;
  private queued = false;

  constructor(
    private readonly cy: Core,
    /** Model x and y of each node index, and each painted relationship's node indices. */
    private readonly x: Float32Array,
    private readonly y: Float32Array,
  ) {
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

  /** Paints these relationships: `from[i]`, `to[i]` node indices, `ids[i]` their ids, `styleOf(i)` their look. */
  paint(from: ArrayLike<number>, to: ArrayLike<number>, ids: string[], styleOf: (i: number) => PaintStyle): void {
    const n = ids.length;
    const byKey = new Map<string, { style: PaintStyle; members: number[] }>();
    for (let i = 0; i < n; i++) {
      const style = styleOf(i);
      const key = `${style.colour}|${style.alpha}`;
      (byKey.get(key) ?? byKey.set(key, { style, members: [] }).get(key)!).members.push(i);
    }
    if (this.segments.length < n * 4) this.segments = new Float32Array(n * 4);
    for (let i = 0; i < n; i++) {
      const s = i * 4;
      this.segments[s] = this.x[from[i]!]!;
      this.segments[s + 1] = this.y[from[i]!]!;
      this.segments[s + 2] = this.x[to[i]!]!;
      this.segments[s + 3] = this.y[to[i]!]!;
    }
    this.groups = [...byKey.values()].map(({ style, members }) => {
      const coords = new Float32Array(members.length * 4);
      members.forEach((m, j) => coords.set(this.segments.subarray(m * 4, m * 4 + 4), j * 4));
      return { style, coords };
    });
    this.ids = ids;
    this.count = n;
    this.grid = null;
    this.canvas.dataset.edges = String(n);
    this.draw();
  }

  /** The painted relationship within `tolerance` screen px of the model point, or null. */
  hit(modelX: number, modelY: number, tolerance = 4): string | null {
    if (!this.count) return null;
    this.grid ??= new SegmentGrid(this.segments.subarray(0, this.count * 4));
    const found = this.grid.nearest(modelX, modelY, tolerance / this.cy.zoom());
    return found === -1 ? null : this.ids[found]!;
  }

  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.draw();
    });
  }

  /** Redraws every group at the current pan and zoom. */
  private draw(): void {
    const width = this.cy.width();
    const height = this.cy.height();
    const ratio = window.devicePixelRatio > 1 && this.count < 20_000 ? window.devicePixelRatio : 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const { ctx } = this;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    ctx.lineWidth = Math.max(1, MIN_SCREEN_WIDTH / zoom);
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
    ctx.globalAlpha = 1;
    this.canvas.dataset.zoom = String(zoom);
    this.canvas.dataset.pan = `${pan.x},${pan.y}`;
  }
}
