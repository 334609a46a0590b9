// Keeps the graph in step with the state: each change of date, mode, comparison, filters, language,
// selection or highlight becomes one GraphView.render (class toggles in one batch); a new comparison is framed.
import type { Deps } from './context';
import { yearEnd } from './lib/dates';
import { diff, snapshot, type Diff, type Snapshot } from './lib/temporal';
import type { ViewState } from './lib/view-state';

/** Highlight labels the path finder uses: drawn in the path colour rather than the query-hit colour. */
const PATH_LABELS = ['paths', 'earliest'];

/** The last snapshot worked out, with what it was worked out from: the graph and the change log share it. */
let lastSnapshot: { edges: unknown; key: string; snapshot: Snapshot } | null = null;

/** The snapshot the state asks for (the date defaults to the end of the data's last year); computed once per state. */
export function snapshotFor(deps: Pick<Deps, 'data'>, state: ViewState): Snapshot {
  const at = state.at ?? yearEnd(deps.data.timeline.range.to);
  const { edges } = deps.data.timeline;
  const key = [at, state.mode, state.precision, state.windowYears].join(' ');
  if (lastSnapshot?.edges !== edges || lastSnapshot.key !== key) lastSnapshot = { edges, key, snapshot: snapshot(edges, at, state) };
  return lastSnapshot.snapshot;
}

/** The last comparison worked out, with what it was worked out from (a step or a filter change keeps it). */
let lastDiff: { edges: unknown; key: string; diff: Diff } | null = null;

/** The comparison the state asks for, or null; computed once per comparison. */
export function diffFor(deps: Pick<Deps, 'data'>, state: ViewState): Diff | null {
  if (!state.compare) return null;
  const { edges } = deps.data.timeline;
  const key = [state.compare.from, state.compare.to, state.mode, state.precision, state.windowYears].join(' ');
  if (lastDiff?.edges !== edges || lastDiff.key !== key)
    lastDiff = { edges, key, diff: diff(edges, state.compare.from, state.compare.to, state) };
  return lastDiff.diff;
}

/** Wires the store and the transient signals to the graph. */
export function setUpViewSync(deps: Deps): void {
  const { store, graph } = deps;
  let focusSet: Set<string> | null = null;
  const draw = () => {
    const state = store.get();
    const compare = diffFor(deps, state);
    graph.render({ snapshot: snapshotFor(deps, state), compare, filters: state.filters, focusSet, markArrivals: state.mode === 'asof' });
    document.body.dataset.at = state.at ?? '';
    return compare;
  };
  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) graph.setLang(state.lang);
    if (state.selection !== previous.selection) graph.select(state.selection);
    if (
      state.at !== previous.at ||
      state.mode !== previous.mode ||
      state.windowYears !== previous.windowYears ||
      state.precision !== previous.precision ||
      state.compare !== previous.compare ||
      state.filters !== previous.filters
    ) {
      const redraw = () => {
        const compare = draw();
        if (compare && state.compare !== previous.compare) graph.frame([], [...compare.added, ...compare.ended]);
      };
      // A network shown one server view at a time draws once the view of the new date is here.
      if (deps.views && !deps.views.ready(state)) void deps.views.load(state, () => redraw());
      else redraw();
    }
  });
  deps.focusSet.on((set) => {
    focusSet = set;
    draw();
  });
  deps.highlight.on((hit) =>
    graph.highlight(hit?.nodeIds ?? [], hit?.edgeIds ?? [], hit && PATH_LABELS.includes(hit.label) ? 'path' : 'hit'),
  );
  draw();
  graph.select(store.get().selection);
}
