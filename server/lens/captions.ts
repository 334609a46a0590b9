// Node captions on a foreign database, decided from the data: a name-like text key first, then an id-like key whose values
// are unique per node; with nothing usable the label and a short number ("Person 145"). Never an element id.
import type { LensChoice } from '../../contract/lens.js';

/** Name-like caption keys, best first (compared without case, "_", "-" or spaces). */
const NAME_KEYS = [
  'name',
  'title',
  'label',
  'caption',
  'displayname',
  'fullname',
  'username',
  'screenname',
  'nickname',
  'login',
  'handle',
  'email',
];

const squash = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

/** The rank of a name-like key (lower is better), or -1. */
const nameRank = (key: string) => NAME_KEYS.indexOf(squash(key));

/** Id-like keys: id, uid, uuid, code, key, ref, anything ending in "_id" or "Id", and short keys ending in "id" (nid, userid). */
export function isIdLike(key: string): boolean {
  const plain = squash(key);
  if (['id', 'uid', 'uuid', 'guid', 'code', 'key', 'ref', 'identifier'].includes(plain)) return true;
  return /(_|-|\s)id$/i.test(key) || /[a-z0-9]Id$/.test(key) || (plain.endsWith('id') && plain.length <= 8);
}

/** The best name-like key among `textKeys`, or null. */
export function nameLikeKey(textKeys: readonly string[]): string | null {
  const named = textKeys.filter((key) => nameRank(key) >= 0).sort((a, b) => nameRank(a) - nameRank(b) || a.localeCompare(b));
  return named[0] ?? null;
}

/** Which keys a label offers for its caption: text keys, integer keys, and which id-like keys hold unique values
 * (sampled; when `unique` is left out every id-like text key counts as unique). */
export interface CaptionKeys {
  integerKeys?: readonly string[];
  unique?: ReadonlySet<string>;
}

/** The caption key of one label: the best name-like text key; else the first id-like key (text or integer) whose values
 * are unique; else null (the label and a short number). A caption that is not name-like is recorded as a choice when
 * the label has other keys to offer. */
export function decideCaption(
  label: string,
  textKeys: readonly string[],
  { integerKeys = [], unique }: CaptionKeys = {},
): { caption: string | null; choices: LensChoice[] } {
  const named = nameLikeKey(textKeys);
  if (named) return { caption: named, choices: [] };
  const isUnique = (key: string) => (unique ? unique.has(key) : textKeys.includes(key));
  const ids = [...textKeys, ...integerKeys].filter((key) => isIdLike(key) && isUnique(key)).sort((a, b) => idRank(a) - idRank(b));
  const caption = ids[0] ?? null;
  const options = [...new Set([...textKeys, ...ids])].sort();
  const unsure = caption === null ? options.length > 0 : options.length > 1;
  return { caption, choices: unsure ? [{ about: 'caption', subject: label, chosen: caption, options }] : [] };
}

/** Plain "id" first, then the other id-like keys by length (a short key is more likely the node's own id). */
const idRank = (key: string) => (squash(key) === 'id' ? 0 : key.length);

/** A short, stable number for a node from its element id: Neo4j 5's "4:<uuid>:145" gives "145". */
export function shortNumber(elementId: string): string {
  const tail = elementId.slice(elementId.lastIndexOf(':') + 1);
  if (/^\d{1,12}$/.test(tail)) return tail;
  let hash = 2166136261;
  for (let i = 0; i < elementId.length; i++) hash = Math.imul(hash ^ elementId.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}

/** The caption a node is shown with: its caption value ("Ada"), a bare number as "Person 145", and with no value the
 * label and a short number from its element id. */
export function nodeCaption(label: string, value: unknown, elementId: string): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  if (!text) return `${label} ${shortNumber(elementId)}`;
  return /^-?\d+$/.test(text) ? `${label} ${text}` : text;
}
