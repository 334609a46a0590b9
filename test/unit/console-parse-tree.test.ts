// Layer 1 alone, no database: the parse-tree judge refuses attack clauses however they are nested, calls outside
// the allow-lists, unsafe regexes, huge ranges and oversized patterns, and lets the catalog's questions through.
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, defaultParams } from '../../server/console/catalog.js';
import { loadCypherParser, parseConsoleQuery } from '../../server/console/cypher-tree.js';
import { lengthRefusal, MAX_QUERY_LENGTH, MAX_RELATIONSHIP_PATTERNS, parseTreeRefusal } from '../../server/console/parse-tree.js';
import { ALLOWED_FUNCTIONS } from '../../server/console/allow-lists.js';
import {
  constantInteger,
  LIST_SIZE_SPAN_ESTIMATE,
  MAX_RANGE_PRODUCT,
  MAX_RANGE_SPAN,
  MAX_RANGE_SPAN_IN_EXPRESSION,
} from '../../server/console/range-bounds.js';

// The parser loads on the console's first query; these tests call it directly.
beforeAll(loadCypherParser);

const judge = (query: string, params: Record<string, unknown> = {}) => parseTreeRefusal(parseConsoleQuery(query), params);
const reasonOf = (query: string, params: Record<string, unknown> = {}) => judge(query, params)?.reason ?? null;

const LOAD = "LOAD CSV FROM 'http://127.0.0.1:9/secret.txt' AS l RETURN l";

/** Wrappers that put a subquery expression somewhere Neo4j plans it as a nested expression, not as an operator. */
const NESTINGS: ((inner: string) => string)[] = [
  (e) => `RETURN [i IN [1] | ${e}] AS x`,
  (e) => `RETURN CASE WHEN true THEN ${e} ELSE 0 END AS x`,
  (e) => `RETURN reduce(s = 0, i IN [1] | s + size(${e})) AS x`,
  (e) => `WITH {a: 1} AS m RETURN m { .*, x: ${e} } AS x`,
  (e) => `MATCH (n) WHERE size(${e}) > 0 RETURN n`,
  (e) => `RETURN {k: ${e}} AS x`,
  (e) => `UNWIND [${e}] AS x RETURN x`,
  (e) => `CALL () { RETURN ${e} AS x } RETURN x`,
  (e) => `RETURN 1 AS x UNION RETURN ${e} AS x`,
  (e) => `MATCH (n) RETURN [(n)-->(m) | ${e}] AS x`,
];
const SUBQUERIES: ((body: string) => string)[] = [(b) => `COLLECT { ${b} }`, (b) => `COUNT { ${b} }`, (b) => `EXISTS { ${b} }`];

describe('parse tree: attack clauses wherever they are nested', () => {
  it('when LOAD CSV sits in a COLLECT, COUNT or EXISTS subquery inside any nesting, then it is refused as load-csv', () => {
    for (const nest of NESTINGS) for (const sub of SUBQUERIES) expect(reasonOf(nest(sub(LOAD))), nest(sub(LOAD))).toBe('load-csv');
  });

  it('when the URL comes from a parameter, then LOAD CSV is still refused', () => {
    expect(reasonOf('RETURN [i IN [1] | COLLECT { LOAD CSV FROM $url AS l RETURN l }] AS x', { url: 'http://127.0.0.1:9/' })).toBe(
      'load-csv',
    );
    expect(reasonOf('MATCH (n) WHERE EXISTS { LOAD CSV FROM $url AS l RETURN l } RETURN n', { url: 'http://x' })).toBe('load-csv');
  });

  it('when a procedure outside the allow-list is called anywhere, then it is refused and named', () => {
    for (const call of [
      'CALL db.prepareForReplanning()',
      "CALL db.stats.retrieve('QUERIES') YIELD data RETURN data",
      'CALL db.info() YIELD id RETURN id',
      'CALL dbms.components() YIELD name RETURN name',
      'CALL dbms.listConfig() YIELD name RETURN name',
      'CALL db.clearQueryCaches()',
    ]) {
      for (const nest of NESTINGS) {
        const refusal = judge(nest(`COUNT { ${call} }`));
        expect(refusal?.reason, nest(`COUNT { ${call} }`)).toBe('procedure');
        expect(refusal?.detail).toContain(call.split(' ')[1]!.split('(')[0]);
      }
      expect(reasonOf(call)).toBe('procedure');
    }
    expect(reasonOf('CALL `db`.`info`()')).toBe('procedure');
  });

  it('should allow the four introspection procedures', () => {
    for (const call of [
      'CALL db.labels()',
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
      'CALL db.propertyKeys()',
      'CALL db.schema.visualization()',
    ]) {
      expect(judge(call), call).toBeNull();
    }
  });

  it('when a function is not a built-in (db.*, dbms.*, apoc.*, user functions, graph.byName), then it is refused', () => {
    for (const fn of [
      "db.nameFromElementId('x')",
      "apoc.text.join(['a'], ',')",
      'dbms.anything()',
      'my.own(1)',
      "graph.byName('system')",
    ]) {
      expect(reasonOf(`RETURN [i IN [1] | ${fn}] AS x`), fn).toBe('function');
    }
  });

  it('should keep db.*, dbms.*, apoc.*, graph.* and LOAD CSV-only functions out of the function allow-list', () => {
    const outside = [...ALLOWED_FUNCTIONS].filter((name) => /^(db|dbms|apoc|graph)\./.test(name) || ['file', 'linenumber'].includes(name));
    expect(outside).toEqual([]);
    expect(ALLOWED_FUNCTIONS.has('tolower')).toBe(true);
  });

  it('should allow built-in functions in any letter case', () => {
    expect(
      judge(
        "RETURN toUpper('a'), TOLOWER('B'), datetime.truncate('day', datetime()), point.distance(point({x: 1, y: 1}), point({x: 2, y: 2})), count(*), size([1]), coalesce(null, 1)",
      ),
    ).toBeNull();
  });

  it('when a write clause is nested in FOREACH or a CALL subquery, then it is refused as not read-only', () => {
    for (const query of [
      'CREATE (x)',
      'MATCH (n) SET n.x = 1',
      'MATCH (n) REMOVE n.x',
      'MATCH (n) DELETE n',
      'MATCH (n) DETACH DELETE n',
      'MERGE (x:A)',
      'FOREACH (x IN [1] | CREATE ())',
      'CALL () { CREATE (x) } RETURN 1',
      'MATCH (n) CALL (n) { SET n.x = 1 } RETURN n',
    ]) {
      expect(reasonOf(query), query).toBe('not-read-only');
    }
  });

  it('when the query uses USE, IN TRANSACTIONS, SHOW, an admin command or a client command, then it is refused', () => {
    expect(reasonOf('USE system MATCH (n) RETURN n')).toBe('other-database');
    expect(reasonOf('CALL () { USE system MATCH (n) RETURN n } RETURN n')).toBe('other-database');
    expect(reasonOf('CALL () { MATCH (n) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN n')).toBe('call-in-transactions');
    expect(reasonOf('CALL { MATCH (n) RETURN n } in 2 concurrent transactions RETURN n')).toBe('call-in-transactions');
    for (const query of [
      'SHOW SETTINGS',
      'SHOW PROCEDURES',
      'TERMINATE TRANSACTION "x"',
      'CREATE INDEX i FOR (n:A) ON (n.b)',
      'DROP CONSTRAINT c',
      'CREATE DATABASE escape',
      'USE system SHOW USERS',
    ]) {
      expect(['admin-command', 'other-database'], query).toContain(reasonOf(query));
    }
  });

  it('should refuse several statements and empty text, but allow one trailing semicolon and semicolons in strings or comments', () => {
    expect(reasonOf('RETURN 1; RETURN 2')).toBe('several-statements');
    expect(reasonOf('MATCH (n) RETURN count(n); CREATE (:Escape)')).toBe('several-statements');
    expect(reasonOf('   // nothing')).toBe('empty');
    expect(judge('RETURN 1;')).toBeNull();
    expect(judge("RETURN ';' AS s // ; CREATE ()")).toBeNull();
  });

  it('should not mistake a name for a construct (a variable called loadCSVClause, a property called use)', () => {
    expect(judge('MATCH (loadCSVClause) WHERE loadCSVClause.use = 1 RETURN loadCSVClause')).toBeNull();
    expect(judge('WITH 1 AS namespace RETURN namespace')).toBeNull();
  });

  it('when the text does not parse, then the parser reports an error with its offset', () => {
    const parsed = parseConsoleQuery('MATCH (n RETURN n');
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors[0]!.offset).toBe(9);
    expect(parseConsoleQuery("RETURN 'unterminated").errors.length).toBeGreaterThan(0);
  });

  it('should let every catalog question through with its default parameters', () => {
    for (const question of catalog()) expect(judge(question.cypher, defaultParams(question)), question.id).toBeNull();
  });

  it('when random nestings wrap an attack clause, then the query is always refused for that clause', () => {
    const attack = fc.constantFrom(
      { body: LOAD, reason: 'load-csv' },
      { body: 'CALL db.info() YIELD id RETURN id', reason: 'procedure' },
      { body: 'CALL db.prepareForReplanning()', reason: 'procedure' },
      { body: "CALL db.stats.retrieve('QUERIES') YIELD data RETURN data", reason: 'procedure' },
      { body: 'USE system MATCH (n) RETURN n', reason: 'other-database' },
    );
    const layers = fc.array(fc.tuple(fc.nat(NESTINGS.length - 1), fc.nat(SUBQUERIES.length - 1)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(attack, layers, ({ body, reason }, wraps) => {
        let query: string = body;
        for (const [nest, sub] of wraps) query = `${NESTINGS[nest]!(SUBQUERIES[sub]!(query))}`;
        expect(reasonOf(query)).toBe(reason);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parse tree: constructs Neo4j cannot interrupt', () => {
  it('when =~ takes a parameter or a computed pattern, then it is refused as regex', () => {
    expect(reasonOf('MATCH (n) WHERE n.name =~ $pattern RETURN n', { pattern: '.*' })).toBe('regex');
    expect(reasonOf("MATCH (n) WHERE n.name =~ ('(a' + '+)+') RETURN n")).toBe('regex');
    expect(reasonOf('MATCH (n) RETURN CASE n.name WHEN =~ $p THEN 1 END AS x', { p: 'a' })).toBe('regex');
  });

  it('when the regex literal nests quantifiers, then it is refused; a simple one passes', () => {
    expect(reasonOf("MATCH (n) WHERE n.name =~ '(a+)+b' RETURN n")).toBe('regex');
    expect(reasonOf("RETURN [x IN ['aaaa'] WHERE x =~ '(a|aa)*c'] AS x")).toBe('regex');
    expect(judge("MATCH (n) WHERE n.name =~ '(?i).*tao.*' RETURN n")).toBeNull();
  });

  it('when range() spans more than the cap (literal or parameter bounds), then it is refused with the cap in the message', () => {
    const inExpression = judge('RETURN reduce(s = 0, i IN range(1, 100000000000) | s + i) AS x');
    expect(inExpression?.reason).toBe('range');
    expect(inExpression?.detail).toContain(MAX_RANGE_SPAN_IN_EXPRESSION.toLocaleString('en'));
    const streamed = judge(`UNWIND range(1, ${MAX_RANGE_SPAN + 1}) AS i RETURN count(i)`);
    expect(streamed?.reason).toBe('range');
    expect(streamed?.detail).toContain(MAX_RANGE_SPAN.toLocaleString('en'));
    expect(judge(`UNWIND range(1, ${MAX_RANGE_SPAN}) AS i RETURN count(i)`)).toBeNull();
    expect(reasonOf(`RETURN [i IN range(1, ${MAX_RANGE_SPAN_IN_EXPRESSION + 1}) | i] AS x`)).toBe('range');
    expect(judge(`RETURN [i IN range(1, ${MAX_RANGE_SPAN_IN_EXPRESSION}) | i] AS x`)).toBeNull();
    expect(reasonOf('RETURN size(range(1, $n)) AS x', { n: 1e12 })).toBe('range');
    expect(reasonOf('RETURN size(range($n, 0, -1)) AS x', { n: 5e9 })).toBe('range');
    expect(judge('RETURN size(range(1, $n)) AS x', { n: 1000 })).toBeNull();
    expect(judge('RETURN size(range(1, $n)) AS x', { n: neo4j.int(1000) })).toBeNull();
    expect(reasonOf('RETURN size(range(1, $n)) AS x', { n: neo4j.int('90000000000000000') })).toBe('range');
  });

  it('should read integer bounds written as signed, hex, octal, underscored, parenthesised literals or parameters', () => {
    const firstArgument = (query: string) => {
      const root = parseConsoleQuery(query).statements[0]!;
      const stack = [root];
      while (stack.length) {
        const node = stack.pop()!;
        if (node.rule && node.name === 'functionArgument') return node;
        stack.push(...[...node.children].reverse());
      }
      throw new Error(`no argument in ${query}`);
    };
    for (const [text, value] of [
      ['-5', -5],
      ['0x10', 16],
      ['0o17', 15],
      ['1_000', 1000],
      ['(7)', 7],
      ['$n', 42],
    ] as const) {
      expect(constantInteger(firstArgument(`RETURN range(${text}, 1)`), { n: 42 }), text).toBe(value);
    }
    expect(constantInteger(firstArgument('RETURN range(1.5, 1)'), {})).toBeUndefined();
  });

  it('when a range is bounded by size() of a list, then it counts as an estimated span towards the product cap', () => {
    expect(MAX_RANGE_PRODUCT / LIST_SIZE_SPAN_ESTIMATE).toBeLessThan(MAX_RANGE_SPAN);
    expect(
      reasonOf(
        `WITH [1] AS l RETURN [i IN range(0, size(l)) | size(range(1, ${Math.ceil(MAX_RANGE_PRODUCT / LIST_SIZE_SPAN_ESTIMATE) + 1}))] AS x`,
      ),
    ).toBe('range');
    expect(judge('WITH [1] AS l RETURN [i IN range(0, size(l)) | size(range(1, 10))] AS x')).toBeNull();
  });

  it('when nested ranges multiply past the product cap, or a bound is computed, then it is refused', () => {
    expect(reasonOf('UNWIND range(1, 100000) AS i RETURN size(range(1, 1000)) AS x')).toBe('range');
    expect(judge('UNWIND range(1, 1000) AS i RETURN size(range(1, 1000)) AS x')).toBeNull();
    expect(reasonOf('MATCH (n) RETURN range(0, n.count) AS x')).toBe('range');
    expect(reasonOf('RETURN range(1, $missing) AS x')).toBe('range');
    expect(judge('MATCH p = (a)-->(b) UNWIND range(0, size(nodes(p)) - 1) AS i RETURN i')).toBeNull();
  });

  it('when reduce() builds a list or a string (quadratic, uninterruptible), then it is refused; sums and flags pass', () => {
    for (const query of [
      'RETURN reduce(s = [], i IN range(1, 300) | s + [i]) AS x',
      "RETURN reduce(s = '', i IN range(1, 300) | s + 'x') AS x",
      'RETURN reduce(s = 0, i IN range(1, 300) | s + [i]) AS x',
      'RETURN reduce(s = 0, i IN [1] | s + tail([1, i])) AS x',
      'RETURN reduce(s = $l, i IN [1] | s + i) AS x',
      'RETURN reduce(s = 0, i IN range(1, 30) | toString(s) + toString(s)) AS x',
      'RETURN reduce(s = 0, i IN [1] | s + $l) AS x',
    ]) {
      expect(reasonOf(query, { l: [] }), query).toBe('reduce');
    }
    expect(judge('MATCH p = (a)-->(b) RETURN reduce(t = 0, r IN relationships(p) | t + coalesce(r.w, 0)) AS x')).toBeNull();
    expect(judge('RETURN reduce(t = 0, x IN [1, 2] | t + abs(x) + $n) AS x', { n: 1 })).toBeNull();
    expect(
      judge('RETURN reduce(ok = true, i IN [1, 2] | ok AND i > 0) AS x, reduce(s = $n, i IN [1] | s * 1.5) AS y', { n: 2 }),
    ).toBeNull();
    expect(judge('RETURN reduce(s = 0, i IN [1] | s + size(COLLECT { MATCH (n) RETURN n })) AS x')).toBeNull();
  });

  it('when a pattern has more relationships than the cap (a 12-node clique), then it is refused before planning', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const edges = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `(${a})--(${b})`));
    const refusal = judge(`MATCH ${edges.join(', ')} RETURN count(*)`);
    expect(refusal?.reason).toBe('pattern-size');
    expect(refusal?.detail).toContain(String(MAX_RELATIONSHIP_PATTERNS));
    const chain = Array.from({ length: MAX_RELATIONSHIP_PATTERNS }, () => '-->()').join('');
    expect(judge(`MATCH ()${chain} RETURN count(*)`)).toBeNull();
  });

  it('when the query is longer than the cap, then it is refused before parsing', () => {
    expect(lengthRefusal('RETURN 1 ' + ' '.repeat(MAX_QUERY_LENGTH))?.reason).toBe('too-long');
    expect(lengthRefusal('RETURN 1')).toBeNull();
  });
});
