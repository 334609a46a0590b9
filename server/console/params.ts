// Console parameters arrive as JSON; whole numbers become Neo4j Integers so `LIMIT $n` and date({year: $y}) work.
import neo4j from 'neo4j-driver';
import type { Json } from '../db/convert.js';

/** Converts JSON parameter values for the driver: whole numbers to Integer, recursively through lists and maps. */
export function toDriverParams(value: Json): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  return value;
}
