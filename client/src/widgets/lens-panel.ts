// On a Neo4j Hulian did not make: a small folded panel over the graph saying it is read-only through a lens, what the
// lens shows, the choices discovery made alone (with the alternatives) and the CREATE INDEX statements it suggests.
import type { Api } from '../api';
import { h } from '../dom';
import { msg } from '../i18n';

type Ready = Awaited<ReturnType<Api['ready']>>;

const ABOUT = { start: 'lens.about.start', end: 'lens.about.end', caption: 'lens.about.caption', group: 'lens.about.group' } as const;

/** The panel's content for a foreign database's /api/ready answer. */
function lensPanel(ready: Ready): HTMLElement {
  const { lens } = ready;
  const choices = lens.choices.map((choice) =>
    h(
      'li',
      {},
      msg(ABOUT[choice.about]),
      ` · ${choice.subject}: ${choice.chosen ?? '—'} `,
      msg('lens.alternatives', { options: choice.options.join(', ') || '—' }),
    ),
  );
  const indexes = lens.suggestedIndexes.map((statement) => h('li', {}, h('code', {}, statement)));
  return h(
    'details',
    { class: 'lens-panel', id: 'lens-panel' },
    h('summary', {}, msg('lens.title', { database: ready.database })),
    h('p', {}, msg(lens.source === 'file' ? 'lens.fromFile' : 'lens.discovered', { file: lens.file ?? '' })),
    h('p', {}, msg('lens.shows', { types: lens.relationshipTypes.join(', ') || '—', labels: lens.labels.join(', ') || '—' })),
    ...(choices.length ? [h('p', {}, msg('lens.choices')), h('ul', {}, ...choices)] : []),
    ...(indexes.length ? [h('p', {}, msg('lens.indexes')), h('ul', {}, ...indexes)] : []),
    h('p', { class: 'lens-change' }, msg('lens.change', { variable: 'HULIAN_LENS', doc: 'docs/own-neo4j.md' })),
  );
}

/** Adds the panel to `graphArea` when /api/ready says the database is foreign; nothing on Hulian's own. */
export async function setUpLensPanel(graphArea: HTMLElement, deps: { api: Pick<Api, 'ready'> }): Promise<void> {
  const ready = await deps.api.ready().catch(() => null);
  if (ready?.mode === 'foreign') graphArea.append(lensPanel(ready));
}
