// `npm run bench -- --only import`: a generated 1,000,000-row edge list imported by the real CLI into a fresh embedded
// Neo4j with the default settings (1 GB heap); wall time per phase, relationships/s, peak JVM and Node memory from
// /proc. A second run is SIGKILLed halfway through writing: nothing may be visible, and the next start cleans up.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../server/config/config.js';
import { Database } from '../server/db/database.js';
import { QueryRegistry } from '../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../server/db/required-queries.js';
import { resolveNeo4j, type Neo4jTarget } from '../server/db/resolve.js';
import { applySchema } from '../server/db/schema.js';
import { cleanUpImports } from '../server/import/pending-imports.js';
import { measureFloor, type ImportFloor } from './import-floor.js';
import { edgeListImportOptions, writeEdgeList } from '../test/fixtures/edge-list-generator.js';

const ROOT = resolve(import.meta.dirname, '..');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);

export interface ImportBenchResult {
  date: string;
  rows: number;
  nodes: number;
  /** Seconds per phase as the CLI reports them, and the whole command's wall time. */
  phases: Record<string, number>;
  wallSeconds: number;
  relationshipsPerSecond: number;
  peakNeo4jRssMB: number;
  peakNodeRssMB: number;
  loadAverage: string;
  /** Load average as the import started (the other is taken as it ended). */
  loadAverageBefore: string;
  /** The simplest UNWIND CREATE of the same rows, in the same Neo4j, right after the import. */
  floor: ImportFloor;
  killed: { atPercent: number; visibleAfterKill: number; markedAfterKill: number; markedAfterStart: number; startLog: string };
}

/** Peak resident memory (VmHWM) of a process, in MB; 0 when it is gone. */
const peakRssMB = (pid: number) => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
    return line ? Math.round(Number(line[1]) / 1024) : 0;
  } catch {
    return 0;
  }
};
/** The JVM whose command line names `dataDir` (the embedded Neo4j's process). */
const jvmPid = (dataDir: string) =>
  readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .find((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dataDir) && readFileSync(`/proc/${p}/comm`, 'utf8').startsWith('java');
      } catch {
        return false;
      }
    });

/** Runs the importer CLI; `killAt(output)` returning true SIGKILLs it. Resolves with output, exit code and peak RSS. */
function runImport(target: Neo4jTarget, csv: string, prefix: string, killAt?: (output: string) => boolean) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const args = [...edgeListImportOptions({ type: 'PAYS', prefix, sourceId: `${prefix}src` }), '--progress', 'lines'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', csv, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...base, LOG_LEVEL: 'warn', NEO4J_URI: target.uri, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: target.password },
  });
  let output = '';
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, peakRssMB(child.pid!))), 500);
  const take = (chunk: Buffer) => {
    output += chunk.toString();
    if (killAt?.(output)) child.kill('SIGKILL');
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  return new Promise<{ output: string; code: number | null; peakMB: number }>((done) =>
    child.once('exit', (code) => {
      clearInterval(sample);
      done({ output, code, peakMB: peak });
    }),
  );
}

const loadAverageNow = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const seconds = (output: string, phase: string) => Number(output.match(new RegExp(`${phase} (\\d+\\.\\d) s`))?.[1] ?? NaN);

export async function importPart(log: (line: string) => void): Promise<ImportBenchResult> {
  const work = mkdtempSync(join(tmpdir(), 'hulian-bench-import-'));
  const csv = join(work, 'payments.csv');
  const generated = writeEdgeList(csv, ROWS, ROWS / 10, 20240601);
  log(`import: generated ${ROWS} rows among ${generated.nodeIds.size} accounts`);
  const dataDir = join(work, 'neo4j');
  const target = await resolveNeo4j(loadConfig({ ...process.env, NEO4J_URI: '', LOG_LEVEL: 'silent' }), { dataDir });
  const db = Database.connect(target, QueryRegistry.load(REQUIRED_QUERIES), 600_000);
  try {
    await applySchema(db);
    const jvm = Number(jvmPid(dataDir) ?? 0);
    const loadAverageBefore = loadAverageNow();
    const started = Date.now();
    const run = await runImport(target, csv, 'pay-');
    const wallSeconds = (Date.now() - started) / 1000;
    if (run.code !== 0) throw new Error(`the import failed:\n${run.output}`);
    log(`import: ${run.output.split('\n').filter((l) => l.includes('time:'))[0] ?? ''}`);
    const phases = Object.fromEntries(
      ['connecting/starting Neo4j', 'reading', 'validating', 'writing', 'completing', 'cleaning'].map((p) => [p, seconds(run.output, p)]),
    );
    const loadAverage = loadAverageNow();
    const floor = await measureFloor(db, csv, 'pay-');
    log(
      `import: floor (UNWIND CREATE, same rows): ${floor.medianMs} ms per ${floor.batchSize} (${floor.minMs}–${floor.maxMs}), ${floor.relationshipsPerSecond}/s`,
    );
    // The killed run: another file's worth of payments, SIGKILLed once half of its rows are written.
    const killed = await runImport(target, csv, 'kill-', (out) => /writing: \d+ rows \(([5-9]\d)%\)/.test(out));
    const atPercent = Number(
      killed.output
        .match(/writing: \d+ rows \((\d+)%\)/g)
        ?.pop()
        ?.match(/\((\d+)%/)?.[1] ?? 0,
    );
    const count = async (where: string) =>
      Number(
        (
          await db.withSession('READ', (s) => s.run(`MATCH (n:Entity) WHERE n.id STARTS WITH 'kill-' AND ${where} RETURN count(n) AS c`))
        ).records[0]!.get('c'),
      );
    const visible = "(n.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: n.hulianImport}) WHERE pending.state = 'complete' })";
    const visibleAfterKill = await count(visible);
    const markedAfterKill = await count('n.hulianImport IS NOT NULL');
    const lines: string[] = [];
    await cleanUpImports(db, (line) => lines.push(line));
    const markedAfterStart = await count('true');
    log(`import: killed at ${atPercent}%: ${visibleAfterKill} visible, ${markedAfterKill} pending; the next start: ${lines.join(' / ')}`);
    return {
      date: new Date().toISOString(),
      rows: ROWS,
      nodes: generated.nodeIds.size,
      phases,
      wallSeconds: Math.round(wallSeconds * 10) / 10,
      relationshipsPerSecond: Math.round(ROWS / phases.writing!),
      peakNeo4jRssMB: peakRssMB(jvm),
      peakNodeRssMB: run.peakMB,
      loadAverage,
      loadAverageBefore,
      floor,
      killed: { atPercent, visibleAfterKill, markedAfterKill, markedAfterStart, startLog: lines.join(' / ') },
    };
  } finally {
    await db.close();
    await target.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
