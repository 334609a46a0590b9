// Helpers for the reliability, backup and fault suites: a private embedded Neo4j on a temp folder (so a test may
// kill, restart or wipe it), a typed canonical dump of a whole database, and the command-line tools run as children.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';
import { Database } from '../../server/db/database.js';
import { startEmbedded, type EmbeddedNeo4j } from '../../server/neo4j-process/embedded.js';
import { QueryRegistry } from '../../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../server/db/required-queries.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** A fresh temporary folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `hulian-${prefix}-`));

/** Starts an embedded Neo4j of our own on `dataDir` (optionally on a fixed Bolt port). */
export function startPrivateNeo4j(dataDir: string, port?: number): Promise<EmbeddedNeo4j> {
  return startEmbedded({ dataDir, port, heap: '512m', pagecacheMb: 64, startTimeoutS: 150 });
}

/** A Database on `uri` (embedded Neo4j runs without auth). */
export function connectTo(uri: string, timeoutMs = 10_000): Database {
  return Database.connect({ uri, username: 'neo4j', password: '', database: 'neo4j' }, QueryRegistry.load(REQUIRED_QUERIES), timeoutMs);
}

function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return { int: value.toString() };
  if (typeof value === 'number') return { float: value };
  if (Array.isArray(value)) return value.map(typed);
  if (value && typeof value === 'object') {
    const temporal =
      isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value);
    if (temporal) return { [value.constructor.name]: String(value) };
  }
  return value;
}

const canonicalProps = (props: Record<string, unknown>) =>
  Object.keys(props)
    .sort()
    .map((key) => [key, typed(props[key])]);

/** Every node (labels + typed properties) and relationship (type + typed properties + both ends), sorted: equal dumps mean equal databases. */
export async function canonicalDump(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const run = (name: string) => db.withSession('READ', (s) => s.executeRead((tx) => tx.run(db.queries.prepare(name, {}).text)));
  const [nodeResult, relResult] = [await run('export-nodes'), await run('export-relationships')];
  const nodeText = new Map(
    nodeResult.records.map((r) => [
      r.get('key') as string,
      JSON.stringify([[...(r.get('labels') as string[])].sort(), canonicalProps(r.get('props'))]),
    ]),
  );
  const relationships = relResult.records.map((r) =>
    JSON.stringify([nodeText.get(r.get('start')), r.get('type'), canonicalProps(r.get('props')), nodeText.get(r.get('end'))]),
  );
  return { nodes: [...nodeText.values()].sort(), relationships: relationships.sort() };
}

/** Counts plus a SHA-256 over the canonical dump: equal fingerprints mean the database did not change. */
export async function fingerprint(db: Database): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const dump = await canonicalDump(db);
  const checksum = createHash('sha256').update(JSON.stringify(dump)).digest('hex');
  return { nodes: dump.nodes.length, relationships: dump.relationships.length, checksum };
}

export interface CliRun {
  child: ChildProcess;
  output: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** Runs a command-line tool (e.g. server/cli/backup.ts) with tsx, against Neo4j at `uri`. */
export function runCli(script: string, args: string[], uri: string): CliRun {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolveRun) =>
    child.once('exit', (code, signal) => resolveRun({ code, signal, output: text })),
  );
  return { child, output: () => text, done };
}

/** Polls `probe` every 100 ms until it returns true; resolves with the time waited, or rejects after `timeoutMs`. */
export async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** Resolves with the moment `port` on loopback first accepts a TCP connection (tried every 20 ms): when Neo4j "comes up". */
export async function firstAccept(port: number): Promise<number> {
  for (;;) {
    const accepted = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (accepted) return Date.now();
    await new Promise((r) => setTimeout(r, 20));
  }
}
