// Small DOM helpers: build elements with attributes and children (a msg() child or attribute follows the interface
// language), show a status line, and mark text that comes from the data rather than from the catalogues.
import { liveAttribute, liveText, Msg } from './i18n';

type Child = Node | string | Msg | null | undefined | false;
type Attrs = Record<string, string | number | boolean | Msg | null | undefined | EventListener>;

/** Creates an element: `h('button', { class: 'x', onclick: fn }, 'Label')`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else if (value instanceof Msg) liveAttribute(el, key, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

/** Appends children, skipping empty ones. */
function append(parent: Element, children: Child[]): void {
  for (const child of children) {
    if (child instanceof Msg) parent.append(liveText(child));
    else if (child !== null && child !== undefined && child !== false) parent.append(child);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A paragraph for a loading, empty or error state; errors are announced. */
export function statusLine(kind: 'loading' | 'empty' | 'error', text: string | Msg): HTMLElement {
  return h('p', { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Text taken from the data (a name, a note, a source title) in `lang`: marked translate="no" so translators, and
 * the test that the Chinese interface has no English, leave it alone; `lang` lets screen readers pronounce it. */
export function dataText(text: string, lang: string | null = null, tag: 'span' | 'p' = 'span', className = ''): HTMLElement {
  return h(tag, { translate: 'no', lang, class: className || null }, text);
}

/** Triggers a browser download of `blob` as `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Runs `work` once the browser is idle (within `timeoutMs`); calls made before it ran are merged into one.
 * Used for panels that can follow the graph a moment later, so a year step paints the graph first. */
export function idleOnce(work: () => void, timeoutMs = 300): () => void {
  let pending = false;
  const run = () => {
    pending = false;
    work();
  };
  return () => {
    if (pending) return;
    pending = true;
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: timeoutMs });
    else window.setTimeout(run, 0);
  };
}

/** Runs `work` once when the browser is idle (at the latest after `timeoutMs`). */
export function whenIdle(work: () => void, timeoutMs = 1_000): void {
  idleOnce(work, timeoutMs)();
}

/** Resolves once the next frame has been painted: in a task queued from that frame's animation callbacks, which runs
 * after the frame's paint (a second animation frame would also wait for whatever the next frame draws). */
export function afterNextPaint(): Promise<void> {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    }),
  );
}
