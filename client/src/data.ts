// The loaded timeline payload with look-ups by id, and the labels of a node id and a relationship type in the
// interface's names mode (Chinese names in Chinese, "Taobao 淘宝" in English).
import type { Edge, GraphNode, Source, Timeline, Vocabulary } from './types';
import { namesMode } from './i18n';
import { labelIn, shortId } from './lib/labels';
import { stepCounts, timeProfile, type StepCount, type TimeProfile } from './lib/time-profile';
import type { TimeUnit } from './lib/time-unit';

/** The timeline payload indexed for quick look-ups. */
export class TimelineData {
  readonly nodes = new Map<string, GraphNode>();
  /** The relationships by id, indexed on first use (tens of thousands of entries the first picture does not need). */
  private edgeIndex: Map<string, Edge> | null = null;
  readonly sources = new Map<string, Source>();
  readonly vocabulary = new Map<string, Vocabulary>();

  /** `fixed`: the time profile and per-step counts, when they come from the server's histogram rather than from the
   * edges (a network shown one view at a time, views/views-mode.ts). */
  constructor(
    readonly timeline: Timeline,
    private readonly fixed: { profile: TimeProfile; counts: StepCount[] } | null = null,
  ) {
    timeline.nodes.forEach((n) => this.nodes.set(n.id, n));
    timeline.sources.forEach((s) => this.sources.set(s.id, s));
    timeline.vocabulary.forEach((v) => this.vocabulary.set(v.type, v));
  }

  /** True when the data is shown one server view at a time (the nodes and edges are only the current view's). */
  get viewByView(): boolean {
    return this.fixed !== null;
  }

  /** Replaces the nodes, edges and positions with a view's (views mode): new arrays, so snapshots are worked out anew. */
  replaceContent(nodes: GraphNode[], edges: Edge[], positions: Record<string, [number, number]>): void {
    this.timeline.nodes = nodes;
    this.timeline.edges = edges;
    this.timeline.positions = positions;
    this.nodes.clear();
    this.edgeIndex = null;
    this.byNode = null;
    nodes.forEach((n) => this.nodes.set(n.id, n));
  }

  /** The relationships by id. */
  get edges(): ReadonlyMap<string, Edge> {
    if (!this.edgeIndex) this.edgeIndex = new Map(this.timeline.edges.map((e) => [e.id, e]));
    return this.edgeIndex;
  }

  private byNode: Map<string, Edge[]> | null = null;

  /** The relationships with node `id` at either end (indexed on the first call). */
  edgesOf(id: string): readonly Edge[] {
    if (!this.byNode) {
      this.byNode = new Map();
      for (const edge of this.timeline.edges)
        for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
          const list = this.byNode.get(end);
          if (list) list.push(edge);
          else this.byNode.set(end, [edge]);
        }
    }
    return this.byNode.get(id) ?? [];
  }

  /** The data's years, first to last. */
  years(): number[] {
    const { from, to } = this.timeline.range;
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  }

  private profile: TimeProfile | null = null;
  private readonly counts = new Map<TimeUnit, StepCount[]>();

  /** What the data's dates say about how to show it (span, unit, events, window); worked out once. */
  time(): TimeProfile {
    if (this.fixed) return this.fixed.profile;
    this.profile ??= timeProfile(this.timeline.edges, this.timeline.milestones, this.timeline.range);
    return this.profile;
  }

  /** The last day of every step of `unit` over the data's span, first to last (what a replay at `unit` shows). */
  stepEnds(unit: TimeUnit): string[] {
    return this.stepCounts(unit).map((step) => step.at);
  }

  /** Began and ended counts per step of `unit` over the data's span; worked out once per unit. */
  stepCounts(unit: TimeUnit): StepCount[] {
    const { first, last } = this.time();
    if (this.fixed && unit === this.fixed.profile.unit) return this.fixed.counts;
    if (!this.counts.has(unit)) this.counts.set(unit, stepCounts(this.timeline.edges, unit, first, last));
    return this.counts.get(unit)!;
  }

  /** "Taobao 淘宝" (English) or "淘宝" (Chinese) for a node id; for a node not in the timeline a short form of its id
   * ("#145"), never a database's element id. */
  nodeLabel(id: string): string {
    const node = this.nodes.get(id);
    return node ? labelIn(node.name, node.nameZh, namesMode()) : shortId(id);
  }

  /** The relationship type's label ("accepts payment from 接受…付款" in English, the Chinese label in Chinese). */
  typeLabel(type: string): string {
    const entry = this.vocabulary.get(type);
    return entry ? labelIn(entry.label, entry.labelZh, namesMode()) : type.toLowerCase().replaceAll('_', ' ');
  }
}
