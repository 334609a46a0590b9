// Owns the Cytoscape instance: adds the whole temporal network once (on the first render, each element with its first
// classes), lays it out once (fcose, or the server's positions for large networks, per the ScalePlan), and turns each
// view into class changes on only the elements whose view classes differ from the last render, in one cy.batch().
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { labelIn } from '../lib/labels';
import type { Lang } from '../lib/view-state';
import type { ScalePlan } from '../lib/scale';
import { classChanges, OWNERSHIP, STATUS_CLASSES, viewClasses, type ElementIndex, type RenderInput } from './classes';
import { legendGroupOf, LEGEND_GROUPS, edgeStyleOf, FALLBACK_SHAPE, KIND_SHAPES } from './palette';
import { styleFor } from './style';
import type { Edge, GraphNode } from '../types';

export { OWNERSHIP, type RenderInput } from './classes';

cytoscape.use(fcose);
cytoscape.use(svg);

/** The Cytoscape element id of an API edge (prefixed so it can never collide with a node id). */
export const edgeElementId = (edgeId: string) => `e:${edgeId}`;

/** Up to this many nodes fcose runs at its best quality; above it (up to the server's layout threshold) a quicker pass
 * keeps the first drawing within a second or two. */
const FCOSE_PROOF_MAX_NODES = 120;

/** Focusing never zooms in further than this, so the neighbourhood stays readable. */
const FOCUS_MAX_ZOOM = 1.6;

/** The explorer's graph view. */
export class GraphView {
  readonly cy: Core;
  private index: ElementIndex = { nodes: [], edges: [], ownership: [] };
  /** Elements loaded but not yet added (element id → definition). All are added on the first render, with that
   * render's classes, except that with server positions a hidden edge waits until a view first shows it. */
  private pending = new Map<string, ElementDefinition>();
  /** The view classes each element carries now (element id → space-separated classes). */
  private applied = new Map<string, string>();
  private positions: Record<string, [number, number]> | null = null;
  /** True while the nodes still stand where they were added (at the server's positions). */
  private atAddedPositions = false;

  /** `plan` picks renderer, style and layout by size; `leftInset` gives the width (px) of an overlay on the graph's
   * left edge (the legend) that fits keep clear of. */
  constructor(
    container: HTMLElement,
    readonly plan: ScalePlan,
    private readonly leftInset: () => number = () => 0,
  ) {
    const large = plan.simplified;
    this.cy = cytoscape({
      container,
      style: styleFor(large),
      minZoom: large ? 0.005 : 0.2,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      hideEdgesOnViewport: large,
      textureOnViewport: large && plan.renderer === 'canvas',
      pixelRatio: large ? 1 : 'auto',
      renderer: { name: 'canvas', webgl: plan.renderer === 'webgl', webglTexSize: 4096, webglBatchSize: 4096 },
    } as cytoscape.CytoscapeOptions);
  }

  /** Takes every node and edge of the temporal network; `positions` (from the server) fix where nodes go.
   * Nothing is drawn until the first render, which adds them all with their classes in one batch. */
  load(nodes: GraphNode[], edges: Edge[], lang: Lang, positions: Record<string, [number, number]> | null = null): void {
    this.positions = positions;
    const known = new Set(nodes.map((n) => n.id));
    const dated = edges.filter((e) => known.has(e.source) && known.has(e.target));
    const owned = nodes.filter((n) => n.owner && known.has(n.owner));
    this.index = {
      nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, legendGroup: legendGroupOf(n.group) })),
      edges: dated.map((e) => ({ elementId: edgeElementId(e.id), apiId: e.id, type: e.type, source: e.source, target: e.target })),
      ownership: owned.map((n) => ({ elementId: `owns:${n.id}`, source: n.owner!, target: n.id })),
    };
    const at = (id: string) => (positions?.[id] ? { position: { x: positions[id]![0], y: positions[id]![1] } } : {});
    const definitions: ElementDefinition[] = [
      ...nodes.map((node) => ({
        group: 'nodes' as const,
        ...at(node.id),
        data: { ...node, ...nodeLook(node), label: labelIn(node.name, node.nameZh, lang) },
      })),
      ...dated.map((edge) => ({
        group: 'edges' as const,
        data: { ...edge, id: edgeElementId(edge.id), apiId: edge.id, color: edgeStyleOf(edge.type).color },
      })),
      ...owned.map((node) => ({
        group: 'edges' as const,
        classes: 'ownership',
        data: { id: `owns:${node.id}`, source: node.owner!, target: node.id, type: OWNERSHIP, color: '#adb5bd' },
      })),
    ];
    this.pending = new Map(definitions.map((def) => [def.data.id!, def]));
    this.cy.elements().remove();
    this.applied.clear();
  }

  /** Places the nodes once: the server's positions for large networks (already set when the elements were added),
   * otherwise fcose over the whole temporal network (all nodes and edges, hidden ones too); positions then stay fixed. */
  async layout(animate = false): Promise<void> {
    const positions = this.positions;
    if (this.plan.layout === 'preset' && positions) {
      if (!this.atAddedPositions)
        this.cy.nodes().positions((node) => {
          const [x, y] = positions[node.id()] ?? [node.position('x'), node.position('y')];
          return { x, y };
        });
    } else {
      const hidden = this.cy.elements('.hidden');
      hidden.removeClass('hidden');
      const run = this.cy.elements().layout({
        name: 'fcose',
        randomize: true,
        animate,
        animationDuration: 600,
        ...(this.cy.nodes().length > FCOSE_PROOF_MAX_NODES ? { quality: 'default', numIter: 1000 } : { quality: 'proof' }),
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nodeSeparation: 80,
        padding: 40,
      } as unknown as cytoscape.LayoutOptions);
      const done = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
      run.run();
      await done;
      hidden.addClass('hidden');
    }
    this.atAddedPositions = false;
    this.cy.resize();
    this.fitAll();
  }

  /** Fits the whole network into the view, clear of the left overlay. */
  fitAll(): void {
    this.cy.fit(undefined, 30);
    const width = this.cy.width();
    const inset = Math.min(this.leftInset(), width / 2);
    if (inset > 0)
      this.cy.zoom({ level: (this.cy.zoom() * (width - inset)) / width, renderedPosition: { x: width, y: this.cy.height() / 2 } });
  }

  /** Shows a view: changes the view classes of the elements whose classes differ, in one batch, and adds the elements
   * still waiting to be shown (the first render adds everything, bar hidden edges of a network with server positions). */
  render(input: RenderInput): void {
    const wanted = viewClasses(this.index, input);
    const first = this.applied.size === 0;
    const lazyEdges = this.plan.layout === 'preset' && this.positions !== null;
    const adding: ElementDefinition[] = [];
    this.cy.batch(() => {
      for (const [id, classes] of wanted) {
        const waiting = this.pending.get(id);
        if (waiting) {
          if (lazyEdges && waiting.group === 'edges' && classes.split(' ').includes('hidden')) continue;
          adding.push({ ...waiting, classes: [waiting.classes, classes].filter(Boolean).join(' ') });
          this.pending.delete(id);
          this.applied.set(id, classes);
          continue;
        }
        const before = this.applied.get(id);
        if (before === undefined || before === classes) continue;
        const { add, remove } = classChanges(before, classes);
        const ele = this.cy.getElementById(id);
        if (remove.length) ele.removeClass(remove.join(' '));
        if (add.length) ele.addClass(add.join(' '));
        this.applied.set(id, classes);
      }
      if (adding.length) this.cy.add([...adding.filter((d) => d.group === 'nodes'), ...adding.filter((d) => d.group !== 'nodes')]);
    });
    if (first && this.positions) this.atAddedPositions = true;
  }

  /** Switches the graph labels between English and Chinese names. */
  setLang(lang: Lang): void {
    this.cy.batch(() =>
      this.cy.nodes().forEach((n) => {
        n.data('label', labelIn(n.data('name'), n.data('nameZh'), lang));
      }),
    );
  }

  /** Marks elements (node ids and API edge ids) as hits, replacing earlier hits. */
  highlight(nodeIds: string[], edgeIds: string[]): void {
    this.cy.batch(() => {
      this.cy.elements('.hit').removeClass('hit');
      this.elementsFor(nodeIds, edgeIds).addClass('hit');
    });
  }

  /** Pans and zooms to the given elements and marks them briefly. */
  focus(nodeIds: string[], edgeIds: string[] = []): void {
    const eles = this.elementsFor(nodeIds, edgeIds);
    if (eles.empty()) return;
    const withEnds = eles.union(eles.edges().connectedNodes());
    this.cy.elements('.focused').removeClass('focused');
    withEnds.addClass('focused');
    const box = withEnds.boundingBox();
    const fitZoom = Math.min(this.cy.width() / (box.w + 240), this.cy.height() / (box.h + 240));
    this.cy.animate({ zoom: Math.min(FOCUS_MAX_ZOOM, fitZoom), center: { eles: withEnds } }, { duration: 400 });
    window.setTimeout(() => withEnds.removeClass('focused'), 2500);
  }

  /** Selects one node or edge (API id) or clears the selection. */
  select(id: string | null): void {
    this.cy.elements(':selected').unselect();
    if (id) this.elementsFor([id], [id]).select();
  }

  /** API ids of the edges drawn as in force right now (visible and not faded as ended). */
  visibleInForceEdgeIds(): string[] {
    return this.cy
      .edges(':visible')
      .not('.ownership')
      .filter((e) => !e.hasClass('ended') && !e.hasClass('cmp-ended'))
      .map((e) => e.data('apiId') as string)
      .sort();
  }

  /** Node ids and API edge ids currently drawn, each edge with the status it is drawn as. */
  shownElements(): { nodes: string[]; edges: { id: string; shownAs: string }[] } {
    const statusOf = (e: { hasClass(name: string): boolean }) => STATUS_CLASSES.find((c) => e.hasClass(c)) ?? 'in-force';
    return {
      nodes: this.cy.nodes(':visible').map((n) => n.id()),
      edges: this.cy
        .edges(':visible')
        .not('.ownership')
        .map((e) => ({ id: e.data('apiId') as string, shownAs: statusOf(e) })),
    };
  }

  /** Runs `work` with style transitions switched off, so each render is drawn in its final state at once. */
  async withoutTransitions(work: () => Promise<void>): Promise<void> {
    this.cy.style().selector('node, edge').style({ 'transition-duration': 0 }).update();
    try {
      await work();
    } finally {
      this.cy.style(styleFor(this.plan.simplified));
    }
  }

  private elementsFor(nodeIds: string[], edgeIds: string[]) {
    let eles = this.cy.collection();
    for (const id of nodeIds) eles = eles.union(this.cy.getElementById(id).filter('node'));
    for (const id of edgeIds) eles = eles.union(this.cy.getElementById(edgeElementId(id)));
    return eles;
  }
}

/** A node's legend group, and the colour and shape the large-network style reads from its data. */
function nodeLook(node: GraphNode): { legendGroup: string; color: string; shape: string } {
  const legendGroup = legendGroupOf(node.group);
  return {
    legendGroup,
    color: LEGEND_GROUPS.find((c) => c.id === legendGroup)?.color ?? '#868e96',
    shape: KIND_SHAPES[node.kind] ?? FALLBACK_SHAPE,
  };
}
