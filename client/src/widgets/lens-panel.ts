// On a Neo4j Hulian did not make: a small folded panel over the graph saying it is read-only through a lens, what the
// lens shows, the choices discovery made alone (each a select, saved on the server with PUT /api/lens, then the page
// reloads at the same URL) and the CREATE INDEX statements it suggests.
import type { Api } from '../api';
import { h } from '../dom';
import { msg } from '../i18n';

type Ready = Awaited<ReturnType<Api['ready']>>;
type Choice = Ready['lens']['choices'][number];
type Deps = { api: Pick<Api, 'ready' | 'saveLens'>; reload: () => void };

const ABOUT = { start: 'lens.about.start', end: 'lens.about.end', caption: 'lens.about.caption', group: 'lens.about.group' } as const;
const SOURCE = { file: 'lens.fromFile', saved: 'lens.saved', discovered: 'lens.discovered', 'built-in': 'lens.discovered' } as const;

/** One choice as a labelled select of its options, the chosen one selected. */
function choiceSelect(choice: Choice): HTMLLabelElement {
  const select = h(
    'select',
    { 'data-about': choice.about, 'data-subject': choice.subject },
    ...choice.options.map((option) => h('option', { value: option, selected: option === choice.chosen }, option)),
  );
  if (choice.chosen === null) select.prepend(h('option', { value: '', selected: true }, '—'));
  return h('label', { class: 'lens-choice' }, msg(ABOUT[choice.about]), ` · ${choice.subject} `, select);
}

/** The choices form: the selects and a Save button sending the decided ones; a refusal is shown under it. */
function choicesForm(choices: Choice[], deps: Deps): HTMLFormElement {
  const status = h('p', { class: 'lens-save-status', role: 'status' });
  const form = h(
    'form',
    { class: 'lens-choices' },
    ...choices.map((choice) => h('div', {}, choiceSelect(choice))),
    h('button', { type: 'submit', class: 'lens-save' }, msg('lens.save')),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const decided = [...form.querySelectorAll('select')]
      .filter((select) => select.value !== '')
      .map((select) => ({ about: select.dataset.about as Choice['about'], subject: select.dataset.subject!, option: select.value }));
    if (!decided.length) return;
    status.replaceChildren(h('span', {}, msg('lens.saving')));
    deps.api.saveLens({ choices: decided }).then(deps.reload, (error: unknown) => {
      status.replaceChildren(h('span', { class: 'lens-save-error' }, msg('lens.saveFailed', { reason: String(error) })));
    });
  });
  return form;
}

/** The panel's content for a foreign database's /api/ready answer. */
function lensPanel(ready: Ready, deps: Deps): HTMLElement {
  const { lens } = ready;
  const indexes = lens.suggestedIndexes.map((statement) => h('li', {}, h('code', {}, statement)));
  return h(
    'details',
    { class: 'lens-panel', id: 'lens-panel' },
    h('summary', {}, msg('lens.title', { database: ready.database })),
    h('p', {}, msg(SOURCE[lens.source], { file: lens.file ?? '' })),
    h('p', {}, msg('lens.shows', { types: lens.relationshipTypes.join(', ') || '—', labels: lens.labels.join(', ') || '—' })),
    ...(lens.choices.length ? [h('p', {}, msg('lens.choices')), choicesForm(lens.choices, deps)] : []),
    ...(indexes.length ? [h('p', {}, msg('lens.indexes')), h('ul', {}, ...indexes)] : []),
    h('p', { class: 'lens-change' }, msg('lens.change', { variable: 'HULIAN_LENS', doc: 'docs/own-neo4j.md' })),
  );
}

/** Adds the panel to `graphArea` when /api/ready says the database is foreign; nothing on Hulian's own. */
export async function setUpLensPanel(
  graphArea: HTMLElement,
  deps: { api: Pick<Api, 'ready' | 'saveLens'>; reload?: () => void },
): Promise<void> {
  const ready = await deps.api.ready().catch(() => null);
  if (ready?.mode === 'foreign') graphArea.append(lensPanel(ready, { api: deps.api, reload: deps.reload ?? (() => location.reload()) }));
}
