// The paint layer of a large network and what it paints: the drawn relationships and ordinary nodes, Cytoscape keeping
// the elements people touch. One layer for the page's life; each load (a new network, or a server view) replaces
// what is painted, and a tap on a painted node is handed on as a tap on that node.
import type { Core } from 'cytoscape';
import type { ElementIndex } from './classes';
import type { ElementDefinitions } from './element-data';
import { PaintLayer } from './paint-layer';
import { PaintedEdges } from './painted-edges';
import { PaintedNodes } from './painted-nodes';

/** Slack (screen px) around a painted node's circle that still counts as on it for a tap. */
const TAP_SLACK_PX = 3;

/** What the painter reads of the definitions: the nodes' (colours, labels) and the relationships' colours. */
type PaintedDefinitions = Pick<ElementDefinitions, 'nodes' | 'edgeColours'>;

/** One field of the node definition at `position` (the definitions hold the index's nodes in its order). */
const nodeDataAt = (definitions: PaintedDefinitions, position: number, key: string) => String(definitions.nodes[position]?.data[key] ?? '');

export class Painter {
  readonly layer: PaintLayer;
  edges: PaintedEdges | null = null;
  nodes: PaintedNodes | null = null;

  constructor(private readonly cy: Core) {
    this.layer = new PaintLayer(cy);
  }

  /** Takes a loaded network: its nodes' places, and its elements' colours and labels from their definitions. */
  load(index: ElementIndex, positions: Record<string, [number, number]>, definitions: PaintedDefinitions): void {
    const look = {
      edgeColours: definitions.edgeColours.slice(),
      nodeColours: index.nodes.map((_, i) => nodeDataAt(definitions, i, 'color')),
      labels: index.nodes.map((_, i) => nodeDataAt(definitions, i, 'label')),
    };
    const x = Float32Array.from(index.nodes, (n) => positions[n.id]?.[0] ?? 0);
    const y = Float32Array.from(index.nodes, (n) => positions[n.id]?.[1] ?? 0);
    this.edges = new PaintedEdges(this.layer, index, x, y, look.edgeColours);
    this.nodes = new PaintedNodes(this.layer, index, x, y, look.nodeColours, look.labels);
  }

  /** Paints the view `wanted`: every drawn relationship but `pinnedEdges`, every drawn node but those `kept`. */
  render(wanted: ReadonlyMap<string, string>, pinnedEdges: ReadonlySet<string>, kept: (id: string) => boolean): void {
    this.nodes?.render(wanted, kept);
    this.edges?.render(wanted, pinnedEdges);
    this.layer.schedule();
  }

  /** Repaints the same relationships in these colours (by index position; after colourEdgesBy). */
  recolour(colours: readonly string[], wanted: ReadonlyMap<string, string>): void {
    if (!this.edges) return;
    colours.forEach((colour, i) => (this.edges!.colours[i] = colour));
    this.edges.repaint(wanted);
    this.layer.schedule();
  }

  /** Takes the nodes' labels again from their definitions (after a language switch) and paints them. */
  relabel(index: ElementIndex, definitions: PaintedDefinitions): void {
    index.nodes.forEach((_, i) => this.nodes && (this.nodes.labels[i] = nodeDataAt(definitions, i, 'label')));
    this.nodes?.repaint();
    this.layer.schedule();
  }

  /** Paints nothing (a network that is not painted). */
  clear(): void {
    this.load({ nodes: [], edges: [], ownership: [] }, {}, { nodes: [], edgeColours: [] });
    this.render(new Map(), new Set(), () => false);
  }

  /** Calls `listener` with the id of the painted node under a tap on the graph's background, while `active()`. */
  onNodeTap(active: () => boolean, listener: (id: string) => void): void {
    this.cy.on('tap', (event) => {
      const id = event.target === this.cy && active() ? this.nodeAt(event.position.x, event.position.y) : null;
      if (id) listener(id);
    });
  }

  /** The relationships and nodes the last render painted (element ids), which Cytoscape does not hold. */
  get painted(): { edges: ReadonlySet<string>; nodes: ReadonlySet<string> } {
    return { edges: this.edges?.painted ?? new Set(), nodes: this.nodes?.painted ?? new Set() };
  }

  /** The API id of the painted relationship under the model point, or null. */
  hit(x: number, y: number): string | null {
    return this.edges?.hit(x, y) ?? null;
  }

  /** The id of the painted node under the model point, or null. */
  nodeAt(x: number, y: number): string | null {
    return this.nodes?.hit(x, y, TAP_SLACK_PX / this.cy.zoom()) ?? null;
  }
}
