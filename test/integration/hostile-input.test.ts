// Property-based hostile input (fast-check) over every endpoint's parameters and the console body: random strings,
// huge values, unicode, prototype-pollution keys, repeated keys, deeply nested JSON. Never a 5xx, never a write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../_server.js';
import { fingerprint } from './_reliability.js';

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];
const NASTY = [
  ...POLLUTION_KEYS,
  '',
  ' ',
  '\u0000',
  '%00',
  '%',
  '%zz',
  '../../etc/passwd',
  "' OR 1=1 --",
  '"}) DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n',
  '$(x)',
  '`',
  '\\',
  '\uFEFF',
  '\uD800',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '淘宝; DROP',
  'NaN',
  '-1',
  '1e309',
  '9'.repeat(400),
];
const hostileText = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 1_000, maxLength: 20_000 }),
  fc.integer().map(String),
);
const dateLike = fc.oneof(
  fc.constantFrom('2022-01-01', '2015-06-30', '2024-02-29', '2021-02-30', '0000-00-00', '9999-12-31'),
  fc
    .tuple(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  hostileText,
);
const idLike = fc.oneof(fc.constantFrom('taobao', 'wechat', 'alibaba', 'no-such-entity', 'a'.repeat(300)), hostileText);
const intLike = fc.oneof(fc.integer({ min: -5, max: 100 }).map(String), hostileText);
const typesLike = fc.oneof(fc.constantFrom('BLOCKS', 'BLOCKS,ALLOWS_LINKS_TO', 'OWNS', 'BLOCKS,BLOCKS', 'X'.repeat(5_000)), hostileText);
/** A path segment for any string: lone surrogates cannot be percent-encoded, so they become U+FFFD (as browsers send them). */
const segment = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'));
/** Property runs are reproducible: the same cases every run unless FC_SEED picks others. */
const FC_OPTIONS = { seed: Number(process.env.FC_SEED ?? 20_261_120) };

/** One value, or the same key repeated (Express then hands the route an array). */
const valueOrRepeat = (value: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 4, arbitrary: value.map((v) => [v]) }, { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) });

/** A query string from known parameters with hostile values plus hostile extra keys. */
function queryString(known: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const entries = Object.entries(known).map(([key, value]) =>
    fc.option(valueOrRepeat(value), { nil: undefined }).map((v) => [key, v] as const),
  );
  const extras = fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'at[]', 'q[__proto__]', 'a[b][c]'), fc.string({ maxLength: 10 })), hostileText),
    { maxLength: 3 },
  );
  return fc.tuple(fc.tuple(...entries), extras).map(([pairs, extra]) => {
    const params = new URLSearchParams();
    for (const [key, values] of pairs) for (const v of values ?? []) params.append(key, v);
    for (const [key, v] of extra) params.append(key, v);
    return params.toString();
  });
}

const ENDPOINTS: [string, fc.Arbitrary<string>][] = [
  ['graph', queryString({ at: dateLike, include: fc.oneof(fc.constant('all'), hostileText) }).map((q) => `/api/graph?${q}`)],
  ['timeline', queryString({}).map((q) => `/api/timeline?${q}`)],
  ['diff', queryString({ from: dateLike, to: dateLike }).map((q) => `/api/diff?${q}`)],
  ['stats', queryString({}).map((q) => `/api/stats?${q}`)],
  ['search', queryString({ q: hostileText, limit: intLike }).map((q) => `/api/nodes?${q}`)],
  ['node', idLike.map((id) => `/api/nodes/${segment(id)}`)],
  [
    'neighbors',
    fc
      .tuple(idLike, queryString({ at: dateLike, depth: intLike, types: typesLike }))
      .map(([id, q]) => `/api/nodes/${segment(id)}/neighbors?${q}`),
  ],
  ['paths', queryString({ from: idLike, to: idLike, at: dateLike, maxHops: intLike, types: typesLike }).map((q) => `/api/paths?${q}`)],
  ['earliest', queryString({ from: idLike, to: idLike, maxHops: intLike, types: typesLike }).map((q) => `/api/paths/earliest?${q}`)],
  [
    'others',
    fc
      .tuple(fc.constantFrom('/api/queries', '/api/openapi.json', '/api/ready', '/api/health', '/api/'), queryString({}))
      .map(([path, q]) => `${path}?${q}`),
  ],
];

/** A JSON text nested `depth` levels deep, as objects or arrays. */
const deepJson = fc
  .tuple(fc.integer({ min: 50, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));
const consoleQuery = fc.oneof(
  hostileText,
  fc.constantFrom(
    'RETURN $p AS v',
    'MATCH (n:Entity {id: $p}) RETURN n',
    'CREATE (x:Hostile {v: $p})',
    'MATCH (n) SET n.hacked = $p',
    'RETURN 1; MATCH (n) DELETE n',
    'CALL db.labels()',
    'LOAD CSV FROM $p AS l RETURN l',
  ),
);
const paramEntries = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom(...POLLUTION_KEYS, 'p'), fc.string({ maxLength: 8 })),
    fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      deepJson,
    ),
  ),
  { maxLength: 4 },
);
/** Console bodies written as text, so prototype-pollution keys arrive as real own keys. */
const consoleBody = fc.oneof(
  fc
    .tuple(consoleQuery, paramEntries)
    .map(
      ([query, entries]) =>
        `{"query":${JSON.stringify(query)},"params":{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}}`,
    ),
  fc
    .tuple(fc.constantFrom(...POLLUTION_KEYS), consoleQuery)
    .map(([key, query]) => `{"${key}":{"polluted":true},"query":${JSON.stringify(query)}}`),
  deepJson,
  hostileText,
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

describe('hostile input', () => {
  let server: TestServer;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let cases = 0;
  beforeAll(async () => {
    server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1000000' });
    before = await fingerprint(server.db);
  });
  afterAll(async () => {
    console.log(`hostile input: ${cases} cases tried`);
    await server?.close();
  });

  const expectNoServerError = async (res: Response, what: string) => {
    const text = await res.text();
    expect(res.status, `${what} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
    if (res.status >= 400 && res.status !== 431) expect(res.headers.get('content-type'), what).toMatch(/application\/problem\+json/);
  };

  for (const [name, paths] of ENDPOINTS) {
    it(`should never answer ${name} with a 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(paths, async (path) => {
          cases += 1;
          await expectNoServerError(await fetch(`${server.baseUrl}${path}`, { signal: AbortSignal.timeout(20_000) }), path.slice(0, 200));
        }),
        { ...FC_OPTIONS, numRuns: 80 },
      );
    });
  }

  it('should never answer a hostile console body with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        consoleBody,
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1'),
        async (body, type) => {
          cases += 1;
          const res = await fetch(`${server.baseUrl}/api/cypher`, {
            method: 'POST',
            headers: { 'content-type': type },
            body,
            signal: AbortSignal.timeout(20_000),
          });
          await expectNoServerError(res, body.slice(0, 200));
        },
      ),
      { ...FC_OPTIONS, numRuns: 300 },
    );
  }, 120_000);

  it('should leave the database and Object.prototype untouched', async () => {
    expect(await fingerprint(server.db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
