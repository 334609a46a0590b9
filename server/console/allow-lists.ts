// What the console may call, written out by hand: schema-introspection procedures, and Neo4j 5.26's built-in
// scalar, aggregating, list, string, maths, temporal and spatial functions (from SHOW FUNCTIONS, minus db./graph./LOAD CSV ones).

/** Procedures the console may call: schema introspection only. Compared exactly (procedure names are case-sensitive). */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
]);

/**
 * Built-in functions the console may call, lower-cased (Neo4j matches built-in function names case-insensitively).
 * Left out on purpose: every db.*, dbms.*, apoc.* and user-defined function; graph.byName / graph.byElementId
 * (they choose another graph); file() and linenumber() (LOAD CSV only).
 */
// prettier-ignore
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // aggregating
  'avg', 'collect', 'count', 'max', 'min', 'percentilecont', 'percentiledisc', 'stdev', 'stdevp', 'sum',
  // predicates
  'all', 'any', 'exists', 'isempty', 'none', 'single',
  // scalar
  'char_length', 'character_length', 'coalesce', 'elementid', 'endnode', 'head', 'id', 'last', 'length', 'nullif',
  'properties', 'randomuuid', 'size', 'startnode', 'timestamp', 'toboolean', 'tobooleanornull', 'tofloat',
  'tofloatornull', 'tointeger', 'tointegerornull', 'type', 'valuetype',
  // list
  'keys', 'labels', 'nodes', 'range', 'reduce', 'relationships', 'reverse', 'tail', 'tobooleanlist', 'tofloatlist',
  'tointegerlist', 'tostringlist',
  // string
  'btrim', 'left', 'lower', 'ltrim', 'normalize', 'replace', 'right', 'rtrim', 'split', 'substring', 'tolower',
  'tostring', 'tostringornull', 'toupper', 'trim', 'upper',
  // maths
  'abs', 'ceil', 'floor', 'isnan', 'rand', 'round', 'sign', 'e', 'exp', 'log', 'log10', 'sqrt',
  'acos', 'asin', 'atan', 'atan2', 'cos', 'cot', 'degrees', 'haversin', 'pi', 'radians', 'sin', 'tan',
  // temporal
  'date', 'date.realtime', 'date.statement', 'date.transaction', 'date.truncate',
  'datetime', 'datetime.fromepoch', 'datetime.fromepochmillis', 'datetime.realtime', 'datetime.statement', 'datetime.transaction', 'datetime.truncate',
  'localdatetime', 'localdatetime.realtime', 'localdatetime.statement', 'localdatetime.transaction', 'localdatetime.truncate',
  'localtime', 'localtime.realtime', 'localtime.statement', 'localtime.transaction', 'localtime.truncate',
  'time', 'time.realtime', 'time.statement', 'time.transaction', 'time.truncate',
  'duration', 'duration.between', 'duration.indays', 'duration.inmonths', 'duration.inseconds',
  // spatial and vector
  'point', 'point.distance', 'point.withinbbox', 'vector.similarity.cosine', 'vector.similarity.euclidean',
]);

export const isAllowedFunction = (name: string): boolean => ALLOWED_FUNCTIONS.has(name.toLowerCase());
export const isAllowedProcedure = (name: string): boolean => ALLOWED_PROCEDURES.has(name);
