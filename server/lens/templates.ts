// The lens query templates (cypher/lens/*.cypher) and their renderer. A template is a named query whose header also
// declares `@placeholder name kind`; `{{name}}` becomes quoted identifiers from the schema (identifiers.ts), never request
// text. Kinds: label, labels (A|B), type, types (A|B), and with a variable v: `property v` (v.`key`, or null when
// unbound), `nodeId v` (v.`key`, or elementId(v)), `caption v`, `map v` (v {.`a`, .`b`}), `start v` and `end v` (the
// relationship's start or end day as a DATE, per type and storage form: day-forms.ts), `visible v` (true: the pending-
// import predicate on Hulian's own data, hulianImport; false: `true`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LensRelationship } from '../../contract/lens.js';
import { parseQueryFile, type NamedQuery } from '../db/query-registry.js';
import { dayExpression } from './day-forms.js';
import { LensTemplateError, quoteIdentifier, type SchemaNames } from './identifiers.js';

const TEMPLATE_DIR = resolve(import.meta.dirname, '..', '..', 'cypher', 'lens');
const PLACEHOLDER_USE = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

const PLAIN_KINDS = ['label', 'labels', 'type', 'types'] as const;
const VARIABLE_KINDS = ['property', 'nodeId', 'caption', 'map', 'start', 'end', 'visible'] as const;
type PlaceholderKind = { kind: (typeof PLAIN_KINDS)[number] } | { kind: (typeof VARIABLE_KINDS)[number]; variable: string };

export interface LensTemplate extends NamedQuery {
  placeholders: Map<string, PlaceholderKind>;
}

/** A `caption` binding: the shown labels in order and each one's caption key (null: none). */
interface CaptionBinding {
  labels: readonly string[];
  captions: Readonly<Record<string, string | null>>;
}

/** What a template's placeholders are bound to: a name, a list of names (labels, types, `map` keys), a key or null
 * (`property`, `nodeId`), the captions (`caption`), or the lens's relationships (`start`, `end`). */
export type Bindings = Record<string, string | readonly string[] | null | boolean | CaptionBinding | readonly LensRelationship[]>;

/** Parses a template file: a named query (query-registry.ts) whose header may declare placeholders, each used. */
export function parseTemplate(file: string, source: string): LensTemplate {
  const query = parseQueryFile(file, source);
  const placeholders = new Map<string, PlaceholderKind>();
  for (const line of source.split('\n').filter((l) => l.startsWith('// @placeholder '))) {
    const [, , name, kind, variable] = line.split(/\s+/);
    if (!name || !kind) throw new LensTemplateError(`${file}: malformed @placeholder line "${line}"`);
    const variableKind = VARIABLE_KINDS.find((k) => k === kind);
    const plainKind = PLAIN_KINDS.find((k) => k === kind);
    if (variableKind && variable && VARIABLE.test(variable)) placeholders.set(name, { kind: variableKind, variable });
    else if (plainKind) placeholders.set(name, { kind: plainKind });
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

/** Hides what a pending import wrote (docs/data.md, large files): visible unless marked by an import not yet complete. */
const pendingImportHidden = (x: string) =>
  `(${x}.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: ${x}.hulianImport}) WHERE pending.state = 'complete' })`;

/**
 * The start or end day of relationship `v` as a DATE: one expression per distinct (key, form), chosen by type when the
 * relationships differ (CASE WHEN v:A|B THEN … END); bare when they all agree, as on Hulian's own data. The caller's
 * pattern already restricts v to these types.
 */
function timeCase(v: string, relationships: readonly LensRelationship[], which: 'start' | 'end', schema: SchemaNames): string {
  const byTime = new Map<string, { types: string[]; expression: string }>();
  for (const r of relationships) {
    const named = which === 'start' ? r.start : r.end;
    // A key no relationship holds (the built-in lens's `until` before anything has ended) has no value: null.
    const time = named && schema.propertyKeys.has(named.key) ? named : null;
    const signature = time ? `${time.form}:${time.key}` : 'none';
    const expression = time ? dayExpression(`${v}.${quoteIdentifier(time.key, 'key', schema)}`, time.form) : 'null';
    const entry = byTime.get(signature) ?? { types: [], expression };
    entry.types.push(quoteIdentifier(r.type, 'type', schema));
    byTime.set(signature, entry);
  }
  const groups = [...byTime.values()];
  if (groups.length === 0) return 'null';
  if (groups.length === 1) return groups[0]!.expression;
  return `CASE ${groups.map((g) => `WHEN ${v}:${g.types.join('|')} THEN ${g.expression}`).join(' ')} END`;
}

const isRelationships = (value: unknown): value is readonly LensRelationship[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'type' in v && 'start' in v);

function renderOne(name: string, kind: PlaceholderKind, value: Bindings[string] | undefined, schema: SchemaNames): string {
  const one = (v: unknown) => {
    if (typeof v !== 'string') throw new LensTemplateError(`{{${name}}} needs one name`);
    return v;
  };
  const names = (v: unknown, min: number): string[] => {
    if (!Array.isArray(v) || v.length < min || !v.every((x) => typeof x === 'string'))
      throw new LensTemplateError(`{{${name}}} needs a list of at least ${min} name(s)`);
    return v as string[];
  };
  const key = (k: string) => quoteIdentifier(k, 'key', schema);
  switch (kind.kind) {
    case 'label':
      return quoteIdentifier(one(value), 'label', schema);
    case 'type':
      return quoteIdentifier(one(value), 'type', schema);
    case 'labels':
      return names(value, 1)
        .map((label) => quoteIdentifier(label, 'label', schema))
        .join('|');
    case 'types':
      return names(value, 1)
        .map((type) => quoteIdentifier(type, 'type', schema))
        .join('|');
    case 'property':
      // A key the database does not hold has no value anywhere: null, rather than a name outside the schema.
      return value === null || (typeof value === 'string' && !schema.propertyKeys.has(value))
        ? 'null'
        : `${kind.variable}.${key(one(value))}`;
    case 'nodeId':
      return value === null ? `elementId(${kind.variable})` : `${kind.variable}.${key(one(value))}`;
    case 'map': {
      const keys = names(value, 0);
      return keys.length ? `${kind.variable} {${keys.map((k) => `.${key(k)}`).join(', ')}}` : '{}';
    }
    case 'caption': {
      const binding = value as CaptionBinding | null;
      if (!binding || !Array.isArray(binding.labels)) throw new LensTemplateError(`{{${name}}} needs the labels and their captions`);
      const arms = binding.labels.flatMap((label) => {
        const captionKey = binding.captions[label];
        return captionKey
          ? [`WHEN ${kind.variable}:${quoteIdentifier(label, 'label', schema)} THEN ${kind.variable}.${key(captionKey)}`]
          : [];
      });
      return arms.length ? `CASE ${arms.join(' ')} END` : 'null';
    }
    case 'visible':
      if (typeof value !== 'boolean') throw new LensTemplateError(`{{${name}}} needs true (Hulian's own data) or false`);
      return value ? pendingImportHidden(kind.variable) : 'true';
    case 'start':
    case 'end': {
      if (!isRelationships(value)) throw new LensTemplateError(`{{${name}}} needs the lens's relationships`);
      return timeCase(kind.variable, value, kind.kind, schema);
    }
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
