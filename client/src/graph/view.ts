// Owns the Cytoscape instance: loads the temporal network, places it once (the server's positions, fcose only without
// them), and turns each view into one cy.batch() that holds only what is drawn (apply-classes.ts). On large networks the
// relationships and ordinary nodes are painted on a canvas layer (painter.ts) and Cytoscape keeps the labelled nodes and
// what is pinned. Above the budget only the most important part is drawn (lod.ts); what is pinned is drawn whatever the budget.
import type cytoscape from 'cytoscape';
import type { Core, NodeSingular } from 'cytoscape';
import { createCytoscape } from './create-cy';
import type { Lang } from '../lib/view-state';
import type { ScalePlan } from '../lib/scale';
import type { Edge, GraphNode } from '../types';
import { hasClass, viewClassesAndDegrees, type ElementIndex, type RenderInput } from './classes';
import type { PropertyScale } from './edge-colors';
import { recolour, relabel } from './element-updates';
import { applyView, type ElementState } from './apply-classes';
import { buildElements, edgeElementId, ElementDefinitions, type ElementLook } from './element-data';
import { zoomToFocus } from './fit';
import { fitDrawn, frameDrawn, type FitContext } from './view-fit';
import type { PictureSource } from './view-picture';
import { runForceLayout } from './force-layout';
import { applyLevelOfDetail, DEFAULT_EDGE_BUDGET, type LodResult } from './lod';
import { paintsRelationships } from './painted-edges';
import { Painter } from './painter';
import { Pins } from './pins';
import { elementsFor, heldEdgesAnd, reloadElements } from './view-elements';
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
  /** The Cytoscape elements made so far (by element id), the definitions not yet added, and the classes applied. */
  private readonly state: ElementState = { elementById: new Map(), pending: new Map(), applied: new Map() };
  /** The index's relationships by API id. */
  private edgeById = new Map<string, ElementIndex['edges'][number]>();
  /** Every element's definition (a relationship's made when first needed), for relabelling and recolouring. */
  definitions = ElementDefinitions.none();
  /** The paint layer (large networks with server positions), made on the first load that paints; null while unused. */
  private painter: Painter | null = null;
  private painting = false;
  /** The view classes of the last render, drawn or not (what the view shows, for exports and tests). */
  private logical = new Map<string, string>();
  private positions: Record<string, [number, number]> | null = null;
  private atAddedPositions = false;
  private lastInput: RenderInput | null = null;
  private budget: number;
  private readonly fullGroups = new Set<string>();
  /** What is drawn whatever the budget: the selection, query or path marks, the last focus. */
  private readonly pins = new Pins();
  private readonly lodListeners: ((result: LodResult & { budget: number }) => void)[] = [];
  private readonly refreshTopLabels: (topIds?: readonly string[]) => void;
  private lastLod: (LodResult & { budget: number }) | null = null;
  /** Placed and fitted once (layout()); until then a large network's top labels are only noted (topBeforeLayout). */
  private laidOut = false;
  private topBeforeLayout: string[] | null = null;

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
    // The server leaves room for the top labels at 12 px and zoom 1: a small network's may grow only a little.
    this.refreshTopLabels = keepTopLabelsReadable(this.cy, large ? Infinity : 13);
    this.onEdgeHover = watchEdgeHover(this.cy, () => (this.painting ? this.painter : null));
  }

  /** The Cytoscape elements made so far, by element id (no look-up collection per changed element). */
  get elementById(): ReadonlyMap<string, cytoscape.SingularElementArgument> {
    return this.state.elementById;
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
    reloadElements(this.cy, definitions, this.state);
    const preset = positions !== null && this.plan.layout === 'preset';
    this.painting = paintsRelationships(this.paint, nodes.length + edges.length, preset);
    if (this.painting) {
      if (!this.painter) {
        this.painter = new Painter(this.cy);
        // A tap on a painted node selects it (Cytoscape then holds it) and is handed on as a tap on that node.
        this.painter.onNodeTap(
          () => this.painting,
          (id) => {
            this.select(id);
            this.state.elementById.get(id)?.emit('tap');
          },
        );
      }
      this.painter.load(index, positions!, definitions);
    } else this.painter?.clear();
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
    // The widgets built around the graph may have changed its box since Cytoscape measured it.
    const box = this.cy.container()!;
    if (box.clientWidth !== this.cy.width() || box.clientHeight !== this.cy.height()) this.cy.resize();
    this.fitAll();
    this.laidOut = true;
    if (this.topBeforeLayout) this.refreshTopLabels(this.topBeforeLayout);
    this.topBeforeLayout = null;
  }

  /** Fits the drawn network into the view, clear of the left overlay. */
  fitAll(): void {
    fitDrawn(this.fitContext());
  }

  /** Fits the view to the drawn part of these elements (node ids, API edge ids), e.g. what a comparison changed. */
  frame(nodeIds: string[], edgeIds: string[]): void {
    frameDrawn(this.fitContext(), nodeIds, edgeIds, () => this.elementsFor(nodeIds, edgeIds));
  }

  /** Shows a view: changes the view classes of the elements whose classes differ, in one batch, and adds the elements
   * a view draws for the first time. */
  render(input: RenderInput): void {
    this.lastInput = input;
    const { classes: wanted, degree } = viewClassesAndDegrees(this.index, input);
    const pinnedNodes = this.pins.nodes();
    const pinnedApiEdges = this.pins.edges();
    const pinnedEdges = new Set(pinnedApiEdges.map(edgeElementId));
    const lodSettings = { budget: this.budget, pinnedNodes, pinnedEdges, fullGroups: this.fullGroups };
    const result = applyLevelOfDetail(this.index, wanted, lodSettings, degree);
    this.logical = wanted;
    const first = this.state.applied.size === 0;
    const preset = this.plan.layout === 'preset' && this.positions !== null;
    const top = topIds(wanted, this.index);
    let painted: { edges: ReadonlySet<string>; nodes: ReadonlySet<string> } | null = null;
    if (this.painting && this.painter) {
      // Cytoscape keeps the labelled nodes, the pinned ones and the ends of the pinned relationships; the rest is painted.
      const kept = new Set([...top, ...pinnedNodes]);
      for (const id of pinnedApiEdges) kept.add(this.edgeById.get(id)?.source ?? '').add(this.edgeById.get(id)?.target ?? '');
      this.painter.render(wanted, pinnedEdges, (id) => kept.has(id));
      painted = this.painter.painted;
    }
    const edges = painted ? heldEdgesAnd(this.state, this.edgeById, pinnedApiEdges) : undefined;
    applyView(this.cy, this.index, wanted, this.state, { all: !preset, nodes: !this.plan.simplified && !painted, painted, edges });
    if (first && this.positions) this.atAddedPositions = true;
    // A large network fits by node positions alone, so before its first fit the labels wait for the zoom they will have.
    if (this.laidOut || !this.plan.simplified) this.refreshTopLabels(top);
    else this.topBeforeLayout = top;
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
    if (this.painting) this.painter?.relabel(this.index, this.definitions);
  }

  /** Colours relationships by a property's scale, or by type when `scale` is null. */
  colourEdgesBy(scale: PropertyScale | null): void {
    const colours = recolour(this.cy, this, scale);
    if (this.painting) this.painter?.recolour(colours, this.logical);
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
    zoomToFocus(this.cy, withEnds, FOCUS_MAX_ZOOM);
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
    const colour = (i: number) =>
      String(this.state.elementById.get(this.index.edges[i]!.elementId)?.data('color') ?? this.definitions.edgeColours[i]);
    return drawnElements(this.index, this.logical, (id) => this.positionOf(id) ?? { x: 0, y: 0 }, colour);
  }

  /** A node's model position: Cytoscape's when it holds the node, else the server's (painted or not drawn). */
  private positionOf(id: string): { x: number; y: number } | null {
    const node = this.state.elementById.get(id) as NodeSingular | undefined;
    if (node && !node.removed()) return node.position();
    const at = this.positions?.[id];
    return at ? { x: at[0], y: at[1] } : null;
  }

  private rerender(): void {
    if (this.lastInput) this.render(this.lastInput);
  }

  /** Draws again when any of these elements is shown but left out by the level of detail (pins just set). */
  private rerenderIfUndrawn(nodeIds: string[], edgeIds: string[]): void {
    const left = (id: string) => !this.elementById.get(id)?.inside() && !hasClass(this.logical.get(id) ?? 'hidden', 'hidden');
    if (nodeIds.some(left) || edgeIds.some((id) => left(edgeElementId(id)))) this.rerender();
  }

  /** What a picture for export is taken of (view-picture.ts): Cytoscape, and the paint layer while it paints. */
  pictureSource(): PictureSource {
    return {
      cy: this.cy,
      layer: this.painting && this.painter ? this.painter.layer : null,
      fitWhole: () => fitDrawn({ ...this.fitContext(), inset: 0 }),
      fitLabels: () => this.refreshTopLabels(),
    };
  }

  private fitContext(): FitContext {
    const { cy, plan, index, logical, edgeById } = this;
    return { cy, simplified: plan.simplified, index, logical, edgeById, inset: this.leftInset(), positionOf: (id) => this.positionOf(id) };
  }

  private elementsFor(nodeIds: string[], edgeIds: string[]): cytoscape.Collection {
    return elementsFor(this.cy, nodeIds, edgeIds);
  }
}
