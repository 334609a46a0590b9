// The change log's digest, before any list (issue 22): counts by relationship type and by group, the nodes that became
// most active, groups connected for the first time and the largest new hubs (lib/change-digest.ts). Names are the
// data's own (translate="no"); a node's name selects it and opens Details.
import type { Deps } from '../context';
import { dataText, h } from '../dom';
import { countText, currentLang, dateText, msg, t, type MessageKey } from '../i18n';
import type { Digest } from '../lib/change-digest';
import { labelIn } from '../lib/labels';
import type { GroupInfo } from '../../../contract/presentation';

type DigestDeps = Pick<Deps, 'store' | 'data' | 'graph'>;

/** One part of the digest: a heading and its lines, or nothing when it has none. */
function part(id: string, heading: MessageKey, lines: HTMLElement[]): HTMLElement | null {
  if (!lines.length) return null;
  return h('div', { class: 'digest-part', 'data-part': id }, h('h3', {}, t(heading)), h('ul', {}, ...lines));
}

/** The digest's element for `digest`; `groups` names and colours the groups. */
export function digestElement(digest: Digest, groups: ReadonlyMap<string, GroupInfo>, deps: DigestDeps): HTMLElement {
  const { store, data, graph } = deps;
  // A network shown one server view at a time holds only this period: what needs the periods before is left out.
  const history = !data.viewByView;
  const nodeButton = (id: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'link digest-node',
        'data-node': id,
        onclick: () => {
          graph.focus([id]);
          store.update({ selection: id, tab: 'details' });
        },
      },
      dataText(data.nodeLabel(id)),
    );
  const group = (id: string) => {
    const info = groups.get(id);
    return h(
      'span',
      { class: 'digest-group' },
      h('span', { class: 'dot', style: `background:${info?.color ?? '#adb5bd'}`, 'aria-hidden': 'true' }),
      dataText(info ? labelIn(info.label, info.labelZh, currentLang()) : id),
    );
  };
  return h(
    'section',
    { class: 'change-digest', id: 'change-digest', 'aria-label': t('digest.title') },
    part(
      'types',
      'digest.byType',
      digest.byType.map((x) =>
        h(
          'li',
          {},
          dataText(data.typeLabel(x.type)),
          ' ',
          t('digest.typeCounts', { began: countText(x.began), ended: countText(x.ended) }),
        ),
      ),
    ),
    part(
      'groups',
      'digest.byGroup',
      digest.byGroup.map((x) => h('li', {}, group(x.group), ' ', t('digest.changes', { n: countText(x.changes) }))),
    ),
    history &&
      part(
        'active',
        'digest.mostActive',
        digest.mostActive.map((x) =>
          h('li', {}, nodeButton(x.node), ' ', t('digest.rise', { now: countText(x.now), before: countText(x.before) })),
        ),
      ),
    history &&
      part(
        'first-links',
        'digest.firstLinks',
        digest.firstLinks.map((x) => h('li', {}, group(x.a), ' ↔ ', group(x.b), ' ', t('digest.firstOn', { date: dateText(x.date) }))),
      ),
    history &&
      part(
        'hubs',
        'digest.newHubs',
        digest.newHubs.map((x) => h('li', {}, nodeButton(x.node), ' ', t('digest.changes', { n: countText(x.changes) }))),
      ),
    !history && h('p', { class: 'muted' }, msg('views.digestPeriodOnly')),
  );
}
