// What widgets receive: the API, the store, the graph, the loaded data, and a few transient signals
// that are not part of the shareable state (an expanded neighbourhood, query/path highlights).
import type { Api } from './api';
import type { TimelineData } from './data';
import type { GraphView } from './graph/view';
import type { Store } from './store';
import type { ViewGate } from './views/view-gate';

type Handler<T> = (value: T) => void;

/** A minimal typed signal. */
export class Signal<T> {
  private handlers: Handler<T>[] = [];
  on(handler: Handler<T>): void {
    this.handlers.push(handler);
  }
  emit(value: T): void {
    this.handlers.forEach((h) => h(value));
  }
}

export interface Highlight {
  label: string;
  nodeIds: string[];
  edgeIds: string[];
}

export interface Deps {
  api: Api;
  store: Store;
  graph: GraphView;
  data: TimelineData;
  /** Element ids of expanded neighbourhoods (null when none is expanded). */
  focusSet: Signal<Set<string> | null>;
  /** Elements to mark as hits (console results, paths); null clears. */
  highlight: Signal<Highlight | null>;
  /** Tells the playback to stop (e.g. while exporting). */
  stopPlayback: Signal<void>;
  /** On a network shown one server view at a time: holds drawing back until the state's view is here. */
  views?: ViewGate;
}
