// `npm run bench` large part: a generated trust/message-like network (bench/generate-events.ts) written as an edge-list
// CSV, loaded through the importer CLI, opened in the explorer (bench/large-bench.ts) and drawn by vis-network too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchNeo4j } from './bench-neo4j.js';
import { startBenchServer } from './bench-server.js';
import { launchBenchBrowser } from './browser.js';
import { eventNetworkCsv, generateEventNetwork, type EventRow } from './generate-events.js';
import { importWithCli } from './import-cli.js';
import { benchLarge, type LargeClientResult } from './large-bench.js';
import { firstRenderTurns } from './first-render-bench.js';
import { benchFlagship, type FlagshipResult } from './flagship-bench.js';
import { benchReferences } from './reference-bench.js';
import { median, round } from './stats.js';

const LARGE_NETWORK = { nodes: 6_000, relationships: 36_000, seed: 20240613, fromYear: 2019, years: 5 };

export interface LargeResult extends LargeClientResult {
  date: string;
  chromium: string;
  network: { nodes: number; relationships: number; eventShare: number; maxDegree: number; medianDegree: number; importMs: number };
  /** The explorer's first render in the page opened for the steps (one load; firstRenderMs is the turns' median). */
  firstRenderSingleMs: number;
  /** First renders in turns (bench/first-render-bench.ts): Hulian's and vis-network's per load, their medians. */
  firstRenderSamplesMs: number[];
  visNetworkMs: number;
  visNetworkSamplesMs: number[];
  visNetworkElements: number;
  visNetworkRatio: number;
  /** The plain Canvas2D reference's step between the same two drawings, and Hulian's step as a multiple of it. */
  referenceStepMs: number;
  stepToReference: number;
  /** A bare Cytoscape holding only the current step (remove + add), between the same two drawings. */
  cytoscapeHoldingStepMs: number;
  /** The bundled (flagship) network in the same run: first drawn graph and step. */
  flagship: FlagshipResult;
}

/** Degree figures of the rows (both ends count). */
function degreeFigures(rows: readonly EventRow[]): { nodes: number; maxDegree: number; medianDegree: number } {
  const degree = new Map<string, number>();
  for (const row of rows) for (const end of [row.source, row.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const values = [...degree.values()];
  return { nodes: degree.size, maxDegree: Math.max(...values), medianDegree: median(values) };
}

/** Writes the rows as an edge-list CSV and imports them through the CLI (replacing the data); returns the import's ms. */
async function importLarge(neo: BenchNeo4j, rows: EventRow[], log: (line: string) => void): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'hulian-bench-large-'));
  const csv = join(folder, 'trust-network.csv');
  writeFileSync(csv, eventNetworkCsv(rows));
  try {
    const args = ['--replace', '--type', 'RATES', '--props', 'rating', '--source-id', 'bench-trust-network'];
    const imported = await importWithCli(neo.target, csv, [...args, '--source-title', 'Generated trust network', '--no-progress']);
    log(
      `large: imported ${degreeFigures(rows).nodes} nodes, ${rows.length} relationships through the importer CLI in ${(imported.ms / 1000).toFixed(1)} s`,
    );
    for (const line of imported.output.split('\n').filter((l) => l.startsWith('hulian: '))) log(`  ${line}`);
    return imported.ms;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Measures the flagship, then generates, imports through the CLI and measures the large network and its floors;
 * `neo` is emptied and refilled. */
export async function largePart(neo: BenchNeo4j, log: (line: string) => void): Promise<LargeResult> {
  const rows = generateEventNetwork(LARGE_NETWORK);
  const { nodes, maxDegree, medianDegree } = degreeFigures(rows);
  const eventShare = round(rows.filter((r) => r.until === null).length / rows.length, 3);
  const browser = await launchBenchBrowser();
  const flagship = await benchFlagship(neo, browser.context).catch(async (error) => {
    await browser.close();
    throw error;
  });
  log(`flagship: first ${flagship.firstRenderMs} ms, step ${flagship.stepMs} ms (${flagship.elements} drawn)`);
  let importMs: number;
  try {
    importMs = await importLarge(neo, rows, log);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const server = await startBenchServer(neo.target);
  try {
    const { result, drawn, stepDrawings } = await benchLarge(browser.context, server.baseUrl);
    log(
      `large (${result.elements} drawn, ${result.renderer}): first ${result.firstRenderMs} ms, step ${result.stepMs} ms, ${result.fps} fps, actions ${JSON.stringify(result.actionsMs)}`,
    );
    const turns = await firstRenderTurns(browser.context, server.baseUrl, drawn);
    const visNetworkRatio = turns.ratio;
    log(
      `large first render in turns, first visits: Hulian ${turns.hulianMs.join(', ')} ms (median ${turns.hulianMedianMs}); vis-network (${drawn.nodes.length + drawn.edges.length} elements) ${turns.peerMs.join(', ')} ms (median ${turns.peerMedianMs}); ÷ Hulian = ${visNetworkRatio}`,
    );
    const floors = await benchReferences(browser.context, server.baseUrl, stepDrawings);
    const stepToReference = round(result.stepMs / floors.referenceStepMs, 1);
    log(
      `large floors: Canvas2D reference step ${floors.referenceStepMs} ms (Hulian ${stepToReference}×), Cytoscape holding the step ${floors.cytoscapeHoldingStepMs} ms; load ${result.loadAverage}`,
    );
    return {
      date: new Date().toISOString(),
      chromium: browser.version,
      network: { nodes, relationships: rows.length, eventShare, maxDegree, medianDegree, importMs },
      ...result,
      // The median of the alternating first visits (the single load before the steps is kept as firstRenderSingleMs).
      firstRenderMs: turns.hulianMedianMs,
      firstRenderSingleMs: result.firstRenderMs,
      firstRenderSamplesMs: turns.hulianMs,
      visNetworkMs: turns.peerMedianMs,
      visNetworkSamplesMs: turns.peerMs,
      visNetworkElements: drawn.nodes.length + drawn.edges.length,
      visNetworkRatio,
      ...floors,
      stepToReference,
      flagship,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
