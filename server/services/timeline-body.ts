// /api/timeline's body, serialized and compressed once per data version (Neo4j's last committed transaction and the
// lens in use) rather than rebuilt per request: the route sends the stored gzip or brotli bytes with a version ETag
// (server/http/send-encoded.ts), and the start-up warm-up (warm-up.ts) fills it before /api/ready says ready.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { lensStateOf } from '../lens/lens-state.js';
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
  lens: unknown;
  body: Promise<TimelineBody>;
}

const cache = new WeakMap<Database, Entry>();

/** The data's version: the last committed transaction id, or null when Neo4j will not say (then nothing is cached). */
async function dataVersion(db: Database): Promise<string | null> {
  const [row] = await db.read('data-version', { database: db.database }).catch(() => []);
  return row?.txn === null || row?.txn === undefined ? null : String(row.txn);
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

/** The timeline body for the data as it is now: the stored one while the data and lens are unchanged. */
export async function timelineBody(db: Database, log?: Logger): Promise<TimelineBody> {
  const [version, lens] = await Promise.all([dataVersion(db), lensStateOf(db).catch(() => null)]);
  const known = cache.get(db);
  if (version !== null && known && known.version === version && known.lens === lens) return known.body;
  const body = timeline(db, log).then(encode);
  if (version === null) return body;
  cache.set(db, { version, lens, body });
  body.catch(() => cache.get(db)?.body === body && cache.delete(db));
  return body;
}
