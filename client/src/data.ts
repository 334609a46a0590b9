// The loaded timeline payload with look-ups by id, plus the bilingual name helpers every widget uses.
import type { GraphEdge, GraphNode, Source, Timeline, VocabularyEntry } from './types';
import type { Lang } from './lib/view-state';

/** The timeline payload indexed for quick look-ups. */
export class TimelineData {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly sources = new Map<string, Source>();
  readonly vocabulary = new Map<string, VocabularyEntry>();

  constructor(readonly timeline: Timeline) {
    timeline.nodes.forEach((n) => this.nodes.set(n.id, n));
    timeline.edges.forEach((e) => this.edges.set(e.id, e));
    timeline.sources.forEach((s) => this.sources.set(s.id, s));
    timeline.vocabulary.forEach((v) => this.vocabulary.set(v.type, v));
  }

  /** The data's years, first to last. */
  years(): number[] {
    const { from, to } = this.timeline.range;
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  }

  /** "Taobao 淘宝" for a node id (the id itself when unknown). */
  bothNames(id: string): string {
    const node = this.nodes.get(id);
    return node ? bothNames(node) : id;
  }

  /** The relationship type's label in both languages. */
  typeLabel(type: string): string {
    const entry = this.vocabulary.get(type);
    return entry ? `${entry.label} ${entry.labelZh}` : type.toLowerCase().replaceAll('_', ' ');
  }
}

/** Both names of a node, English first: "Taobao 淘宝". */
export function bothNames(node: Pick<GraphNode, 'name' | 'nameZh'>): string {
  return node.nameZh && node.nameZh !== node.name ? `${node.name} ${node.nameZh}` : node.name;
}

/** The name to draw on the graph in the chosen language. */
export function labelIn(node: Pick<GraphNode, 'name' | 'nameZh'>, lang: Lang): string {
  return lang === 'zh' && node.nameZh ? node.nameZh : node.name;
}
