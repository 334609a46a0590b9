// Entry point: only wiring. Loads the timeline, draws the graph once, then sets up each widget.
import './styles/index.css';
import { api } from './api';
import { Signal, type Deps, type Highlight } from './context';
import type { TimelineData } from './data';
import { afterNextPaint, replaceChildren, statusLine, whenIdle } from './dom';
import { msg, setLanguage, storedLanguage, translateStaticMarkup } from './i18n';
import { lookOf } from './graph/look';
import { budgetFromQuery } from './graph/lod';
import { paintFromQuery, paintsRelationships } from './graph/painted-edges';
import { GraphView } from './graph/view';
import { setUpGroupView } from './graph/groups-setup';
import { glRendererNameOffThread, isSoftwareGl, planForSize, rendererOverride, WEBGL_ABOVE_ELEMENTS } from './lib/scale';
import { timeDefaults } from './lib/url-state';
import { createStore } from './store';
import { setUpViewSync } from './view-sync';
import type { HistogramAnswer } from '../../contract/views';
import type { ElementLook } from './graph/element-data';
import { ViewGate } from './views/view-gate';
import { ViewSource } from './views/view-source';
import { loadData } from './views/views-start';
import { setUpViewNotice } from './views/view-notice';

/** How many relationships a server view of a large network draws at most (GET /api/view's budget). */
const VIEW_BUDGET = 2_000;
import { setUpBanner } from './widgets/banner';
import { setUpChangeLog } from './widgets/change-log';
import { setUpCompare } from './widgets/compare';
import { setUpDetails } from './widgets/details';
import { setUpEdgeTooltip } from './widgets/edge-tooltip';
import { setUpExport } from './widgets/export';
import { setUpLegend } from './widgets/legend';
import { setUpLensPanel } from './widgets/lens-panel';
import { setUpLodNotice } from './widgets/lod-notice';
import { setUpPageHeader } from './widgets/page-header';
import { setUpPaths } from './widgets/paths';
import { setUpPlayback } from './widgets/playback';
import { errorLine } from './widgets/problem';
import { setUpSearch } from './widgets/search';
import { setUpTabs } from './widgets/tabs';
import { setUpTimelineBar } from './widgets/timeline-bar';
import { setUpToolbar } from './widgets/toolbar';

const byId = (id: string) => document.getElementById(id)!;
const store = createStore(window.location, window.history);
/** The link as opened, before the store rewrites it: the time settings it leaves out come from the data. */
const openedHash = window.location.hash;
const legendBox = byId('legend');
const graphStatus = byId('graph-status');
let started = false;

// The interface language comes first, so every widget is built in it: the link's, else the one chosen last time.
if (!new URLSearchParams(window.location.hash.replace(/^#/, '')).has('lang') && storedLanguage() === 'zh') store.update({ lang: 'zh' });
setLanguage(store.get().lang);
translateStaticMarkup(document);
store.subscribe((state, previous) => {
  if (state.lang !== previous.lang) setLanguage(state.lang);
});

setUpBanner(byId('banner'), { api }, () => {
  if (!started) void start();
});
setUpTabs(byId('side-panel'), { store });

async function start(): Promise<void> {
  replaceChildren(graphStatus, statusLine('loading', msg('page.loading')));
  graphStatus.hidden = false;
  performance.mark('hulian:start');
  let data: TimelineData;
  let viewsHistogram: HistogramAnswer | null;
  try {
    ({ data, views: viewsHistogram } = await loadData(api, () =>
      replaceChildren(graphStatus, statusLine('loading', msg('views.preparing'))),
    ));
  } catch (error) {
    replaceChildren(graphStatus, errorLine(error, 'page.loadFailed'));
    return;
  }
  started = true;
  setUpPageHeader(document, { store, data });
  if (!data.timeline.edges.length && !viewsHistogram) {
    replaceChildren(graphStatus, statusLine('empty', msg('page.empty')));
  } else {
    graphStatus.hidden = true;
  }
  store.update(timeDefaults(openedHash, data.time()));
  // A link pasted into the open page gets the same data-chosen unit, mode and window where it names none (its date,
  // when it has none, stays the one shown).
  window.addEventListener('hashchange', () => {
    const { at: _kept, ...patch } = timeDefaults(window.location.hash, data.time());
    if (Object.keys(patch).length) store.update(patch);
  });
  const { nodes, edges, positions } = data.timeline;
  const elements = viewsHistogram ? 2 * VIEW_BUDGET : nodes.length + edges.length;
  performance.mark('hulian:data-read');
  // A large network's views paint their relationships (Cytoscape keeps the nodes people touch): each step changes them all.
  const paint = paintFromQuery(window.location.search) ?? (viewsHistogram ? true : null);
  const painted = paintsRelationships(paint, elements, Boolean(positions));
  // Only a Cytoscape that holds many elements itself may want WebGL; only then is the GL asked what it runs on.
  const softwareGl = !painted && elements > WEBGL_ABOVE_ELEMENTS && isSoftwareGl(await glRendererNameOffThread());
  performance.mark('hulian:renderer-chosen');
  const plan = planForSize(elements, Boolean(positions), rendererOverride(window.location.search), softwareGl, painted);
  const inset = () => (legendBox.querySelector('details[open]') ? legendBox.offsetWidth + 12 : 0);
  const graph = new GraphView(byId('cy'), plan, inset, budgetFromQuery(window.location.search), paint);
  let gate: ViewGate | undefined;
  if (viewsHistogram) {
    let look: ElementLook | null = null;
    gate = new ViewGate(
      { data, graph, store },
      new ViewSource(api, VIEW_BUDGET),
      viewsHistogram,
      () => (look ??= lookOf(data).look),
      graphStatus,
    );
    await gate.load(store.get(), () => {});
  } else {
    graph.load(nodes, edges, store.get().lang, positions ?? null, lookOf(data).look);
  }
  performance.mark('hulian:graph-built');
  const deps: Deps = {
    api,
    store,
    graph,
    data,
    focusSet: new Signal<Set<string> | null>(),
    highlight: new Signal<Highlight | null>(),
    stopPlayback: new Signal<void>(),
    views: gate,
  };
  setUpViewSync(deps);
  performance.mark('hulian:view-drawn');
  // The first picture: the graph with what shapes its box (the header's controls above it, the time bar and replay under
  // it, the legend over its left edge, which the fit keeps clear of), placed and fitted once they are in. The other
  // widgets are built once it is painted.
  setUpSearch(byId('search-box'), deps);
  setUpToolbar(byId('toolbar'), deps);
  setUpExport(byId('export'), deps);
  setUpTimelineBar(byId('timeline-bar'), deps);
  setUpPlayback(byId('playback'), deps);
  setUpLegend(byId('legend'), deps);
  await graph.layout();
  performance.mark('hulian:laid-out');
  const firstFrame = afterNextPaint().then(() => Math.round(performance.now()));
  await firstFrame;
  const box = { width: graph.cy.width(), height: graph.cy.height() };
  setUpLodNotice(byId('cy').parentElement!, deps);
  // Hook (issue 22, FIRST-PICTURE): the group view, an overlay of its own over the graph (graph/groups-*.ts).
  setUpGroupView(byId('cy').parentElement!, deps);
  if (gate) setUpViewNotice(byId('cy').parentElement!, gate);
  void setUpLensPanel(byId('cy').parentElement!, deps);
  setUpChangeLog(byId('panel-changes'), deps);
  setUpDetails(byId('panel-details'), deps);
  setUpCompare(byId('panel-compare'), deps);
  setUpPaths(byId('panel-paths'), deps);
  setUpEdgeTooltip(deps);
  // The widgets above sit over the graph or beside it; should one still have changed its box, it is fitted again.
  graph.cy.resize();
  if (graph.cy.width() !== box.width || graph.cy.height() !== box.height) graph.fitAll();
  graph.cy.on('tap', 'node', (event) => store.update({ selection: event.target.id(), tab: 'details' }));
  graph.cy.on('tap', 'edge', (event) => store.update({ selection: event.target.data('source'), tab: 'details' }));
  const firstDrawMs = Math.round(performance.now());
  document.body.dataset.ready = 'true';
  // The console's large chunk is loaded and run once the page is idle.
  whenIdle(() => void loadConsole(deps));
  Object.defineProperty(window, '__hulian', {
    value: Object.freeze({
      cy: graph.cy,
      state: () => structuredClone(store.get()),
      inForceEdgeIds: () => graph.visibleInForceEdgeIds(),
      drawn: () => graph.drawnElements(),
      shown: () => graph.shownElements(),
      firstDrawMs,
      /** Resolves with the time (ms since navigation) once the frame showing the first drawn graph was painted. */
      firstFrame: () => firstFrame,
      plan,
    }),
  });
}

/** The console (CodeMirror and the Cypher parser) loads as its own chunk after the graph is drawn. */
async function loadConsole(deps: Deps): Promise<void> {
  const panel = byId('panel-console');
  replaceChildren(panel, statusLine('loading', msg('page.consoleLoading')));
  try {
    const { setUpConsole } = await import('./widgets/console');
    setUpConsole(panel, deps);
    document.body.dataset.console = 'ready';
  } catch (error) {
    replaceChildren(panel, errorLine(error, 'page.consoleFailed'));
  }
}

void start();
