// The one place where driver values become plain JSON: Integers to numbers, temporals to ISO strings,
// nodes, relationships and paths to small objects. Everything the API sends passes through toJson().
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime } from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isTemporal(value: object): boolean {
  return isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value);
}

function convertObject(value: Record<string, unknown>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const key in value) if (Object.hasOwn(value, key)) out[key] = toJson(value[key]);
  return out;
}

/** Converts any value the driver returns into JSON-safe data. Big integers beyond 2^53 become strings.
 * Hot path first: scalars, lists and plain maps (what large results are made of) skip the driver type checks. */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== 'object') return value as Json;
  if (Array.isArray(value)) return value.map(toJson);
  if (Object.getPrototypeOf(value) === Object.prototype) return convertObject(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (isTemporal(value)) return value.toString();
  if (isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: convertObject(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: convertObject(value.properties),
    };
  }
  if (isPath(value)) {
    return { segments: value.segments.map((s) => ({ start: toJson(s.start), relationship: toJson(s.relationship), end: toJson(s.end) })) };
  }
  return convertObject(value as Record<string, unknown>);
}

/** Converts a record's fields into one plain object keyed by column name. */
export function recordToJson(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const key of record.keys) out[String(key)] = toJson(record.get(key));
  return out;
}
