// Measures how many bytes a JSON value takes when sent, without building the text (a row may hold a huge string).

/** Bytes of `value` as UTF-8 JSON; exact except that characters JSON escapes (quotes, backslashes, controls) count once. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') + 2;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value).length;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + jsonBytes(item) + 1, value.length ? 1 : 2);
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return entries.reduce((sum, [key, item]) => sum + Buffer.byteLength(key, 'utf8') + 4 + jsonBytes(item), entries.length ? 1 : 2);
  }
  return 0;
}
