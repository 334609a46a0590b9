// The catalog of sample questions: one file per question in cypher/catalog/, in the same header format as the
// named queries plus `@titleZh`, a default after each `@param name type`, and what the question needs in the data
// (`@requires-node <id>…`, `@requires-type <TYPE>…`). Templates for questions built from any data's schema live in
// cypher/catalog/generated/, each saying how it is generated (`@generate once|per-type|hub-pair`), their
// `{placeholders}` filled by catalog-for-data.ts. Loaded once and validated.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseQueryFile, QueryRegistryError } from '../db/query-registry.js';

const CATALOG_DIR = resolve(import.meta.dirname, '..', '..', 'cypher', 'catalog');
/** The templates of the questions generated from the data's own schema. */
const TEMPLATE_DIR = join(CATALOG_DIR, 'generated');

type CatalogParamType = 'date' | 'string' | 'integer';
export interface CatalogQuery {
  id: string;
  title: string;
  titleZh: string;
  cypher: string;
  params: { name: string; type: CatalogParamType; default: string | number }[];
}

/** How a template becomes questions: once for the data, once per busiest relationship type, or once for the two
 * best-connected entities. */
const GENERATE_MODES = ['once', 'per-type', 'hub-pair'] as const;
type GenerateMode = (typeof GENERATE_MODES)[number];

/** A catalog file with what it needs in the data (entity ids and relationship types that must exist) and, for a
 * template, how it is generated. */
export interface CatalogEntry {
  query: CatalogQuery;
  requires: { nodeIds: string[]; types: string[] };
  generate: GenerateMode | null;
}

/** A default written `{name}` in a template: filled from the data. */
const PLACEHOLDER = /^\{\w+\}$/;

const headerValue = (source: string, tag: string) =>
  source
    .split('\n')
    .find((line) => line.startsWith(`// ${tag} `))
    ?.slice(tag.length + 4)
    .trim();

const headerWords = (source: string, tag: string) =>
  source
    .split('\n')
    .filter((line) => line.startsWith(`// ${tag} `))
    .flatMap((line) =>
      line
        .slice(tag.length + 4)
        .trim()
        .split(/\s+/),
    )
    .filter(Boolean);

/** Parses one catalog file; throws QueryRegistryError naming the file when it is malformed. */
export function parseCatalogFile(file: string, source: string): CatalogQuery {
  return parseCatalogEntry(file, source).query;
}

/** Parses one catalog file with its `@requires-…` tags; throws QueryRegistryError naming the file when it is malformed. */
export function parseCatalogEntry(file: string, source: string): CatalogEntry {
  const query = parseQueryFile(file, source);
  const titleZh = headerValue(source, '@titleZh');
  if (!titleZh) throw new QueryRegistryError(`${file}: the header has no @titleZh`);
  const params = source
    .split('\n')
    .filter((line) => line.startsWith('// @param '))
    .map((line) => {
      const [, , name, type, ...rest] = line.split(/\s+/);
      const fallback = rest.join(' ');
      if (!['date', 'string', 'integer'].includes(type ?? '') || !fallback) {
        throw new QueryRegistryError(`${file}: "${line}" must read // @param <name> date|string|integer <default>`);
      }
      const keep = type !== 'integer' || PLACEHOLDER.test(fallback);
      return { name: name!, type: type as CatalogParamType, default: keep ? fallback : Number(fallback) };
    });
  const generate = headerValue(source, '@generate') ?? null;
  if (generate !== null && !GENERATE_MODES.some((mode) => mode === generate)) {
    throw new QueryRegistryError(`${file}: @generate must be one of ${GENERATE_MODES.join(', ')} (got "${generate}")`);
  }
  return {
    query: { id: query.name, title: query.purpose, titleZh, cypher: query.text, params },
    requires: { nodeIds: headerWords(source, '@requires-node'), types: headerWords(source, '@requires-type') },
    generate: generate as GenerateMode | null,
  };
}

let loaded: CatalogEntry[] | null = null;
let templates: CatalogEntry[] | null = null;

/** Every curated catalog question with what it requires, sorted by id; read from disk once. */
export function catalogEntries(): CatalogEntry[] {
  loaded ??= readCatalog(CATALOG_DIR);
  return loaded;
}

/** The templates of generated questions (cypher/catalog/generated/), sorted by id; read from disk once. */
export function catalogTemplates(): CatalogEntry[] {
  templates ??= readCatalog(TEMPLATE_DIR);
  return templates;
}

/** Every curated catalog question, sorted by id, whether or not the data holds what it needs. */
export function catalog(): CatalogQuery[] {
  return catalogEntries().map((entry) => entry.query);
}

function readCatalog(dir: string): CatalogEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => parseCatalogEntry(file, readFileSync(join(dir, file), 'utf8')));
}

/** The default parameter values of a catalog question, as the console expects them. */
export function defaultParams(query: CatalogQuery): Record<string, string | number> {
  return Object.fromEntries(query.params.map((p) => [p.name, p.default]));
}
