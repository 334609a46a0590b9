// The console's pure refusal rules: the tokenizer, the lexical layer, the queryType layer and the plan walk.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/console/lexer.js';
import { lexicalRefusal, planRefusal, procedureName, queryTypeRefusal, type PlanNode } from '../../server/console/layers.js';

const plan = (...operators: [string, string?][]): PlanNode =>
  operators.reduceRight<PlanNode | null>((child, [operatorType, details]) => ({
    operatorType, arguments: details ? { Details: details } : {}, children: child ? [child] : [],
  }), null)!;

describe('tokenize', () => {
  it('when given strings, comments and quoted names, then it skips their contents', () => {
    const words = tokenize("MATCH (n) // ; USE x\nWHERE n.a = 'a;b' /* ; */ AND n.`weird;name` = \"USE\" RETURN n").map((t) => t.text);
    expect(words).not.toContain(';');
    expect(words.filter((w) => w === 'USE')).toEqual([]);
    expect(words).toContain('RETURN');
  });
});

describe('lexicalRefusal', () => {
  it('when the text is empty or only a comment, then it is refused as empty', () => {
    expect(lexicalRefusal('   // nothing')?.reason).toBe('empty');
  });

  it('should refuse several statements but allow one trailing semicolon and semicolons inside strings', () => {
    expect(lexicalRefusal('RETURN 1; RETURN 2')?.reason).toBe('several-statements');
    expect(lexicalRefusal('RETURN 1;')).toBeNull();
    expect(lexicalRefusal("RETURN ';' AS s")).toBeNull();
  });

  it('should refuse a USE clause anywhere a clause can start, but not a property or alias named use', () => {
    expect(lexicalRefusal('USE system SHOW USERS')?.reason).toBe('other-database');
    expect(lexicalRefusal('use neo4j MATCH (n) RETURN n')?.reason).toBe('other-database');
    expect(lexicalRefusal('CALL () { USE system MATCH (n) RETURN n } RETURN n')?.reason).toBe('other-database');
    expect(lexicalRefusal('MATCH (n) WHERE n.use = 1 RETURN n')).toBeNull();
    expect(lexicalRefusal('WITH 1 AS use RETURN use')).toBeNull();
  });

  it('should refuse IN TRANSACTIONS in any spelling', () => {
    expect(lexicalRefusal('CALL { CREATE () } IN TRANSACTIONS')?.reason).toBe('call-in-transactions');
    expect(lexicalRefusal('CALL { CREATE () } in 2 concurrent transactions')?.reason).toBe('call-in-transactions');
  });
});

describe('queryTypeRefusal', () => {
  it('when queryType is missing, a write or schema, then it refuses; "r" passes', () => {
    for (const type of [undefined, 'w', 'rw', 's']) expect(queryTypeRefusal(type)?.reason).toBe('not-read-only');
    expect(queryTypeRefusal('r')).toBeNull();
  });
});

describe('planRefusal', () => {
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

  it('should refuse transactional subqueries and SHOW or admin operators', () => {
    expect(planRefusal(plan(['TransactionApply@neo4j']))?.reason).toBe('call-in-transactions');
    expect(planRefusal(plan(['ShowSettings@neo4j']))?.reason).toBe('admin-command');
    expect(planRefusal(plan(['CreateIndex@neo4j']))?.reason).toBe('admin-command');
  });
});
