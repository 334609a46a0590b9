// Play/pause, speed and loop for the replay, and the keyboard: ←/→ step by the current unit (Shift: by the next finer
// unit offered, which it switches to), Space plays or pauses, whatever has the focus — except text fields and the Cypher editor (all keys), and the date slider (its arrows).
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { msg, t } from '../i18n';
import { snapDate } from '../lib/dates';
import { convertLength, shiftDate, TIME_UNITS, type TimeUnit } from '../lib/time-unit';

const SPEEDS = [
  { label: '0.5×', ms: 2000 },
  { label: '1×', ms: 1000 },
  { label: '2×', ms: 500 },
  { label: '4×', ms: 250 },
  { label: '8×', ms: 125 },
];

/** Input types that take typed text (and so ←/→ and Space) themselves. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'month', 'week', 'time']);

/** True when the focused element keeps `key` for itself. Text fields and the Cypher editor keep every key; the date
 * slider keeps its arrows (they move the same date). Buttons, checkboxes, selects and the rest leave ←/→ and Space to
 * the page: a select then still changes with ↑/↓, and a button or checkbox is not also clicked by Space. */
function keepsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target.closest('.cm-editor') !== null) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return TEXT_INPUT_TYPES.has(target.type) || (target.type === 'range' && key !== ' ');
}

/** Builds the playback controls in `element` and the global keyboard shortcuts. */
export function setUpPlayback(element: HTMLElement, deps: Deps): void {
  const { store, data } = deps;
  const profile = data.time();
  const firstFor = (unit: TimeUnit) => snapDate(profile.first, unit);
  const lastFor = (unit: TimeUnit) => snapDate(profile.last, unit);
  let timer: number | null = null;

  const playButton = h('button', { type: 'button', class: 'btn btn-primary tl-play', id: 'play', 'aria-pressed': 'false' });
  const speed = h(
    'select',
    { 'aria-label': msg('playback.speed'), id: 'speed' },
    ...SPEEDS.map((s, i) => h('option', { value: String(s.ms), selected: i === 1 }, s.label)),
  );
  const loop = h('input', { type: 'checkbox', id: 'loop' });
  const stepBack = h(
    'button',
    { type: 'button', class: 'btn', 'aria-label': msg('playback.previous'), title: msg('playback.previousKey') },
    '◀',
  );
  const stepForward = h(
    'button',
    { type: 'button', class: 'btn', 'aria-label': msg('playback.next'), title: msg('playback.nextKey') },
    '▶',
  );

  const current = () => store.get().at ?? lastFor(store.get().precision);
  /** The next finer unit offered (the finest stays itself). */
  const finer = (unit: TimeUnit) => profile.units.find((u) => TIME_UNITS.indexOf(u) > TIME_UNITS.indexOf(unit)) ?? unit;
  /** Moves the date by `count` steps of `unit` (the current one by default), switching the slider to that unit. */
  const step = (count: number, unit: TimeUnit = store.get().precision) => {
    const next = shiftDate(snapDate(current(), unit), unit, count);
    if (next < firstFor(unit) || next > lastFor(unit)) return false;
    const { precision, windowYears } = store.get();
    store.update({
      at: next,
      precision: unit,
      windowYears: unit === precision ? windowYears : convertLength(windowYears, precision, unit),
    });
    return true;
  };
  const tick = () => {
    if (step(1)) return;
    if (loop.checked) store.update({ at: firstFor(store.get().precision) });
    else pause();
  };
  const paint = () => {
    const playing = timer !== null;
    playButton.textContent = t(playing ? 'playback.pause' : 'playback.play');
    playButton.setAttribute('aria-pressed', String(playing));
    document.body.classList.toggle('playing', playing);
  };
  const play = () => {
    if (timer !== null) return;
    if (current() >= lastFor(store.get().precision)) store.update({ at: firstFor(store.get().precision) });
    timer = window.setInterval(tick, Number(speed.value));
    paint();
  };
  function pause() {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    paint();
  }

  playButton.addEventListener('click', () => (timer === null ? play() : pause()));
  speed.addEventListener('change', () => {
    if (timer !== null) {
      pause();
      play();
    }
  });
  stepBack.addEventListener('click', () => step(-1));
  stepForward.addEventListener('click', () => step(1));
  deps.stopPlayback.on(pause);
  let spaceTaken = false;
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || keepsKey(event.target, event.key)) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const unit = store.get().precision;
      step(event.key === 'ArrowLeft' ? -1 : 1, event.shiftKey ? finer(unit) : unit);
      event.preventDefault();
    } else if (event.key === ' ') {
      if (!event.repeat) (timer === null ? play : pause)();
      spaceTaken = true;
      event.preventDefault();
    }
  });
  // Browsers that click a focused button on Space's keyup, even when its keydown was taken.
  document.addEventListener('keyup', (event) => {
    if (event.key !== ' ' || !spaceTaken) return;
    spaceTaken = false;
    event.preventDefault();
  });

  replaceChildren(element, stepBack, playButton, stepForward, speed, h('label', { class: 'tl-loop' }, loop, msg('playback.loop')));
  paint();
  store.subscribe((s, p) => {
    if (s.lang !== p.lang) paint();
  });
}
