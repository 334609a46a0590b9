// The catalog of sample questions: one file per question in cypher/catalog/, in the same header format as the
// named queries plus `@titleZh` and a default after each `@param name type`. Loaded once and validated.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseQueryFile, QueryRegistryError } from '../db/query-registry.js';

const CATALOG_DIR = resolve(import.meta.dirname, '..', '..', 'cypher', 'catalog');

type CatalogParamType = 'date' | 'string' | 'integer';
export interface CatalogQuery {
  id: string;
  title: string;
  titleZh: string;
  cypher: string;
  params: { name: string; type: CatalogParamType; default: string | number }[];
}

const headerValue = (source: string, tag: string) =>
  source
    .split('\n')
    .find((line) => line.startsWith(`// ${tag} `))
    ?.slice(tag.length + 4)
    .trim();

/** Parses one catalog file; throws QueryRegistryError naming the file when it is malformed. */
export function parseCatalogFile(file: string, source: string): CatalogQuery {
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
      return { name: name!, type: type as CatalogParamType, default: type === 'integer' ? Number(fallback) : fallback };
    });
  return { id: query.name, title: query.purpose, titleZh, cypher: query.text, params };
}

let loaded: CatalogQuery[] | null = null;

/** Every catalog question, sorted by id; read from disk once. */
export function catalog(dir = CATALOG_DIR): CatalogQuery[] {
  if (dir !== CATALOG_DIR) return readCatalog(dir);
  loaded ??= readCatalog(dir);
  return loaded;
}

function readCatalog(dir: string): CatalogQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => parseCatalogFile(file, readFileSync(join(dir, file), 'utf8')));
}

/** The default parameter values of a catalog question, as the console expects them. */
export function defaultParams(query: CatalogQuery): Record<string, string | number> {
  return Object.fromEntries(query.params.map((p) => [p.name, p.default]));
}
