// The query registry refuses malformed files, missing queries and mismatched parameters.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQueryFile, QueryRegistry, QueryRegistryError } from '../../server/db/query-registry.js';

const good = `// @name find-thing
// Finds a thing by id.
// @param id string
// @returns one row: thing
MATCH (t:Thing {id: $id}) RETURN t AS thing`;

describe('parseQueryFile', () => {
  it('should reject a file without @name', () => {
    expect(() => parseQueryFile('x.cypher', good.replace('// @name find-thing\n', ''))).toThrow(/no @name/);
  });

  it('should reject a parameter used in the statement but not declared', () => {
    expect(() => parseQueryFile('find-thing.cypher', good.replace('// @param id string\n', ''))).toThrow(/\$id is used/);
  });

  it('should reject two statements in one file', () => {
    expect(() => parseQueryFile('find-thing.cypher', `${good}; MATCH (n) DETACH DELETE n`)).toThrow(/one statement/);
  });

  it('should reject a name that differs from the file name', () => {
    expect(() => parseQueryFile('other.cypher', good)).toThrow(/does not match/);
  });

  it('should parse the header of a well-formed file', () => {
    const query = parseQueryFile('find-thing.cypher', good);
    expect(query).toMatchObject({ name: 'find-thing', purpose: 'Finds a thing by id.', params: [{ name: 'id', type: 'string' }] });
    expect(query.text).toBe('MATCH (t:Thing {id: $id}) RETURN t AS thing');
  });
});

describe('QueryRegistry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hulian-queries-'));
  writeFileSync(join(dir, 'find-thing.cypher'), good);

  it('should refuse to load when a required query file is missing', () => {
    expect(() => QueryRegistry.load(['find-thing', 'lost-query'], dir)).toThrow(/lost-query\.cypher/);
  });

  it('should refuse a call that does not supply a declared parameter', () => {
    const registry = QueryRegistry.load(['find-thing'], dir);
    expect(() => registry.prepare('find-thing', {})).toThrow(QueryRegistryError);
    expect(() => registry.prepare('find-thing', { id: 'a', extra: 1 })).toThrow(/unexpected parameter \$extra/);
    expect(registry.prepare('find-thing', { id: 'a' }).name).toBe('find-thing');
  });

  it('should load every query file the server ships', async () => {
    const { REQUIRED_QUERIES } = await import('../../server/db/required-queries.js');
    expect(QueryRegistry.load(REQUIRED_QUERIES).list().length).toBeGreaterThanOrEqual(REQUIRED_QUERIES.length);
  });
});
