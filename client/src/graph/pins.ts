// What a graph view draws whatever the level of detail's budget: the selection, query or path marks, and the last focus.

/** The pinned node ids and API edge ids, by what pinned them. */
export class Pins {
  selection: string[] = [];
  hitNodes: string[] = [];
  hitEdges: string[] = [];
  focus: string[] = [];
  focusEdges: string[] = [];

  /** Every pinned node id. */
  nodes(): Set<string> {
    return new Set([...this.selection, ...this.hitNodes, ...this.focus]);
  }

  /** Every pinned relationship's API id. */
  edges(): string[] {
    return [...this.hitEdges, ...this.focusEdges];
  }
}
