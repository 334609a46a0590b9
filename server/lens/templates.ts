// The lens query templates (cypher/lens/*.cypher) and their tiny renderer. A template is a named query whose header also
// declares `@placeholder name kind`; `{{name}}` in its text becomes a quoted identifier from the schema (identifiers.ts),
// never request text. Kinds: label, labels (A|B), type, and `property <variable>` (`n.\`key\``, or null when unbound).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseQueryFile, type NamedQuery } from '../db/query-registry.js';
import { LensTemplateError, quoteIdentifier, type SchemaNames } from './identifiers.js';

const TEMPLATE_DIR = resolve(import.meta.dirname, '..', '..', 'cypher', 'lens');
const PLACEHOLDER_USE = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

type PlaceholderKind = { kind: 'label' | 'labels' | 'type' } | { kind: 'property'; variable: string };

export interface LensTemplate extends NamedQuery {
  placeholders: Map<string, PlaceholderKind>;
}

/** What a template's placeholders are bound to: a name, a list of labels, or (for `property`) a key or null. */
export type Bindings = Record<string, string | readonly string[] | null>;

/** Parses a template file: a named query (query-registry.ts) whose header may declare placeholders, each used. */
export function parseTemplate(file: string, source: string): LensTemplate {
  const query = parseQueryFile(file, source);
  const placeholders = new Map<string, PlaceholderKind>();
  for (const line of source.split('\n').filter((l) => l.startsWith('// @placeholder '))) {
    const [, , name, kind, variable] = line.split(/\s+/);
    if (!name || !kind) throw new LensTemplateError(`${file}: malformed @placeholder line "${line}"`);
    if (kind === 'property' && variable && VARIABLE.test(variable)) placeholders.set(name, { kind, variable });
    else if (kind === 'label' || kind === 'labels' || kind === 'type') placeholders.set(name, { kind });
    else throw new LensTemplateError(`${file}: unknown placeholder kind in "${line}"`);
  }
  const used = new Set([...query.text.matchAll(PLACEHOLDER_USE)].map((m) => m[1]!));
  for (const name of used) if (!placeholders.has(name)) throw new LensTemplateError(`${file}: {{${name}}} is used but has no @placeholder`);
  for (const name of placeholders.keys()) if (!used.has(name)) throw new LensTemplateError(`${file}: @placeholder ${name} is never used`);
  return { ...query, placeholders };
}

/** Every template in cypher/lens, by name, read once. */
let loaded: Map<string, LensTemplate> | undefined;
function templates(): Map<string, LensTemplate> {
  loaded ??= new Map(
    readdirSync(TEMPLATE_DIR)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => parseTemplate(f, readFileSync(join(TEMPLATE_DIR, f), 'utf8')))
      .map((t) => [t.name, t]),
  );
  return loaded;
}

/** The template called `name`; throws when there is none. */
export function lensTemplate(name: string): LensTemplate {
  const template = templates().get(name);
  if (!template) throw new LensTemplateError(`unknown lens template ${name}`);
  return template;
}

function renderOne(name: string, kind: PlaceholderKind, value: Bindings[string] | undefined, schema: SchemaNames): string {
  const one = (v: unknown) => {
    if (typeof v !== 'string') throw new LensTemplateError(`{{${name}}} needs one name`);
    return v;
  };
  switch (kind.kind) {
    case 'label':
      return quoteIdentifier(one(value), 'label', schema);
    case 'type':
      return quoteIdentifier(one(value), 'type', schema);
    case 'labels':
      if (!Array.isArray(value) || !value.length) throw new LensTemplateError(`{{${name}}} needs at least one label`);
      return value.map((label: string) => quoteIdentifier(label, 'label', schema)).join('|');
    case 'property':
      return value === null ? 'null' : `${kind.variable}.${quoteIdentifier(one(value), 'key', schema)}`;
  }
}

/** The template's text with every placeholder replaced; throws on a missing or extra binding or a name not in `schema`. */
export function renderTemplate(template: LensTemplate, bindings: Bindings, schema: SchemaNames): string {
  for (const name of Object.keys(bindings))
    if (!template.placeholders.has(name)) throw new LensTemplateError(`${template.name}: no placeholder {{${name}}}`);
  const rendered = new Map<string, string>();
  for (const [name, kind] of template.placeholders) {
    if (!(name in bindings)) throw new LensTemplateError(`${template.name}: placeholder {{${name}}} was not bound`);
    rendered.set(name, renderOne(name, kind, bindings[name], schema));
  }
  return template.text.replace(PLACEHOLDER_USE, (_, name: string) => rendered.get(name)!);
}
