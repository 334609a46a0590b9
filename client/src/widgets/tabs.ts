// The side panel's tabs (WAI-ARIA tabs pattern): the open tab lives in the store, so links keep it. ←/→ move
// between tabs only when the tab list was reached by keyboard; after a click they step the time bar (playback.ts).
import type { Deps } from '../context';
import { TABS, type Tab } from '../lib/view-state';

/** Wires the tab buttons ([role=tab][data-tab]) and panels ([role=tabpanel][data-tab]) inside `element`. */
export function setUpTabs(element: HTMLElement, deps: Pick<Deps, 'store'>): void {
  const { store } = deps;
  const tabs = [...element.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  const panels = [...element.querySelectorAll<HTMLElement>('[role=tabpanel]')];
  const show = (tab: Tab) => {
    for (const button of tabs) {
      const selected = button.dataset.tab === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    for (const panel of panels) panel.hidden = panel.dataset.tab !== tab;
  };
  /** True while the focus in the tab list came from a pointer (cleared when the focus leaves the tabs). */
  let focusedByPointer = false;
  const isTab = (target: EventTarget | null) => tabs.some((tab) => tab === target);
  for (const button of tabs) {
    button.addEventListener('pointerdown', () => (focusedByPointer = true));
    button.addEventListener('focusout', (event) => {
      if (!isTab(event.relatedTarget)) focusedByPointer = false;
    });
    button.addEventListener('click', () => store.update({ tab: button.dataset.tab as Tab }));
    button.addEventListener('keydown', (event) => {
      if (focusedByPointer || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
      const index = TABS.indexOf(store.get().tab);
      const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
      store.update({ tab: next });
      tabs.find((t) => t.dataset.tab === next)?.focus();
      event.preventDefault();
      event.stopPropagation();
    });
  }
  store.subscribe((s, p) => {
    if (s.tab !== p.tab) show(s.tab);
  });
  show(store.get().tab);
}
