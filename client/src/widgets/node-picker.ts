// A search box over /api/nodes?q= (English, Chinese or alias) with a keyboard-navigable list of matches.
// Used by the header search and the path finder.
import type { Api } from '../api';
import { h, replaceChildren } from '../dom';
import { kindText, msg, namesMode, t, type Msg } from '../i18n';
import { labelIn } from '../lib/labels';
import { errorMessage } from './problem';
import type { SearchHit } from '../types';

export interface NodePicker {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The picked node id, or null. */
  value(): string | null;
  set(id: string | null, label?: string): void;
}

let pickerCount = 0;

/** Creates a node picker; `onPick` runs when the user chooses a match. */
export function createNodePicker(api: Api, label: Msg, onPick: (hit: SearchHit) => void): NodePicker {
  const id = `picker-${++pickerCount}`;
  const input = h('input', {
    type: 'search',
    id,
    placeholder: msg('picker.placeholder'),
    autocomplete: 'off',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    'aria-label': label,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'picker-list', hidden: true });
  const message = h('p', { class: 'picker-message', 'aria-live': 'polite' });
  let hits: SearchHit[] = [];
  let active = -1;
  let picked: string | null = null;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (hit: SearchHit) => {
    picked = hit.id;
    input.value = labelIn(hit.name, hit.nameZh, namesMode());
    close();
    onPick(hit);
  };
  const paint = () => {
    replaceChildren(
      list,
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            role: 'option',
            id: `${id}-opt-${i}`,
            'aria-selected': String(i === active),
            class: i === active ? 'active' : '',
            onmousedown: (e: Event) => {
              e.preventDefault();
              choose(hit);
            },
          },
          h('span', {}, labelIn(hit.name, hit.nameZh, namesMode())),
          h('span', { class: 'muted' }, ` ${kindText(hit.kind)}${hit.matched === 'alias' ? ` · ${t('picker.alias')}` : ''}`),
        ),
      ),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const lookUp = async () => {
    const q = input.value.trim();
    picked = null;
    const mine = ++seq;
    if (!q) {
      hits = [];
      message.textContent = '';
      paint();
      return;
    }
    try {
      const answer = await api.search(q);
      if (mine !== seq) return;
      hits = answer.results;
      active = hits.length ? 0 : -1;
      message.textContent = hits.length ? '' : t('picker.none', { query: q });
    } catch (error) {
      hits = [];
      message.textContent = `${t('picker.failed')} ${errorMessage(error)}`;
    }
    paint();
  };
  let debounce = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(lookUp, 150);
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      paint();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const hit = hits[Math.max(0, active)];
      if (hit) choose(hit);
      event.preventDefault();
    } else if (event.key === 'Escape') close();
  });
  const element = h('div', { class: 'picker' }, input, list, message);
  return {
    element,
    input,
    value: () => picked,
    set: (nodeId, text) => {
      picked = nodeId;
      input.value = text ?? '';
    },
  };
}
