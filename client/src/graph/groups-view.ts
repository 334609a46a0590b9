// The group view (issue 22): an overlay Cytoscape where each group is one node sized by its members active at the date,
// joined by weighted edges. Opening a group adds its active members, their places in the full graph gathered round the
// group, and the edges among them, and turns the group's node into a box round them; closing removes them. No layout.
import cytoscape from 'cytoscape';
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import type { GroupInfo } from '../../../contract/presentation';
import type { Snapshot } from '../lib/temporal';
import { activeMembers, edgesWithin, gathered, groupEdges, groupNodeId, type GroupEdge } from './groups-model';

type Position = { x: number; y: number };

/** What the overlay is told: the groups, a node's group, label and place, and each relationship's ends. */
export interface GroupViewSource {
  groups: readonly GroupInfo[];
  groupOf(node: string): string;
  label(node: string): string;
  groupLabel(group: GroupInfo): string;
  position(node: string): Position | null;
  ends: ReadonlyMap<string, { source: string; target: string }>;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node.group',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 22,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '160px',
    },
  },
  {
    // An open group is a plain node drawn as a box round its members, not a compound parent: with a compound node in the
    // graph, Cytoscape walks every element's parents, children and edges for each style property it applies, which made
    // opening a group of 700 several times slower (profiled in bench/groups-bench.ts).
    selector: 'node.group.open',
    style: {
      width: 'data(boxWidth)',
      height: 'data(boxHeight)',
      'background-opacity': 0.08,
      'border-width': 2,
      'border-color': 'data(color)',
      shape: 'round-rectangle',
      'text-valign': 'top',
      'text-margin-y': -4,
    },
  },
  {
    selector: 'node.member',
    style: {
      'background-color': 'data(color)',
      width: 8,
      height: 8,
      label: 'data(label)',
      'font-size': 6,
      'min-zoomed-font-size': 9,
      'z-index': 1,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#212529' } },
  // The member picked (by a click, search or Details) is named at any zoom.
  { selector: 'node.member:selected', style: { 'font-size': 10, 'min-zoomed-font-size': 0, 'font-weight': 'bold' } },
  // Haystack edges skip Cytoscape's per-edge control points and projections: the cheap kind for thousands of lines.
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#868e96', opacity: 0.45, 'curve-style': 'haystack' } },
];

/** Room between an open group's box and its outermost members. */
const BOX_PADDING = 12;

/** The overlay: built once, then told the snapshot at each step and which groups to open. */
export class GroupView {
  readonly cy: Core;
  private readonly open = new Set<string>();
  private readonly centres = new Map<string, Position>();
  private snapshot: Snapshot | null = null;
  private members = new Map<string, string[]>();
  /** The members drawn for each open group. */
  private readonly drawn = new Map<string, Collection>();
  /** The relationships inside each group, so that opening one group adds only its edges. */
  private readonly edgeIds: Map<string, string[]>;
  /** The heaviest edge with every group closed: no edge drawn at the date is heavier, so widths stay comparable. */
  private heaviest = 1;

  constructor(
    readonly container: HTMLElement,
    private readonly source: GroupViewSource,
    allNodes: readonly string[],
  ) {
    this.cy = cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, boxSelectionEnabled: false });
    const sums = new Map<string, { x: number; y: number; n: number }>();
    for (const node of allNodes) {
      const p = source.position(node);
      if (!p) continue;
      const s = sums.get(source.groupOf(node)) ?? { x: 0, y: 0, n: 0 };
      sums.set(source.groupOf(node), { x: s.x + p.x, y: s.y + p.y, n: s.n + 1 });
    }
    for (const [group, s] of sums) this.centres.set(group, { x: s.x / s.n, y: s.y / s.n });
    this.edgeIds = edgesWithin(source.ends, source.groupOf);
  }

  /** The groups that are open. */
  openGroups(): string[] {
    return [...this.open];
  }

  /** Draws the groups and their links at `snapshot`, keeping which groups are open. */
  update(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.members = activeMembers(snapshot, this.source.groupOf);
    const largest = [...this.members.values()].reduce((most, m) => Math.max(most, m.length), 1);
    const closed = groupEdges(snapshot, this.source.ends, this.source.groupOf, new Set());
    this.heaviest = closed.reduce((most, e) => Math.max(most, e.weight), 1);
    const edges = this.open.size === 0 ? closed : groupEdges(snapshot, this.source.ends, this.source.groupOf, this.open);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.drawn.clear();
      const groups = this.source.groups.filter((g) => this.centres.has(g.id));
      this.cy.add(
        groups.map((g): ElementDefinition => {
          const active = this.members.get(g.id)?.length ?? 0;
          return {
            group: 'nodes',
            data: {
              id: groupNodeId(g.id),
              group: g.id,
              color: g.color,
              active,
              size: Math.round(16 + 84 * Math.sqrt(active / largest)),
              label: `${this.source.groupLabel(g)} · ${active.toLocaleString('en-US')}`,
            },
            position: { ...this.centres.get(g.id)! },
            classes: 'group',
          };
        }),
      );
      for (const group of this.open) this.addMembers(group);
      this.addEdges(edges);
    });
    this.cy.batch(() => this.open.forEach((group) => this.frame(group)));
  }

  /** Opens `group` (its active members in place) or closes it; returns true when it is now open. */
  toggle(group: string, open = !this.open.has(group)): boolean {
    if (open === this.open.has(group) || !this.snapshot) return open;
    if (open) {
      this.open.add(group);
      this.cy.batch(() => {
        this.addMembers(group);
        this.addEdges(groupEdges(this.snapshot!, this.source.ends, this.source.groupOf, this.open, this.edgeIds.get(group) ?? []));
      });
      this.cy.batch(() => this.frame(group));
    } else {
      this.open.delete(group);
      this.cy.batch(() => {
        this.drawn.get(group)?.remove();
        this.drawn.delete(group);
        const node = this.cy.getElementById(groupNodeId(group));
        node.removeClass('open');
        node.position({ ...this.centres.get(group)! });
      });
    }
    return open;
  }

  /** Opens the group of `node` and selects it; false when the node is not drawn at the date. */
  reveal(node: string): boolean {
    this.toggle(this.source.groupOf(node), true);
    const element = this.cy.getElementById(node);
    if (element.empty()) return false;
    this.cy.$(':selected').unselect();
    element.select();
    this.cy.animate({ center: { eles: element }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 200 });
    return true;
  }

  private addMembers(group: string): void {
    const color = this.cy.getElementById(groupNodeId(group)).data('color') as string;
    const places = new Map<string, Position>();
    for (const id of this.members.get(group) ?? []) {
      const position = this.source.position(id);
      if (position) places.set(id, position);
    }
    const members = [...gathered(places, this.centres.get(group)!)].map(([id, position]): ElementDefinition => ({
      group: 'nodes',
      data: { id, group, color, label: this.source.label(id) },
      position,
      classes: 'member',
    }));
    this.drawn.set(group, this.cy.add(members));
  }

  /** Turns the node of open `group` into a box round its drawn members (Cytoscape's own bounding box of them). */
  private frame(group: string): void {
    const node = this.cy.getElementById(groupNodeId(group));
    const members = this.drawn.get(group);
    const box = members?.nonempty() ? members.boundingBox({ includeLabels: false }) : null;
    if (box) node.position({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
    node.data({ boxWidth: (box?.w ?? 0) + 2 * BOX_PADDING, boxHeight: (box?.h ?? 0) + 2 * BOX_PADDING });
    node.addClass('open');
  }

  private addEdges(edges: readonly GroupEdge[]): void {
    const drawn = edges.filter((e) => this.cy.getElementById(e.source).nonempty() && this.cy.getElementById(e.target).nonempty());
    this.cy.add(
      drawn.map((e) => ({
        group: 'edges' as const,
        data: { ...e, width: Math.min(12, Math.max(0.5, 12 * Math.sqrt(e.weight / this.heaviest))) },
      })),
    );
  }
}
