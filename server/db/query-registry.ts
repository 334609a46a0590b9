// Loads the named queries in cypher/queries once at start and refuses to start on a missing or
// malformed file. Callers name a query; nobody passes Cypher text around.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const QUERY_DIR = resolve(import.meta.dirname, '..', '..', 'cypher', 'queries');

export interface NamedQuery {
  name: string;
  purpose: string;
  params: { name: string; type: string }[];
  returns: string;
  text: string;
}

/** Thrown at start-up when a query file is missing or malformed, or at call time when params do not match. */
export class QueryRegistryError extends Error {}

const PARAM_USE = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Parses one .cypher file: a `//` header with @name, a purpose line, @param lines and @returns, then one statement. */
export function parseQueryFile(file: string, source: string): NamedQuery {
  const fail = (what: string) => new QueryRegistryError(`${file}: ${what}`);
  const lines = source.split('\n');
  const header = lines.filter((line) => line.startsWith('//')).map((line) => line.replace(/^\/\/\s?/, ''));
  const body = lines
    .filter((line) => !line.startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
  const name = header
    .find((l) => l.startsWith('@name '))
    ?.slice(6)
    .trim();
  const returns = header
    .find((l) => l.startsWith('@returns '))
    ?.slice(9)
    .trim();
  const purpose = header.find((l) => l.trim() && !l.startsWith('@'))?.trim();
  if (!name) throw fail('the header has no @name');
  if (name !== basename(file, '.cypher')) throw fail(`@name ${name} does not match the file name`);
  if (!purpose) throw fail('the header has no purpose line');
  if (!returns) throw fail('the header has no @returns');
  if (!body) throw fail('there is no statement');
  if (body.includes(';')) throw fail('a query file holds exactly one statement');
  const params = header
    .filter((l) => l.startsWith('@param '))
    .map((l) => {
      const [, paramName, type] = l.split(/\s+/);
      if (!paramName || !type) throw fail(`malformed @param line "${l}"`);
      return { name: paramName, type };
    });
  const declared = new Set(params.map((p) => p.name));
  const used = new Set([...body.matchAll(PARAM_USE)].map((m) => m[1]!));
  for (const p of used) if (!declared.has(p)) throw fail(`$${p} is used but has no @param`);
  for (const p of declared) if (!used.has(p)) throw fail(`@param ${p} is declared but never used`);
  return { name, purpose, params, returns, text: body };
}

/** The set of named queries, loaded once. */
export class QueryRegistry {
  private constructor(private readonly queries: Map<string, NamedQuery>) {}

  /** Loads every file in `dir` and checks that each name in `required` is present. */
  static load(required: readonly string[], dir = QUERY_DIR): QueryRegistry {
    const queries = new Map<string, NamedQuery>();
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort()) {
      const query = parseQueryFile(file, readFileSync(join(dir, file), 'utf8'));
      queries.set(query.name, query);
    }
    const missing = required.filter((name) => !queries.has(name));
    if (missing.length) throw new QueryRegistryError(`missing query files in ${dir}: ${missing.map((n) => `${n}.cypher`).join(', ')}`);
    return new QueryRegistry(queries);
  }

  /** Returns the query and checks that `params` supplies exactly its declared parameters. */
  prepare(name: string, params: Record<string, unknown>): NamedQuery {
    const query = this.queries.get(name);
    if (!query) throw new QueryRegistryError(`unknown query ${name}`);
    const supplied = new Set(Object.keys(params));
    for (const p of query.params) if (!supplied.has(p.name)) throw new QueryRegistryError(`${name}: parameter $${p.name} was not supplied`);
    for (const key of supplied) {
      if (!query.params.some((p) => p.name === key)) throw new QueryRegistryError(`${name}: unexpected parameter $${key}`);
    }
    return query;
  }

  /** All loaded queries, for the catalog and for tests. */
  list(): NamedQuery[] {
    return [...this.queries.values()];
  }
}
