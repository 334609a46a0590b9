// Draws a console result cell (lib/result-cells.ts): chips that show caption and label and open to their properties,
// paths as chips joined by arrows, lists of chips, and text.
import { h } from '../dom';
import { currentLang, msg } from '../i18n';
import { describeCell, type Cell, type Chip, type ChipLookup } from '../lib/result-cells';

/** A chip as a disclosure: caption and label always shown, the property list on demand. */
function chipElement(chip: Chip): HTMLElement {
  return h(
    'details',
    { class: `chip chip-${chip.kind}` },
    h(
      'summary',
      { title: msg('chip.properties', { caption: chip.caption }) },
      h('span', { class: 'chip-caption' }, chip.caption),
      h('span', { class: 'chip-kind' }, chip.label),
    ),
    chip.properties.length
      ? h('dl', { class: 'chip-props' }, ...chip.properties.flatMap(([key, text]) => [h('dt', {}, key), h('dd', {}, text)]))
      : h('p', { class: 'chip-props muted' }, msg('chip.noProperties')),
  );
}

const arrow = (forward: boolean) => h('span', { class: 'chip-arrow', 'aria-hidden': 'true' }, forward ? '→' : '←');

function cellElement(cell: Cell): Node | string {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'node':
    case 'relationship':
      return chipElement(cell);
    case 'path':
      return h(
        'span',
        { class: 'chip-path', role: 'group', 'aria-label': msg('chip.path', { n: cell.steps.length }) },
        chipElement(cell.start),
        ...cell.steps.flatMap((step) => [arrow(step.forward), chipElement(step.relationship), arrow(step.forward), chipElement(step.node)]),
      );
    case 'list':
      return h('span', { class: 'chip-list' }, ...cell.items.map(cellElement));
  }
}

/** The content of one result cell in the interface language. */
export function cellContent(value: unknown, lookup: ChipLookup | null): Node | string {
  return cellElement(describeCell(value, lookup, currentLang()));
}
