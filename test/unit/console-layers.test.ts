// The console's plan-side refusal rules alone, no database: EXPLAIN's queryType, the operator walk, and the nested
// plans Neo4j writes into operator Details (the Details strings below are copied from Neo4j 5.26's EXPLAIN output).
import { describe, expect, it } from 'vitest';
import { detailsRefusal, planRefusal, procedureName, queryTypeRefusal, type PlanNode } from '../../server/console/layers.js';
import { cypherStringValue, MAX_REGEX_PATTERN_LENGTH, MAX_REGEX_QUANTIFIERS, regexProblem } from '../../server/console/regex-safety.js';

const plan = (...operators: [string, string?][]): PlanNode =>
  operators.reduceRight<PlanNode | null>(
    (child, [operatorType, details]) => ({
      operatorType,
      arguments: details ? { Details: details } : {},
      children: child ? [child] : [],
    }),
    null,
  )!;

describe('queryTypeRefusal', () => {
  it('when queryType is missing, a write or schema, then it refuses; "r" passes', () => {
    for (const type of [undefined, 'w', 'rw', 's']) expect(queryTypeRefusal(type)?.reason).toBe('not-read-only');
    expect(queryTypeRefusal('r')).toBeNull();
  });
});

describe('planRefusal: operators', () => {
  it('when there is no plan, then nothing is refused; LoadCSV deep in the tree is', () => {
    expect(planRefusal(null)).toBeNull();
    expect(planRefusal(plan(['ProduceResults@neo4j'], ['Apply@neo4j'], ['LoadCSV@neo4j', 'line']))?.reason).toBe('load-csv');
  });

  it('should allow only the introspection procedures by name', () => {
    expect(procedureName(plan(['ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)']))).toBe('db.labels');
    expect(planRefusal(plan(['ProduceResults@neo4j'], ['ProcedureCall@neo4j', 'db.schema.visualization() :: (nodes :: LIST)']))).toBeNull();
    expect(planRefusal(plan(['ProcedureCall@neo4j', 'db.labelsX() :: ()']))?.reason).toBe('procedure');
    expect(planRefusal(plan(['ProcedureCall@neo4j']))?.reason).toBe('procedure');
  });

  it('should refuse transactional subqueries, SHOW or admin operators, and write operators', () => {
    expect(planRefusal(plan(['TransactionApply@neo4j']))?.reason).toBe('call-in-transactions');
    expect(planRefusal(plan(['ShowSettings@neo4j']))?.reason).toBe('admin-command');
    expect(planRefusal(plan(['CreateIndex@neo4j']))?.reason).toBe('admin-command');
    for (const op of ['Create@neo4j', 'Merge@neo4j', 'SetProperty@neo4j', 'DetachDelete@neo4j', 'RemoveLabels@neo4j', 'Foreach@neo4j']) {
      expect(planRefusal(plan(['ProduceResults@neo4j'], [op])), op).toEqual(expect.objectContaining({ reason: 'not-read-only' }));
    }
  });
});

describe('planRefusal: nested plans written in Details', () => {
  it('when a Projection holds LOAD CSV inside COLLECT { } in a list comprehension, then it is refused as load-csv', () => {
    const details = '[i IN $autolist_0 | COLLECT { LOAD CSV FROM "http://127.0.0.1:9/secret.txt" AS l RETURN l AS l }] AS x';
    expect(planRefusal(plan(['ProduceResults@neo4j', 'x'], ['Projection@neo4j', details]))?.reason).toBe('load-csv');
    expect(detailsRefusal('[x IN $autolist_0 | EXISTS { LOAD CSV FROM $url AS l RETURN l AS l }] AS y')?.reason).toBe('load-csv');
  });

  it('when a CASE or reduce() holds a ResolvedCall of a procedure outside the allow-list, then it is refused naming it', () => {
    const info =
      'CASE\n  WHEN true THEN COUNT { ResolvedCall(db.info() :: id :: STRING, name :: STRING, creationDate :: STRING,ArraySeq(),ArraySeq(ProcedureResultItem(None,Variable(id))),true,true,false,false) RETURN id AS id }\nEND AS x';
    const replan =
      'reduce(s = $autoint_0, i IN $autolist_1 | s + COUNT { ResolvedCall(db.prepareForReplanning(timeOutSeconds  =  300 :: INTEGER),ArraySeq(),Vector(),true,false,false,false) }) AS x';
    expect(planRefusal(plan(['ProduceResults@neo4j'], ['Projection@neo4j', info]))?.detail).toContain('db.info');
    expect(planRefusal(plan(['ProduceResults@neo4j'], ['Projection@neo4j', replan]))?.detail).toContain('db.prepareForReplanning');
    expect(detailsRefusal('COUNT { ResolvedCall(db.stats.retrieve($autostring_0) :: data :: MAP) }')?.reason).toBe('procedure');
    expect(detailsRefusal('COLLECT { ResolvedCall(`dbms`.`components`() :: name :: STRING) }')?.reason).toBe('procedure');
  });

  it('when Details name a function outside the built-ins or another graph, then it is refused', () => {
    expect(detailsRefusal('apoc.text.join(x, ",") AS y')?.reason).toBe('procedure');
    expect(detailsRefusal('COLLECT { USE system MATCH (n) RETURN n }')?.reason).toBe('other-database');
    expect(detailsRefusal('COUNT { CALL { CREATE () } IN TRANSACTIONS }')?.reason).toBe('call-in-transactions');
  });

  it('should pass ordinary Details: properties, built-in dotted functions, read subqueries', () => {
    for (const details of [
      'n.id AS `n.id`',
      'point.distance(point({x: $autoint_0, y: $autoint_1}), p) AS d',
      'datetime.truncate($autostring_2, datetime()) AS t',
      '[i IN $autolist_0 | COLLECT { MATCH (n:Entity) RETURN n.id AS `n.id` }] AS ok',
      '(a)-[r:OWNS]->(b)',
      'cache[n.name] =~ $autostring_0',
    ]) {
      expect(detailsRefusal(details), details).toBeNull();
    }
  });
});

describe('regexProblem', () => {
  it('when a repeated group holds a quantifier or an alternation (nested, or one level down), then it is unsafe', () => {
    for (const pattern of ['(a+)+', '(a*)*b', '(a|aa)*', '((ab)*c)+', '(?:a+)+', '(a{2,})*', '((a|b)c)*', '(x+x+)+y']) {
      expect(regexProblem(pattern), pattern).toMatch(/repeated group/);
    }
  });

  it('when a pattern has back-references, too many quantifiers, \\Q quoting, the comments flag or is too long, then it is unsafe', () => {
    expect(regexProblem('(a)\\1')).toMatch(/back-reference/);
    expect(regexProblem(Array.from({ length: MAX_REGEX_QUANTIFIERS + 1 }, (_, i) => `.*${i}`).join(''))).toMatch(/quantifiers/);
    expect(regexProblem(Array.from({ length: MAX_REGEX_QUANTIFIERS }, (_, i) => `.*${i}`).join(''))).toBeNull();
    expect(regexProblem('\\Q(a+)+\\E')).toMatch(/quoting/);
    expect(regexProblem('(?x)#[\n(a+)+')).toMatch(/comments/);
    expect(regexProblem('a'.repeat(MAX_REGEX_PATTERN_LENGTH + 1))).toMatch(/longer/);
    expect(regexProblem('[abc')).toMatch(/not closed/);
    expect(regexProblem('(a')).toMatch(/balance/);
  });

  it('should pass ordinary patterns: prefixes, classes, case flags, bounded groups', () => {
    for (const pattern of ['.*tao.*', '(?i)^wechat', '[A-Z][a-z]+', '(ab)+', '(abc){2}', 'a|b|c', '[(+*]+x', '\\d{4}-\\d{2}', '\\p{L}+']) {
      expect(regexProblem(pattern), pattern).toBeNull();
    }
  });

  it('should read Cypher string escapes before judging the pattern', () => {
    expect(cypherStringValue("'(a\\\\d+)+'")).toBe('(a\\d+)+');
    expect(cypherStringValue('"\\u0028a+\\u0029+"')).toBe('(a+)+');
    expect(regexProblem(cypherStringValue("'\\u0028a+\\u0029+'"))).toMatch(/repeated group/);
  });
});
