// Sends a body stored in three encodings (plain, gzip, brotli) in the best one the request accepts, with its ETag, so
// that a large answer built once per data version (server/services/timeline-body.ts) costs no compression per request.
import type { Request, Response } from 'express';

/** A body serialized once and compressed once, with the version tag that names it. */
interface EncodedBody {
  json: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

/** Sends `body` in the best encoding the request accepts, with its ETag (304 when the client holds it). */
export function sendEncoded(req: Request, res: Response, body: EncodedBody): void {
  // Brotli whenever it is accepted at all (smaller than gzip), whatever order the client listed them in.
  const accepted = req.acceptsEncodings('br') || req.acceptsEncodings('gzip');
  const [bytes, encoding] = accepted === 'br' ? [body.br, 'br'] : accepted === 'gzip' ? [body.gzip, 'gzip'] : [body.json, null];
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', body.etag);
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.type('application/json').send(bytes);
}
