// Owns the Cytoscape instance: loads the temporal network, places it once (the server's positions, fcose only without
// them), and turns each view into one cy.batch() that holds only what is drawn (apply-classes.ts). On large networks the
// relationships are painted on a canvas layer (painted-edges.ts) and Cytoscape keeps nodes and what is pinned. Above the
// budget only the most important part is drawn (lod.ts); what is pinned is drawn whatever the budget.
import type cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { createCytoscape } from './create-cy';
import type { Lang } from '../lib/view-state';
import type { ScalePlan } from '../lib/scale';
import type { Edge, GraphNode } from '../types';
import { hasClass, viewClassesAndDegrees, type ElementIndex, type RenderInput } from './classes';
import type { PropertyScale } from './edge-colors';
import { recolour, relabel } from './element-updates';
import { applyView, undrawn } from './apply-classes';
import { buildElements, edgeElementId, type ElementLook } from './element-data';
import { fitToElements, fitToNodePositions } from './fit';
import { runForceLayout } from './force-layout';
import { applyLevelOfDetail, DEFAULT_EDGE_BUDGET, type LodResult } from './lod';
import { PAINT_ABOVE_ELEMENTS, PaintedEdges } from './painted-edges';
import { styleFor } from './style';
import { drawnElements, inForceEdgeIds, shownElements } from './shown';
import { keepTopLabelsReadable, topIds } from './top-labels';
import { watchEdgeHover } from './edge-hover';

export { OWNERSHIP, type RenderInput } from './classes';
export { edgeElementId } from './element-data';

/** Focusing never zooms in further than this, so the neighbourhood stays readable. */
const FOCUS_MAX_ZOOM = 1.6;

/** The explorer's graph view. */
export class GraphView {
  readonly cy: Core;
  index: ElementIndex = { nodes: [], edges: [], ownership: [] };
  /** The Cytoscape elements added so far, by element id (no look-up collection per changed element). */
  readonly elementById = new Map<string, cytoscape.SingularElementArgument>();
  /** The index's relationships by API id. */
  private edgeById = new Map<string, ElementIndex['edges'][number]>();
  /** Elements loaded but not yet added (element id → definition). */
  private pending = new Map<string, ElementDefinition>();
  /** Every definition, for relabelling and recolouring ones not yet added. */
  definitions: ElementDefinition[] = [];
  /** The view classes each created element carries (element id → space-separated classes); a removed element keeps
   * its old classes until it is drawn again. */
  private applied = new Map<string, string>();
  /** The paint layer's relationships (large networks with server positions), or null. */
  private painter: PaintedEdges | null = null;
  /** The view classes of the last render, drawn or not (what the view shows, for exports and tests). */
  private logical = new Map<string, string>();
  private positions: Record<string, [number, number]> | null = null;
  private atAddedPositions = false;
  private lastInput: RenderInput | null = null;
  private budget: number;
  private readonly fullGroups = new Set<string>();
  /** What is drawn whatever the budget: the selection, query or path marks, the last focus (node and API edge ids). */
  private readonly pins = {
    selection: [] as string[],
    hitNodes: [] as string[],
    hitEdges: [] as string[],
    focus: [] as string[],
    focusEdges: [] as string[],
  };
  private readonly lodListeners: ((result: LodResult & { budget: number }) => void)[] = [];
  private readonly refreshTopLabels: (topIds?: readonly string[]) => void;
  private lastLod: (LodResult & { budget: number }) | null = null;

  /** `plan` picks renderer, style and layout by size; `leftInset` gives the width (px) of an overlay on the graph's
   * left edge (the legend) that fits keep clear of; `budget` caps the relationships drawn (level of detail). */
  constructor(
    container: HTMLElement,
    readonly plan: ScalePlan,
    private readonly leftInset: () => number = () => 0,
    budget = DEFAULT_EDGE_BUDGET,
    /** Paint relationships on a canvas layer (null: above PAINT_ABOVE_ELEMENTS, with the simplified style). */
    private readonly paint: boolean | null = null,
  ) {
    this.budget = budget;
    const large = plan.simplified;
    this.cy = createCytoscape(container, plan);
    // Cytoscape follows window resizes only; the graph's box also changes when a note or the header wraps.
    new ResizeObserver(() => this.cy.resize()).observe(container);
    // The server leaves room for the top labels at 12 px and zoom 1: a small network's may grow only a little.
    this.refreshTopLabels = keepTopLabelsReadable(this.cy, large ? Infinity : 13);
    this.onEdgeHover = watchEdgeHover(this.cy, () => this.painter);
  }

  /** Calls `listener` with the API id of the relationship under the pointer (drawn by Cytoscape or painted), or null. */
  readonly onEdgeHover: (listener: (apiId: string | null) => void) => void;

  /** Takes every node and edge of the temporal network; `positions` (from the server) fix where nodes go. Nothing is
   * drawn until the first render. */
  load(nodes: GraphNode[], edges: Edge[], lang: Lang, positions: Record<string, [number, number]> | null, look: ElementLook): void {
    this.positions = positions;
    const { index, definitions } = buildElements(nodes, edges, lang, positions, look);
    this.index = index;
    this.edgeById = new Map(index.edges.map((e) => [e.apiId, e]));
    this.definitions = definitions;
    this.pending = new Map(definitions.map((def) => [def.data.id!, def]));
    this.cy.elements().remove();
    this.elementById.clear();
    this.applied.clear();
    this.painter?.layer.canvas.remove();
    const paint = this.paint ?? (this.plan.simplified && nodes.length + edges.length > PAINT_ABOVE_ELEMENTS);
    const colours = index.edges.map((e) => String(this.pending.get(e.elementId)?.data.color ?? ''));
    this.painter = paint && positions && this.plan.layout === 'preset' ? new PaintedEdges(this.cy, index, positions, colours) : null;
  }

  /** Places the nodes once: the server's positions when sent, otherwise fcose over the whole temporal network. */
  async layout(animate = false): Promise<void> {
    const positions = this.positions;
    if (this.plan.layout === 'preset' && positions) {
      if (!this.atAddedPositions)
        this.cy.nodes().positions((node) => {
          const [x, y] = positions[node.id()] ?? [node.position('x'), node.position('y')];
          return { x, y };
        });
    } else {
      await runForceLayout(this.cy, animate);
    }
    this.atAddedPositions = false;
    this.cy.resize();
    this.fitAll();
  }

  /** Fits the drawn network into the view, clear of the left overlay. */
  fitAll(): void {
    if (this.plan.simplified) {
      const drawn = this.drawnNodes(this.index.nodes.map((n) => n.id));
      const connected = drawn.filter((id) => !hasClass(this.logical.get(id), 'isolated'));
      this.fitToNodes(connected.length ? connected : drawn);
      return;
    }
    const drawn = this.cy.elements(':visible');
    const connected = drawn.not('.isolated');
    this.fitTo(connected.nonempty() ? connected : drawn);
  }

  /** Fits the view to the drawn part of these elements (node ids, API edge ids), e.g. what a comparison changed. */
  frame(nodeIds: string[], edgeIds: string[]): void {
    if (this.plan.simplified) {
      const ends = edgeIds.flatMap((id) => {
        const edge = this.edgeById.get(id);
        return edge && !undrawn(this.logical.get(edge.elementId) ?? 'hidden') ? [edge.source, edge.target] : [];
      });
      const drawn = this.drawnNodes([...nodeIds, ...ends]);
      if (drawn.length) this.fitToNodes(drawn);
      return;
    }
    const eles = this.elementsFor(nodeIds, edgeIds).filter(':visible');
    if (eles.nonempty()) this.fitTo(eles.union(eles.connectedNodes()));
  }

  /** Shows a view: changes the view classes of the elements whose classes differ, in one batch, and adds the elements
   * a view draws for the first time. */
  render(input: RenderInput): void {
    this.lastInput = input;
    const { classes: wanted, degree } = viewClassesAndDegrees(this.index, input);
    const result = applyLevelOfDetail(
      this.index,
      wanted,
      {
        budget: this.budget,
        pinnedNodes: new Set([...this.pins.selection, ...this.pins.hitNodes, ...this.pins.focus]),
        pinnedEdges: new Set([...this.pins.hitEdges, ...this.pins.focusEdges].map(edgeElementId)),
        fullGroups: this.fullGroups,
      },
      degree,
    );
    this.logical = wanted;
    const first = this.applied.size === 0;
    const preset = this.plan.layout === 'preset' && this.positions !== null;
    const pinnedEdges = new Set([...this.pins.hitEdges, ...this.pins.focusEdges].map(edgeElementId));
    this.painter?.render(wanted, pinnedEdges);
    const policy = { all: !preset, nodes: !this.plan.simplified, painted: this.painter?.painted ?? null };
    applyView(this.cy, this.index, wanted, { pending: this.pending, applied: this.applied, elementById: this.elementById }, policy);
    if (first && this.positions) this.atAddedPositions = true;
    this.refreshTopLabels(topIds(wanted, this.index));
    this.lastLod = { ...result, budget: this.budget };
    this.lodListeners.forEach((listener) => listener(this.lastLod!));
  }

  /** Calls `listener` after each render with how many relationships are shown and drawn. */
  onLevelOfDetail(listener: (result: LodResult & { budget: number }) => void): void {
    this.lodListeners.push(listener);
    if (this.lastLod) listener(this.lastLod);
  }

  /** Raises the budget of drawn relationships (Infinity draws everything) and draws again. */
  setBudget(budget: number): void {
    this.budget = budget;
    this.rerender();
  }

  /** Draws every shown node of `group`, and its relationships to drawn nodes, whatever the budget. */
  showGroupInFull(group: string): void {
    this.fullGroups.add(group);
    this.rerender();
  }

  /** Switches the graph labels between English and Chinese names (only the nodes whose label changes). */
  setLang(lang: Lang): void {
    relabel(this.cy, this, lang);
  }

  /** Colours relationships by a property's scale, or by type when `scale` is null. */
  colourEdgesBy(scale: PropertyScale | null): void {
    const colours = recolour(this.cy, this, scale);
    const painter = this.painter;
    if (painter) colours.forEach((colour, i) => (painter.colours[i] = colour));
    painter?.recolour(this.logical);
  }

  /** Marks elements (node ids and API edge ids) as query hits or as a path, replacing earlier marks; they are drawn
   * whatever the budget. */
  highlight(nodeIds: string[], edgeIds: string[], kind: 'hit' | 'path' = 'hit'): void {
    this.pins.hitNodes = nodeIds;
    this.pins.hitEdges = edgeIds;
    this.rerenderIfUndrawn(nodeIds, edgeIds);
    this.cy.batch(() => {
      this.cy.elements('.hit, .path').removeClass('hit path');
      this.elementsFor(nodeIds, edgeIds).addClass(kind);
    });
  }

  /** Pans and zooms to the given elements (drawn whatever the budget) and marks them briefly. */
  focus(nodeIds: string[], edgeIds: string[] = []): void {
    this.pins.focus = nodeIds;
    this.pins.focusEdges = edgeIds;
    this.rerenderIfUndrawn(nodeIds, edgeIds);
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

  /** Selects one node or edge (API id) or clears the selection; the selected node is drawn whatever the budget. */
  select(id: string | null): void {
    const pinned = id && this.index.nodes.some((n) => n.id === id) ? [id] : [];
    this.pins.selection = pinned;
    this.rerenderIfUndrawn(pinned, []);
    this.cy.elements(':selected').unselect();
    if (id) this.elementsFor([id], [id]).select();
  }

  /** API ids of the edges the view shows as in force (drawn or left out by the level of detail), sorted. */
  visibleInForceEdgeIds(): string[] {
    return inForceEdgeIds(this.index, this.logical);
  }

  /** Node ids and API edge ids the view shows (drawn or left out by the level of detail), each edge with its status. */
  shownElements(): { nodes: string[]; edges: { id: string; shownAs: string }[] } {
    return shownElements(this.index, this.logical);
  }

  /** What the view draws, by Cytoscape or the paint layer (for the benchmark's peers). */
  drawnElements(): ReturnType<typeof drawnElements> {
    const at = (id: string) =>
      (this.elementById.get(id) as cytoscape.NodeSingular | undefined)?.position() ?? {
        x: this.positions?.[id]?.[0] ?? 0,
        y: this.positions?.[id]?.[1] ?? 0,
      };
    const colour = (i: number) =>
      String(
        this.elementById.get(this.index.edges[i]!.elementId)?.data('color') ?? this.pending.get(this.index.edges[i]!.elementId)?.data.color,
      );
    return drawnElements(this.index, this.logical, at, colour);
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

  private rerender(): void {
    if (this.lastInput) this.render(this.lastInput);
  }

  /** Draws again when any of these elements is shown but left out by the level of detail (pins just set). */
  private rerenderIfUndrawn(nodeIds: string[], edgeIds: string[]): void {
    const left = (id: string) => !this.elementById.get(id)?.inside() && !hasClass(this.logical.get(id) ?? 'hidden', 'hidden');
    if (nodeIds.some(left) || edgeIds.some((id) => left(edgeElementId(id)))) this.rerender();
  }

  /** Of these node ids, the nodes the current view draws (all of them before the first render). */
  private drawnNodes(ids: string[]): string[] {
    return this.logical.size ? ids.filter((id) => !undrawn(this.logical.get(id) ?? 'hidden')) : ids;
  }

  private fitToNodes(ids: string[]): void {
    fitToNodePositions(this.cy, ids, this.leftInset());
  }

  private fitTo(eles: cytoscape.Collection): void {
    fitToElements(this.cy, eles, this.leftInset());
  }

  private elementsFor(nodeIds: string[], edgeIds: string[]): cytoscape.Collection {
    const found = this.cy.collection();
    for (const id of nodeIds) found.merge(this.cy.getElementById(id).filter('node'));
    for (const id of edgeIds) found.merge(this.cy.getElementById(edgeElementId(id)));
    return found;
  }
}
