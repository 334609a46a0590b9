// Holds the page's drawing back until the server's view of the state's date is here (views mode): the graph, the
// change log and `body[data-at]` move together once it arrives; while it loads, the page says so (never an error).
import type { HistogramAnswer } from '../../../contract/views';
import type { Deps } from '../context';
import { replaceChildren, statusLine } from '../dom';
import { msg } from '../i18n';
import type { ElementLook } from '../graph/element-data';
import type { ViewState } from '../lib/view-state';
import { errorLine } from '../widgets/problem';
import { type DrawnView, type ViewSource, type ViewKey } from './view-source';
import { neighbourKeys, viewKeyOf } from './views-mode';

const sameKey = (a: ViewKey | null, b: ViewKey) =>
  a !== null &&
  a.at === b.at &&
  a.after === b.after &&
  a.mode === b.mode &&
  a.compare?.from === b.compare?.from &&
  a.compare?.fromAfter === b.compare?.fromAfter;
/** How long the user stays on a step before the steps around it are fetched ahead. */
const PREFETCH_PAUSE_MS = 200;
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export class ViewGate {
  /** The view drawn last, and what it was asked for as. */
  current: { key: ViewKey; view: DrawnView } | null = null;
  private wanted: ViewKey | null = null;
  private readonly listeners: ((view: DrawnView | null, loading: boolean) => void)[] = [];

  constructor(
    private readonly deps: Pick<Deps, 'data' | 'graph' | 'store'>,
    private readonly source: ViewSource,
    private readonly histogram: HistogramAnswer,
    private readonly look: () => ElementLook,
    private readonly status: HTMLElement,
  ) {}

  private fallbackAt(): string {
    return this.deps.data.time().opening?.at || this.histogram.last || '';
  }

  /** True when the view drawn is the one `state` asks for. */
  ready(state: ViewState): boolean {
    return sameKey(this.current?.key ?? null, viewKeyOf(state, this.fallbackAt()));
  }

  /** Calls `listener` when a view is drawn (with it) and when one starts or stops loading. */
  onChange(listener: (view: DrawnView | null, loading: boolean) => void): void {
    this.listeners.push(listener);
  }

  /** Fetches the view `state` asks for, puts it in the data and the graph, then calls `drawn`; a later call wins. */
  async load(state: ViewState, drawn: () => void): Promise<void> {
    const key = viewKeyOf(state, this.fallbackAt());
    this.wanted = key;
    const slow = !this.source.has(key);
    if (slow) this.listeners.forEach((l) => l(this.current?.view ?? null, true));
    const showLoading = slow ? setTimeout(() => this.showStatus(statusLine('loading', msg('views.loading'))), 150) : null;
    try {
      const view = await this.source.get(key);
      if (!sameKey(this.wanted, key)) return;
      this.deps.data.replaceContent(view.nodes, view.edges, view.positions);
      this.deps.graph.load(view.nodes, view.edges, this.deps.store.get().lang, view.positions, this.look());
      this.current = { key, view };
      this.status.hidden = true;
      drawn();
      this.listeners.forEach((l) => l(view, false));
      // During Play the next step is certain and comes soon: fetch it at once. Otherwise wait until the user pauses (a
      // slider being dragged would cancel each prefetch half-way).
      const pauseMs = document.body.classList.contains('playing') ? 0 : PREFETCH_PAUSE_MS;
      this.source.prefetch(neighbourKeys(state, this.fallbackAt(), this.histogram.last ?? key.at), pauseMs);
    } catch (error) {
      if (isAbort(error) || !sameKey(this.wanted, key)) return;
      this.showStatus(errorLine(error, 'views.loadFailed'));
      this.listeners.forEach((l) => l(this.current?.view ?? null, false));
    } finally {
      if (showLoading) clearTimeout(showLoading);
    }
  }

  private showStatus(line: HTMLElement): void {
    replaceChildren(this.status, line);
    this.status.hidden = false;
  }
}
