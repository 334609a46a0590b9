// jsonBytes (server/console/json-bytes.ts): the console's byte budget measures rows without serialising them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytes } from '../../server/console/json-bytes.js';

/** Text JSON writes as is: no quotes, backslashes, control characters or lone surrogates to escape. */
const plainText = fc.string({ unit: 'grapheme' }).filter((s) => !/["\\]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20));
const plainJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    plainText,
    fc.array(tie('value')),
    fc.dictionary(plainText, tie('value')),
  ),
})).value;

describe('jsonBytes', () => {
  it('should equal the UTF-8 length of JSON.stringify for any value without escaped characters', () => {
    fc.assert(
      fc.property(plainJson, (value) => {
        expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
      }),
    );
  });

  it('should count multi-byte characters by their UTF-8 size', () => {
    expect(jsonBytes({ name: '阿里巴巴' })).toBe(Buffer.byteLength('{"name":"阿里巴巴"}', 'utf8'));
  });

  it('should measure a 64 MiB string without copying it into JSON text', () => {
    const huge = 'x'.repeat(64 * 1024 * 1024);
    expect(jsonBytes([huge])).toBe(huge.length + 4);
  });
});
