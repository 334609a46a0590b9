// The network's positions: a seeded ForceAtlas2 layout of the union network's main components (deterministic: seeded
// start, fixed iterations), scaled so neighbours sit about NODE_SPACING px apart, room made for the labels of the
// best-connected nodes, and isolated nodes and small components packed in rows beside it. Pure computation; layout-cache.ts runs it off the event loop and caches it.
import { UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import random from 'graphology-layout/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from './seeded-random.js';
import { LABELLED_NODES, labelWidth, makeLabelRoom } from './label-room.js';
import { boundsOf, packBeside, type Positions } from './side-packing.js';
import { scaleToSpacing } from './spacing.js';
import { unionNetwork, type EdgeEnds } from './union-network.js';

/** The median distance between a node and its nearest neighbour in the result, in px. */
export const NODE_SPACING = 50;
/** The share of all nodes below which a component counts as small (and is packed beside the main layout). */
const SMALL_SHARE = 0.01;
const SMALL_SIZE = 5;
const PROGRESS_STEPS = 10;
/** Up to this many nodes, every label gets room (the client shows them all on a small network). */
const ALL_LABELLED_UP_TO = 150;
/** The room between two labels side by side in the packed pieces. */
const LABEL_GAP = 12;
/** From this many nodes on, repulsion is approximated (Barnes-Hut), O(n log n) per iteration instead of O(n²). */
const BARNES_HUT_FROM = 500;

/** Integer [x, y] per node id. */
export type PositionRecord = Record<string, [number, number]>;

/** How many ForceAtlas2 iterations a main layout of `order` nodes gets: fewer as it grows, so time stays bounded. */
function iterationsFor(order: number): number {
  if (order <= 300) return 800;
  if (order <= 2_000) return 300;
  if (order <= 10_000) return 200;
  return 100;
}

/** The components big enough for the force layout, and the pieces to pack beside it: the small components, largest
 * first, then all isolated nodes as one block. */
function splitComponents(graph: UndirectedGraph): { main: string[]; pieces: string[][] } {
  const components = connectedComponents(graph).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const threshold = Math.max(SMALL_SIZE, SMALL_SHARE * graph.order);
  const big = components.filter((c) => c.length >= threshold);
  const chosen = big.length ? big : components[0] && components[0].length > 1 ? [components[0]] : [];
  const chosenSet = new Set(chosen);
  const rest = components.filter((c) => !chosenSet.has(c));
  const isolated = rest.filter((c) => c.length === 1).flat();
  return { main: chosen.flat(), pieces: [...rest.filter((c) => c.length > 1), ...(isolated.length ? [isolated] : [])] };
}

/** Runs ForceAtlas2 over `ids` (a union of whole components of `graph`) from seeded random starting points. */
function forceAtlas(graph: UndirectedGraph, ids: string[], onProgress?: (done: number, total: number) => void): Positions {
  const main = new UndirectedGraph();
  for (const id of ids) main.addNode(id);
  random.assign(main, { rng: seededRandom(), scale: 10 * Math.sqrt(ids.length), center: 0 });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (main.hasNode(source)) main.addEdge(source, target, { weight: attributes.weight as number });
  });
  const settings = {
    ...forceAtlas2.inferSettings(main),
    linLogMode: false,
    gravity: 1,
    scalingRatio: 10,
    barnesHutOptimize: main.order > BARNES_HUT_FROM,
  };
  const total = iterationsFor(main.order);
  const step = Math.ceil(total / PROGRESS_STEPS);
  for (let done = 0; done < total;) {
    const iterations = Math.min(step, total - done);
    forceAtlas2.assign(main, { iterations, settings, getEdgeWeight: 'weight' });
    done += iterations;
    onProgress?.(done, total);
  }
  const positions: Positions = new Map();
  main.forEachNode((id, { x, y }) => positions.set(id, [x as number, y as number]));
  return positions;
}

/** What forceLayout may be given besides the network. */
export interface LayoutOptions {
  /** Node names (id → name): the best-connected nodes get room for their labels. */
  names?: ReadonlyMap<string, string>;
  /** Called after each tenth of the iterations. */
  onProgress?: (done: number, total: number) => void;
}

/** The nodes of `ids` whose labels get room, with their names: all of a small network's, else the LABELLED_NODES
 * with the most relationships (ties by id). */
function bestConnected(graph: UndirectedGraph, ids: string[], names: ReadonlyMap<string, string>): Map<string, string> {
  if (ids.length <= ALL_LABELLED_UP_TO) return new Map(ids.map((id) => [id, names.get(id) ?? id]));
  const strength = (id: string) => graph.reduceEdges(id, (sum, _edge, attributes) => sum + (attributes.weight as number), 0);
  const ranked = ids.map((id) => ({ id, strength: strength(id) })).sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
  return new Map(ranked.slice(0, LABELLED_NODES).map(({ id }) => [id, names.get(id) ?? id]));
}

/** The layout of the union network of `nodeIds` and `edges`; the same input always gives the same positions. */
export function forceLayout(nodeIds: readonly string[], edges: readonly EdgeEnds[], options: LayoutOptions = {}): PositionRecord {
  const graph = unionNetwork(nodeIds, edges);
  const { main, pieces } = splitComponents(graph);
  const positions = main.length ? forceAtlas(graph, main, options.onProgress) : new Map<string, [number, number]>();
  scaleToSpacing(positions, NODE_SPACING);
  const names = options.names;
  const widthOf = names ? (id: string) => labelWidth(names.get(id) ?? id) + LABEL_GAP : undefined;
  packBeside(positions, pieces, boundsOf(positions), NODE_SPACING, widthOf);
  if (options.names) makeLabelRoom(positions, bestConnected(graph, [...nodeIds], options.names));
  const record: PositionRecord = {};
  for (const id of nodeIds) {
    const [x, y] = positions.get(id)!;
    record[id] = [Math.round(x), Math.round(y)];
  }
  return record;
}
