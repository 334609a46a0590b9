// Export: the drawn network as PNG and SVG (Cytoscape's elements over the paint layer, graph/view-picture.ts), the
// snapshot as JSON and CSV,
// and the replay as an animated GIF with one frame per step of the current unit (at most MAX_GIF_FRAMES) and its date printed on it.
import type { Deps } from '../context';
import { download, h, replaceChildren } from '../dom';
import { msg, t } from '../i18n';
import { yearEnd } from '../lib/dates';
import { snapshotCsv, snapshotJson } from '../lib/export-data';
import { GifBuilder } from '../lib/gif';
import { withoutTransitions } from '../graph/style';
import { picturePng, pictureSvg } from '../graph/view-picture';
import { stepText } from './time-text';

const MAX_GIF_WIDTH = 960;
/** A longer replay keeps every n-th step so the GIF stays a few megabytes. */
const MAX_GIF_FRAMES = 60;

/** Builds the export menu in `element`. */
export function setUpExport(element: HTMLElement, deps: Deps): void {
  const { graph, store, data } = deps;
  const status = h('span', { class: 'export-status', role: 'status', id: 'export-status' });
  const stamp = () => store.get().at ?? yearEnd(data.timeline.range.to);

  const shown = () => {
    const { nodes, edges } = graph.shownElements();
    return {
      nodes: nodes.flatMap((id) => data.nodes.get(id) ?? []),
      edges: edges.flatMap(({ id, shownAs }) => {
        const e = data.edges.get(id);
        return e ? [{ ...e, shownAs }] : [];
      }),
    };
  };
  const exportPng = async () => {
    const picture = await picturePng(graph.pictureSource(), true, 2);
    download(
      await new Promise<Blob>((done, fail) =>
        picture.toBlob((blob) => (blob ? done(blob) : fail(new Error('the browser could not encode the picture as PNG')))),
      ),
      `hulian-${stamp()}.png`,
    );
  };
  const exportSvg = () => download(new Blob([pictureSvg(graph.pictureSource(), true)], { type: 'image/svg+xml' }), `hulian-${stamp()}.svg`);
  const exportJson = () => {
    const { nodes, edges } = shown();
    const doc = snapshotJson(stamp(), store.get().mode, nodes, edges, data.sources);
    download(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }), `hulian-${stamp()}.json`);
  };
  const exportCsv = () =>
    download(new Blob([snapshotCsv(shown().edges, data.nodes, data.timeline.edges)], { type: 'text/csv' }), `hulian-${stamp()}.csv`);

  const exportGif = async () => {
    deps.stopPlayback.emit();
    const before = store.get();
    const container = graph.cy.container()!;
    const scale = Math.min(1, MAX_GIF_WIDTH / container.clientWidth);
    const width = Math.round(container.clientWidth * scale);
    const height = Math.round(container.clientHeight * scale);
    const canvas = h('canvas', { width, height });
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const gif = new GifBuilder(width, height);
    const unit = before.precision;
    const steps = data.stepEnds(unit);
    const every = Math.ceil(steps.length / MAX_GIF_FRAMES);
    const frames = steps.filter((_, i) => i % every === 0 || i === steps.length - 1);
    try {
      await withoutTransitions(graph.cy, graph.plan.simplified, async () => {
        for (const [i, at] of frames.entries()) {
          status.textContent = t('export.frame', { n: i + 1, total: frames.length });
          store.update({ at, compare: null });
          const frame = await picturePng(graph.pictureSource(), false, scale);
          context.fillStyle = '#ffffff';
          context.fillRect(0, 0, width, height);
          context.drawImage(frame, 0, 0, width, height);
          printStep(context, stepText(at, unit), width);
          gif.addFrame(context, 900);
        }
      });
      download(gif.finish(), `hulian-replay-${frames[0]}-${frames[frames.length - 1]}.gif`);
      status.textContent = t('export.gifReady', { n: frames.length });
    } catch (error) {
      status.textContent = t('export.gifFailed', { message: (error as Error).message });
    } finally {
      store.update({ at: before.at, compare: before.compare, precision: before.precision });
    }
  };

  const item = (id: string, label: string | ReturnType<typeof msg>, action: () => unknown) =>
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-small',
        id,
        onclick: () => {
          void Promise.resolve(action()).catch((e: Error) => {
            status.textContent = t('export.failed', { message: e.message });
          });
        },
      },
      label,
    );
  replaceChildren(
    element,
    h('span', { class: 'export-label' }, msg('export.label')),
    item('export-png', 'PNG', exportPng),
    item('export-svg', 'SVG', exportSvg),
    item('export-json', 'JSON', exportJson),
    item('export-csv', 'CSV', exportCsv),
    item('export-gif', msg('export.gif'), exportGif),
    status,
  );
}

function printStep(context: CanvasRenderingContext2D, label: string, width: number): void {
  const size = Math.max(28, Math.round(width / (label.length > 6 ? 24 : 14)));
  context.font = `700 ${size}px Inter, "Segoe UI", "PingFang SC", sans-serif`;
  context.textBaseline = 'top';
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fillRect(12, 12, context.measureText(label).width + 24, size + 16);
  context.fillStyle = '#212529';
  context.fillText(label, 24, 20);
  context.font = `500 ${Math.round(size / 3)}px Inter, "Segoe UI", "PingFang SC", sans-serif`;
  context.fillStyle = '#495057';
  context.fillText(t('export.gifCaption'), 24, size + 34);
}
