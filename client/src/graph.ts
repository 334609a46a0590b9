// Owns the Cytoscape instance: adds the whole temporal network once, lays it out once (fcose, or the server's
// positions for large networks, per the ScalePlan), and turns each view (snapshot, comparison, filters, highlights) into class toggles inside one cy.batch().
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Diff, Snapshot } from './lib/temporal';
import type { Filters, Lang } from './lib/view-state';
import type { ScalePlan } from './lib/scale';
import { campOf } from './palette';
import { styleFor } from './style';
import type { GraphEdge, GraphNode } from './types';

cytoscape.use(fcose);
cytoscape.use(svg);

/** The Cytoscape element id of an API edge (prefixed so it can never collide with a node id). */
export const edgeElementId = (edgeId: string) => `e:${edgeId}`;

export interface RenderInput {
  snapshot: Snapshot;
  compare: Diff | null;
  filters: Filters;
  /** When set, everything outside these element ids is faded (an expanded neighbourhood). */
  focusSet: Set<string> | null;
}

/** Ownership (owner → owned, from each node's `owner`) is drawn as a quiet, timeless link. */
export const OWNERSHIP = 'OWNS';

/** Focusing never zooms in further than this, so the neighbourhood stays readable. */
const FOCUS_MAX_ZOOM = 1.6;

const STATUS_CLASSES = ['arrived', 'ended', 'cmp-added', 'cmp-ended', 'cmp-persisted'];

/** The explorer's graph view. */
export class GraphView {
  readonly cy: Core;
  private lastRender: RenderInput | null = null;
  private positions: Record<string, [number, number]> | null = null;

  /** `plan` picks renderer, style and layout by size; `leftInset` gives the width (px) of an overlay on the graph's
   * left edge (the legend) that fits keep clear of. */
  constructor(container: HTMLElement, readonly plan: ScalePlan, private readonly leftInset: () => number = () => 0) {
    const large = plan.simplified;
    this.cy = cytoscape({
      container, style: styleFor(large), minZoom: large ? 0.005 : 0.2, maxZoom: 4,
      boxSelectionEnabled: false, selectionType: 'single',
      hideEdgesOnViewport: large, textureOnViewport: large && plan.renderer === 'canvas', pixelRatio: large ? 1 : 'auto',
      renderer: { name: 'canvas', webgl: plan.renderer === 'webgl', webglTexSize: 4096, webglBatchSize: 4096 },
    } as cytoscape.CytoscapeOptions);
  }

  /** Adds every node and edge of the temporal network once; `positions` (from the server) fix where nodes go. */
  load(nodes: GraphNode[], edges: GraphEdge[], lang: Lang, positions: Record<string, [number, number]> | null = null): void {
    this.positions = positions;
    const known = new Set(nodes.map((n) => n.id));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(nodes.map((node) => ({
        group: 'nodes' as const,
        data: { ...node, camp: campOf(node.group), label: lang === 'zh' ? node.nameZh : node.name },
      })));
      this.cy.add(edges.filter((e) => known.has(e.source) && known.has(e.target)).map((edge) => ({
        group: 'edges' as const,
        data: { ...edge, id: edgeElementId(edge.id), apiId: edge.id },
      })));
      this.cy.add(nodes.filter((n) => n.owner && known.has(n.owner)).map((node) => ({
        group: 'edges' as const, classes: 'ownership',
        data: { id: `owns:${node.id}`, source: node.owner!, target: node.id, type: OWNERSHIP },
      })));
    });
  }

  /** Computes positions for the whole temporal network (all nodes and edges); positions then stay fixed.
   * Large networks use the server's positions (no force layout in the browser). */
  async layout(animate = false): Promise<void> {
    const hidden = this.cy.elements('.hidden');
    hidden.removeClass('hidden');
    const positions = this.positions;
    const run = this.cy.elements().layout(this.plan.layout === 'preset' && positions
      ? { name: 'preset', positions: Object.fromEntries(Object.entries(positions).map(([id, [x, y]]) => [id, { x, y }])), fit: false }
      : {
        name: 'fcose', quality: 'proof', randomize: true, animate, animationDuration: 600,
        nodeRepulsion: () => 9000, idealEdgeLength: () => 90, nodeSeparation: 80, padding: 40,
      } as cytoscape.LayoutOptions);
    const done = new Promise<void>((resolve) => run.one('layoutstop', () => resolve()));
    run.run();
    await done;
    this.cy.resize();
    if (this.lastRender) this.render(this.lastRender); else hidden.addClass('hidden');
    this.fitAll();
  }

  /** Fits the whole network into the view, clear of the left overlay. */
  fitAll(): void {
    this.cy.fit(undefined, 30);
    const width = this.cy.width();
    const inset = Math.min(this.leftInset(), width / 2);
    if (inset > 0) this.cy.zoom({ level: this.cy.zoom() * (width - inset) / width, renderedPosition: { x: width, y: this.cy.height() / 2 } });
  }

  /** Shows a view: toggles visibility and status classes in one batch; nothing is added or removed. */
  render(input: RenderInput): void {
    this.lastRender = input;
    const { snapshot, compare, filters, focusSet } = input;
    const compareStatus = compare ? statusMap(compare) : null;
    const hiddenKinds = new Set(filters.hiddenKinds);
    const hiddenCamps = new Set(filters.hiddenGroups);
    const hiddenTypes = new Set(filters.hiddenTypes);
    const nodeFiltered = (n: NodeSingular) => hiddenKinds.has(n.data('kind')) || hiddenCamps.has(n.data('camp'));
    this.cy.batch(() => {
      const degree = new Map<string, number>();
      this.cy.edges('.ownership').forEach((edge: EdgeSingular) => {
        setClass(edge, 'hidden', hiddenTypes.has(OWNERSHIP) || nodeFiltered(edge.source()) || nodeFiltered(edge.target()));
      });
      this.cy.edges().not('.ownership').forEach((edge) => {
        const id = edge.data('apiId') as string;
        const status = compareStatus ? compareStatus.get(id) : snapshot.edges.get(id);
        const shown = status !== undefined && !hiddenTypes.has(edge.data('type'))
          && !nodeFiltered(edge.source()) && !nodeFiltered(edge.target());
        const wanted = shown && status && status !== 'in-force' ? (compareStatus ? `cmp-${status}` : status) : null;
        setClass(edge, 'hidden', !shown);
        for (const name of STATUS_CLASSES) setClass(edge, name, name === wanted);
        if (!shown) return;
        for (const end of [edge.data('source'), edge.data('target')]) degree.set(end, (degree.get(end) ?? 0) + 1);
      });
      this.cy.nodes().forEach((node: NodeSingular) => {
        const isolated = !degree.has(node.id());
        setClass(node, 'hidden', nodeFiltered(node) || (isolated && filters.hideIsolated));
        setClass(node, 'isolated', isolated);
      });
      this.cy.elements().forEach((ele) => { setClass(ele, 'faded', focusSet !== null && !focusSet.has(ele.id())); });
    });
  }

  /** Switches the graph labels between English and Chinese names. */
  setLang(lang: Lang): void {
    this.cy.batch(() => this.cy.nodes().forEach((n) => { n.data('label', lang === 'zh' ? n.data('nameZh') : n.data('name')); }));
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
    return this.cy.edges(':visible').not('.ownership').filter((e) => !e.hasClass('ended') && !e.hasClass('cmp-ended'))
      .map((e) => e.data('apiId') as string).sort();
  }

  /** Node ids and API edge ids currently drawn, each edge with the status it is drawn as. */
  shownElements(): { nodes: string[]; edges: { id: string; shownAs: string }[] } {
    const statusOf = (e: { hasClass(name: string): boolean }) => STATUS_CLASSES.find((c) => e.hasClass(c)) ?? 'in-force';
    return {
      nodes: this.cy.nodes(':visible').map((n) => n.id()),
      edges: this.cy.edges(':visible').not('.ownership').map((e) => ({ id: e.data('apiId') as string, shownAs: statusOf(e) })),
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

/** Changes a class only when it differs, so unchanged elements are not restyled (this matters at 20,000 elements). */
function setClass(ele: { hasClass(name: string): boolean; toggleClass(name: string, on: boolean): unknown }, name: string, on: boolean): void {
  if (ele.hasClass(name) !== on) ele.toggleClass(name, on);
}

function statusMap(compare: Diff): Map<string, 'added' | 'ended' | 'persisted'> {
  const map = new Map<string, 'added' | 'ended' | 'persisted'>();
  compare.added.forEach((id) => map.set(id, 'added'));
  compare.ended.forEach((id) => map.set(id, 'ended'));
  compare.persisted.forEach((id) => map.set(id, 'persisted'));
  return map;
}
