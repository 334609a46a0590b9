// How long browsers keep the client's files: the page is revalidated on every visit (its Link header follows how the
// network is delivered now), the build's hashed files are kept for a year (a new build has new names), the rest an hour.
import { basename, sep } from 'node:path';

/** Vite's content hash in a built file's name: `index-BJxY4QTB.js`. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.(?:js|css)$/;

/** The Cache-Control header for the client file at `path`. */
export function clientCacheControl(path: string): string {
  const name = basename(path);
  if (name === 'index.html') return 'no-cache';
  if (path.includes(`${sep}assets${sep}`) && HASHED_NAME.test(name)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}
