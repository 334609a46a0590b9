// The interface language: t(key, params) over the typed catalogues (en.ts, zh.ts), the current language, and live
// text — msg() values that h() turns into text nodes and attributes which follow every language change.
import { formatDate } from '../lib/dates';
import { valueText } from '../lib/labels';
import type { Lang } from '../lib/view-state';
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type { MessageKey } from './en';
export type Params = Record<string, string | number>;

const CATALOGUES = { en, zh } as const;
/** The `<html lang>` of each interface language. */
const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };
/** Where the chosen language is kept between visits. */
const LANG_STORAGE_KEY = 'hulian.lang';

let current: Lang = 'en';

/** The interface language now. */
export const currentLang = (): Lang => current;

/** How data names are shown in panels: Chinese names in Chinese, "Taobao 淘宝" in English (as the graph did before). */
export const namesMode = (): 'zh' | 'both' => (current === 'zh' ? 'zh' : 'both');

/** Each interface language's plural rules, made on first use (t() runs for every text the page writes). */
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The number a parameter holds, as given or as a formatted text ("1,234"). */
const countOf = (value: string | number) => (typeof value === 'number' ? value : Number(value.replace(/[^\d.-]/g, '')));

/** The text of `key` in the current language, with "{name}" replaced by `params.name` and "{name|one|other}" by the
 * form the language's plural rules pick for the number in `params.name` ("{n} {n|change|changes}"). */
export function t(key: MessageKey, params?: Params): string {
  const text: string = CATALOGUES[current][key];
  if (!params) return text;
  if (!text.includes('|')) return fill(text, params);
  const plural = (pluralRules[current] ??= new Intl.PluralRules(HTML_LANG[current]));
  const forms = text.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) =>
    name in params ? (plural.select(countOf(params[name]!)) === 'one' ? one : other) : whole,
  );
  return fill(forms, params);
}

/** `text` with each "{name}" replaced by `params.name` (unknown names stay visible). */
const fill = (text: string, params: Params) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** A message to show later in whatever language is current then (h() keeps it up to date). */
export class Msg {
  constructor(
    readonly key: MessageKey,
    readonly params?: Params,
  ) {}
  toString(): string {
    return t(this.key, this.params);
  }
}

/** A live message for h(): `h('button', { title: msg('toolbar.fit') }, msg('toolbar.fit'))`. */
export const msg = (key: MessageKey, params?: Params) => new Msg(key, params);

/** True when `key` is a catalogue key (for keys built from data, e.g. `kind.${kind}`). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** A node kind ("Platform") in the interface language; a kind the catalogue lacks as it is. */
export const kindText = (kind: string) => {
  const key = `kind.${kind}`;
  return isMessageKey(key) ? t(key) : kind;
};

/** A count in the current language's digits and grouping: "12,345". */
export const countText = (value: number) => valueText(value, current);

/** A date in the current language at its known precision: "2021-09" or "2021年9月". */
export const dateText = (date: string, precision: 'year' | 'month' | 'day' | null = 'day') => formatDate(date, precision, current);

interface LiveEntry {
  target: WeakRef<Node>;
  apply(node: Node): void;
}
let live: LiveEntry[] = [];
/** Panels re-rendered during a replay make live texts by the thousand; past this many entries the collected ones go. */
let pruneAbove = 2000;

function keepLive(entry: LiveEntry): void {
  live.push(entry);
  if (live.length <= pruneAbove) return;
  live = live.filter((e) => e.target.deref() !== undefined);
  pruneAbove = Math.max(2000, live.length * 2);
}

/** A text node showing `message`, kept in the current language. */
export function liveText(message: Msg): Text {
  const node = document.createTextNode(String(message));
  keepLive({
    target: new WeakRef(node),
    apply: (n) => {
      n.textContent = String(message);
    },
  });
  return node;
}

/** Sets attribute `name` of `element` to `message`, kept in the current language. */
export function liveAttribute(element: Element, name: string, message: Msg): void {
  element.setAttribute(name, String(message));
  keepLive({ target: new WeakRef(element), apply: (n) => (n as Element).setAttribute(name, String(message)) });
}

/** Switches the interface language: live texts, `<html lang>`, the page title and the stored choice follow. */
export function setLanguage(lang: Lang): void {
  current = lang;
  document.documentElement.lang = HTML_LANG[lang];
  document.title = t('page.title');
  live = live.filter((entry) => {
    const node = entry.target.deref();
    if (node) entry.apply(node);
    return node !== undefined;
  });
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    /* storage disabled: the URL still carries it */
  }
}

/** The language chosen on an earlier visit, or null. */
export function storedLanguage(): Lang | null {
  try {
    const value = localStorage.getItem(LANG_STORAGE_KEY);
    return value === 'en' || value === 'zh' ? value : null;
  } catch {
    return null;
  }
}

/** Translates the page's static markup: `data-i18n="key"` replaces the text, `data-i18n-attrs="aria-label:key title:key"`
 * sets attributes; both stay live. */
export function translateStaticMarkup(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((element) => {
    const key = element.dataset.i18n!;
    if (isMessageKey(key)) element.replaceChildren(liveText(msg(key)));
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-attrs]').forEach((element) => {
    for (const pair of element.dataset.i18nAttrs!.split(/\s+/).filter(Boolean)) {
      const [name, key] = pair.split(':');
      if (name && key && isMessageKey(key)) liveAttribute(element, name, msg(key));
    }
  });
}
