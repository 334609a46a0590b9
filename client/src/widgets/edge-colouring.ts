// The legend's "Colour relationships by" choice: type (the default) or a numeric or boolean property the data's
// relationships carry, with the scale drawn under it (diverging with its min and max, or two colours). The choice is
// kept for the session only, not in the link.
import type { Deps } from '../context';
import { h, replaceChildren } from '../dom';
import { msg, type Msg } from '../i18n';
import { colourableProperties, SCALE_COLORS, type PropertyScale } from '../graph/edge-colors';

/** Small whole numbers read the same in every locale; the first toLocaleString call of a page costs ~20 ms. */
const number = (value: number) => (Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : value.toLocaleString());

/** The control, or null when no relationship property can colour. */
export function edgeColouringControl(deps: Pick<Deps, 'data' | 'graph'>): HTMLElement | null {
  const scales = colourableProperties(deps.data.timeline.edges.map((e) => e.props));
  if (!scales.length) return null;
  const scaleBox = h('div', { class: 'edge-scale', id: 'edge-scale' });
  const select = h(
    'select',
    { id: 'edge-colour-by', 'aria-label': msg('legend.colourBy') },
    h('option', { value: '' }, msg('legend.colourByType')),
    ...scales.map((s) => h('option', { value: s.key }, s.kind === 'boolean' ? s.key : `${s.key} (${number(s.min)} … ${number(s.max)})`)),
  );
  select.addEventListener('change', () => {
    const scale = scales.find((s) => s.key === select.value) ?? null;
    deps.graph.colourEdgesBy(scale);
    replaceChildren(scaleBox, ...(scale ? scaleLegend(scale) : []));
  });
  return h(
    'div',
    { class: 'legend-group edge-colouring' },
    h('label', { for: 'edge-colour-by' }, msg('legend.colourBy')),
    select,
    scaleBox,
  );
}

/** The scale drawn under the choice: a gradient with its ends, or the two colours of a boolean; plus "no value". */
function scaleLegend(scale: PropertyScale): HTMLElement[] {
  const swatch = (color: string, label: Msg) =>
    h('span', { class: 'edge-scale-item' }, h('span', { class: 'dot', style: `background:${color}`, 'aria-hidden': 'true' }), label);
  const missing = swatch(SCALE_COLORS.missing, msg('legend.noValue'));
  if (scale.kind === 'boolean')
    return [
      h(
        'div',
        { class: 'edge-scale-items' },
        swatch(SCALE_COLORS.yes, msg('value.true')),
        swatch(SCALE_COLORS.no, msg('value.false')),
        missing,
      ),
    ];
  const stops =
    scale.kind === 'diverging'
      ? `${SCALE_COLORS.negative}, ${SCALE_COLORS.middle} ${(100 * -scale.min) / (scale.max - scale.min)}%, ${SCALE_COLORS.positive}`
      : `${SCALE_COLORS.low}, ${SCALE_COLORS.high}`;
  return [
    h('div', { class: 'edge-scale-bar', style: `background: linear-gradient(to right, ${stops})`, 'aria-hidden': 'true' }),
    h(
      'div',
      { class: 'edge-scale-ends' },
      h('span', { 'data-end': 'min' }, number(scale.min)),
      scale.kind === 'diverging' ? h('span', {}, '0') : h('span', {}),
      h('span', { 'data-end': 'max' }, number(scale.max)),
    ),
    h('div', { class: 'edge-scale-items' }, missing),
  ];
}
