// Tells how a property stores time: Neo4j's temporal types directly, integers and text by a bounded sample of their
// values (epoch seconds, epoch milliseconds, years, ISO-8601 text), and only when every sampled value agrees.
import type { StorageForm } from '../../contract/lens.js';

/** Neo4j's own temporal property types (db.schema.*TypeProperties names) and the form each is read as. */
const NATIVE_FORMS: Record<string, StorageForm> = { Date: 'date', DateTime: 'datetime', LocalDateTime: 'localdatetime' };

/** The form of a property whose one stored type is a Neo4j temporal type; null for any other type. */
export function nativeForm(propertyTypes: readonly string[]): StorageForm | null {
  return propertyTypes.length === 1 ? (NATIVE_FORMS[propertyTypes[0]!] ?? null) : null;
}

/** True for stored types whose values need a sample to tell: integers, text, and floats (whole epoch values written by
 * a JavaScript client are often stored as floats; any fraction in the sample rules them out). */
export function needsSample(propertyTypes: readonly string[]): boolean {
  return propertyTypes.length === 1 && ['Long', 'Double', 'String'].includes(propertyTypes[0]!);
}

/** Key words of time properties: "sentAt", "valid_from", "created", "year", "timestamp", … */
const TIME_WORDS =
  /(^|[_\-\s])(date|day|time|timestamp|ts|at|on|since|until|till|start|started|end|ended|from|to|valid|created|deleted|updated|modified|begin|began|year|when|sent|born|died|opened|closed|expires?|expiry|founded|dissolved|period|joined|left|effective)($|[_\-\s\d])/;

/** True when the key reads like a time: needed for integers, whose values alone cannot tell a year from a count. */
export function soundsTemporal(key: string): boolean {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return TIME_WORDS.test(words);
}

/** Whole years Hulian's date model can show (contract/dates.ts: from year 1000). */
const YEARS = { min: 1000, max: 2999 };
/** Epoch values from 1973 to 2286: below, seconds and milliseconds overlap with years and counts. */
const EPOCH_SECONDS = { min: 1e8, max: 1e10 };
const EPOCH_MILLIS = { min: 1e11, max: 1e13 };

const ISO_TEXT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `text` is an ISO-8601 day or date-time of a day that exists (what the lens templates read as a date). */
export function isIsoText(text: string): boolean {
  if (!ISO_TEXT.test(text)) return false;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= YEARS.min && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const within = (range: { min: number; max: number }) => (value: number) => value >= range.min && value < range.max;

/**
 * The storage form every sampled value of `key` agrees on, or null: integers are years, epoch seconds or epoch
 * milliseconds only under a key that sounds temporal; text is ISO text when every value parses as a real day.
 */
export function classifySample(key: string, values: readonly unknown[]): StorageForm | null {
  if (!values.length) return null;
  if (values.every((v): v is string => typeof v === 'string')) return values.every(isIsoText) ? 'isoString' : null;
  if (!values.every((v): v is number => typeof v === 'number' && Number.isInteger(v)) || !soundsTemporal(key)) return null;
  if (values.every(within(YEARS))) return 'year';
  if (values.every(within(EPOCH_SECONDS))) return 'epochSeconds';
  if (values.every(within(EPOCH_MILLIS))) return 'epochMillis';
  return null;
}
