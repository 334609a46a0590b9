// How the server hands out the client's files: the page is revalidated on every visit (so its preload header follows
// the network as it is now), the build's hashed files are kept for a year, other files for an hour.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../_server.js';

let server: TestServer;
let clientDir: string;

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'hulian-client-files-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(clientDir, 'assets', 'index-Ab3_d-F9.js'), 'export {};');
  writeFileSync(join(clientDir, 'assets', 'notes.js'), 'export {};');
  writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startTestServer({}, clientDir);
});
afterAll(async () => {
  await server?.close();
  rmSync(clientDir, { recursive: true, force: true });
});

const cacheControl = async (path: string) => {
  const res = await fetch(`${server.baseUrl}${path}`);
  await res.arrayBuffer();
  return { status: res.status, cacheControl: res.headers.get('cache-control') };
};

describe('client files', () => {
  it('should have the page revalidated on every visit, however it is asked for', async () => {
    for (const path of ['/', '/index.html', '/a/link/the/page/handles'])
      expect(await cacheControl(path)).toEqual({ status: 200, cacheControl: 'no-cache' });
  });

  it('should let browsers keep a build file named by its hash for a year, other files for an hour', async () => {
    expect(await cacheControl('/assets/index-Ab3_d-F9.js')).toEqual({ status: 200, cacheControl: 'public, max-age=31536000, immutable' });
    expect(await cacheControl('/assets/notes.js')).toEqual({ status: 200, cacheControl: 'public, max-age=3600' });
    expect(await cacheControl('/favicon.svg')).toEqual({ status: 200, cacheControl: 'public, max-age=3600' });
  });
});
