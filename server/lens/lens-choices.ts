// The first-run choices (PUT /api/lens): discovery's lens with some of its open choices decided, or a whole lens, checked
// so that every label, type and key exists in the database's schema; a refusal names the request field at fault.
import type { Lens, LensChoice, SaveLensRequest, TimeProperty } from '../../contract/lens.js';
import type { Discovery } from './discover.js';
import type { SchemaNames } from './identifiers.js';

/** A request the schema or discovery's choices cannot satisfy; `field` is the request path at fault (e.g. `relationships.0.type`). */
export class LensRequestError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** How a start choice's option reads: "key", or "start → end" for a pair. */
const PAIR_ARROW = ' → ';

/** `lens` with one choice decided as `option` (an option discovery listed; the caller checked it). */
function applyChoice(lens: Lens, times: Record<string, TimeProperty[]>, choice: LensChoice, option: string): Lens {
  if (choice.about === 'caption') return { ...lens, captions: { ...lens.captions, [choice.subject]: option } };
  if (choice.about === 'group') return { ...lens, group: option === '(label)' ? { by: 'label' } : { by: 'property', key: option } };
  const [startKey, endKey] = option.split(PAIR_ARROW);
  const find = (key: string | undefined) => (key === undefined ? null : ((times[choice.subject] ?? []).find((t) => t.key === key) ?? null));
  const start = find(startKey);
  if (!start) return lens;
  const relationships = lens.relationships.map((r) => (r.type === choice.subject ? { ...r, start, end: find(endKey) } : r));
  return { ...lens, relationships };
}

/** Discovery's lens with the requested choices decided; each must be one discovery offered, with one of its options. */
function decideChoices(discovery: Discovery, requested: Extract<SaveLensRequest, { choices: unknown }>['choices']): Lens {
  if (!discovery.lens) throw new LensRequestError('choices', 'discovery found no time property, so there is no choice to make');
  let lens = discovery.lens;
  requested.forEach((wanted, i) => {
    const choice = discovery.choices.find((c) => c.about === wanted.about && c.subject === wanted.subject);
    if (!choice)
      throw new LensRequestError(
        `choices.${i}.subject`,
        `\`choices.${i}\`: no open ${wanted.about} choice about ${JSON.stringify(wanted.subject)}`,
      );
    if (!choice.options.includes(wanted.option)) {
      throw new LensRequestError(`choices.${i}.option`, `\`choices.${i}.option\` must be one of ${choice.options.join(', ')}`);
    }
    lens = applyChoice(lens, discovery.timeProperties, choice, wanted.option);
  });
  return lens;
}

/** The first name of `lens` the schema does not hold, as [request field, what], or null when every one exists. */
function firstUnknownName(lens: Lens, schema: SchemaNames): [string, string] | null {
  const checks: [string, string, ReadonlySet<string>, string][] = [
    ...lens.relationships.flatMap((r, i): [string, string, ReadonlySet<string>, string][] => [
      [`relationships.${i}.type`, r.type, schema.relationshipTypes, 'relationship type'],
      [`relationships.${i}.start.key`, r.start.key, schema.propertyKeys, 'property key'],
      ...(r.end
        ? [[`relationships.${i}.end.key`, r.end.key, schema.propertyKeys, 'property key'] as [string, string, ReadonlySet<string>, string]]
        : []),
    ]),
    ...lens.labels.map((label, i): [string, string, ReadonlySet<string>, string] => [`labels.${i}`, label, schema.labels, 'label']),
    ...Object.entries(lens.captions).flatMap(([label, key]): [string, string, ReadonlySet<string>, string][] =>
      key ? [[`captions.${label}`, key, schema.propertyKeys, 'property key']] : [],
    ),
    ...(lens.group.by === 'property'
      ? [['group.key', lens.group.key, schema.propertyKeys, 'property key'] as [string, string, ReadonlySet<string>, string]]
      : []),
  ];
  const bad = checks.find(([, name, set]) => !set.has(name));
  return bad ? [bad[0], `\`${bad[0]}\`: the database has no ${bad[3]} ${JSON.stringify(bad[1])}`] : null;
}

/** The lens a PUT /api/lens body asks for, checked against discovery's choices and the schema. */
export function requestedLens(request: SaveLensRequest, discovery: Discovery): Lens {
  const lens = 'choices' in request ? decideChoices(discovery, request.choices) : request;
  const unknown = firstUnknownName(lens, discovery.schema);
  if (unknown) throw new LensRequestError(...unknown);
  return lens;
}

/** Discovery's choices with `chosen` read from `lens` (so the page shows what the saved lens decided). */
export function choicesAsIn(lens: Lens, choices: readonly LensChoice[]): LensChoice[] {
  return choices.map((choice) => {
    if (choice.about === 'caption') return { ...choice, chosen: lens.captions[choice.subject] ?? null };
    if (choice.about === 'group') return { ...choice, chosen: lens.group.by === 'label' ? '(label)' : lens.group.key };
    const r = lens.relationships.find((rel) => rel.type === choice.subject);
    return { ...choice, chosen: r ? (r.end ? `${r.start.key}${PAIR_ARROW}${r.end.key}` : r.start.key) : null };
  });
}
