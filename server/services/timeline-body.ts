// /api/timeline's body, serialized and compressed once per data version (Neo4j's last committed transaction, or its
// counts where Neo4j does not report one, and the lens in use) rather than per request: the route sends the stored bytes
// with an ETag (server/http/send-encoded.ts); the warm-up (warm-up.ts) fills it before /api/ready says ready.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { lensStateOf } from '../lens/lens-state.js';
import { fingerprintOf } from '../lens/reading.js';
import { timeline } from './graph-service.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** One serialized body in its three encodings. */
export interface TimelineBody {
  json: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

interface Entry {
  version: string;
  /** True when the version is only the data's counts, which an edit of properties leaves unchanged. */
  byCounts: boolean;
  lens: unknown;
  body: Promise<TimelineBody>;
  builtAt: number;
}

const cache = new WeakMap<Database, Entry>();

/** How long a body versioned by counts alone is served without a check: after that it is still served at once, and
 * rebuilt behind it, so an edit that changes no count shows on a later request. */
const COUNTS_TRUST_MS = 30_000;

/** The data's version: the last committed transaction id, else (Neo4j Community does not report it) the counts. */
async function dataVersion(db: Database): Promise<{ version: string; byCounts: boolean }> {
  const [row] = await db.read('data-version', { database: db.database }).catch(() => []);
  if (row?.txn !== null && row?.txn !== undefined) return { version: `txn ${String(row.txn)}`, byCounts: false };
  return { version: await fingerprintOf(db), byCounts: true };
}

async function encode(text: string): Promise<TimelineBody> {
  const json = Buffer.from(text);
  const [gz, br] = await Promise.all([
    gzipAsync(json, { level: 6 }),
    brotliAsync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } }),
  ]);
  const etag = `W/"tl-${createHash('sha1').update(json).digest('base64url').slice(0, 20)}"`;
  return { json, gzip: gz, br, etag };
}

/** Builds the body now and stores it under `version`, keeping the stored one until the new one is ready. */
function rebuild(db: Database, version: { version: string; byCounts: boolean }, lens: unknown, log?: Logger): Promise<TimelineBody> {
  const body = timeline(db, log).then(encode);
  const entry: Entry = { ...version, lens, body, builtAt: Date.now() };
  const previous = cache.get(db);
  if (previous?.version === version.version && previous.lens === lens)
    void body.then(
      () => cache.set(db, entry),
      () => undefined,
    );
  else cache.set(db, entry);
  body.catch(() => cache.get(db)?.body === body && cache.delete(db));
  return body;
}

/** The timeline body for the data as it is now: the stored one while the data and lens are unchanged. */
export async function timelineBody(db: Database, log?: Logger): Promise<TimelineBody> {
  const [version, lens] = await Promise.all([dataVersion(db), lensStateOf(db).catch(() => null)]);
  const known = cache.get(db);
  if (!known || known.version !== version.version || known.lens !== lens) return rebuild(db, version, lens, log);
  // Versioned by counts: serve the stored body, and past the trust period build a fresh one behind it.
  if (known.byCounts && Date.now() - known.builtAt > COUNTS_TRUST_MS) {
    known.builtAt = Date.now();
    void rebuild(db, version, lens, log).catch(() => undefined);
  }
  return known.body;
}
