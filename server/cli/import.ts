// `npm run import -- <file.csv|file.json> [options]`: imports a user's dated network with the same validation
// and the same all-or-nothing load as the bundled data. `--help` lists the options; docs/data.md the formats.
import { existsSync, statSync } from 'node:fs';
import { EXIT, type CliDatabase } from './connect.js';
import { issueLines, reportFailure, runWithCliDatabase } from './report.js';
import { completeMapping, parseImportArgs, UsageError, USAGE, type ImportPlan } from './import-args.js';
import { existingEntities, knownVocabulary, referencedNodeIds, withKnownVocabulary } from '../import/import-context.js';
import { readNetworkJson } from '../import/json-file.js';
import { loadDataset } from '../import/load.js';
import { progressBar } from './progress.js';
import { readEdgeList } from '../import/read-edge-list.js';
import { validateDataset, type RawDataset } from '../import/validate.js';

const say = (line: string) => console.log(`hulian: ${line}`);
const BIG_FILE_BYTES = 1_000_000;

/** Reads the file; a CSV comes back with the builder so implicit nodes already in the database can be left out. */
async function readFile(plan: ImportPlan, bars: boolean) {
  if (plan.format === 'json') {
    const raw = readNetworkJson(plan.path, plan.file, plan.sourceGiven ? { id: plan.sourceId, title: plan.sourceTitle } : undefined);
    return { wanted: referencedNodeIds(raw), build: () => raw, issues: [] };
  }
  const bar = progressBar('parsing', 'bytes', bars);
  try {
    const builder = await readEdgeList(plan.path, plan.file, plan.layout, (columns) => completeMapping(plan.mapping, columns),
      (read, total) => bar.update(read, total));
    return { wanted: builder.nodeIds(), build: (existing: Set<string>) => builder.build(existing), issues: builder.issues };
  } finally {
    bar.stop();
  }
}

type ReadFile = Awaited<ReturnType<typeof readFile>>;

async function importFile(plan: ImportPlan, file: ReadFile, opened: CliDatabase, started: number, bars: boolean): Promise<number> {
  const existing = await existingEntities(opened.db, file.wanted, plan.replace);
  const raw: RawDataset = withKnownVocabulary(file.build(new Set(existing.keys())), await knownVocabulary(opened.db, plan.replace));
  const options = { knownNodes: existing, replace: plan.replace };
  const { issues } = validateDataset(raw, options);
  if (issues.length) {
    console.error([`hulian: ${issues.length} problem(s) found; nothing was written:`, ...issueLines(issues),
      'hulian: Fix these records (or the column mapping; see --help) and run the command again.'].join('\n'));
    return EXIT.failed;
  }
  const counts = `${raw.nodes.length} nodes (+${existing.size} already in the database), ${raw.relationships.length} relationships, ${raw.milestones.length} milestones`;
  if (plan.dryRun) {
    say(`dry run: ${plan.file} is valid: ${counts}; nothing was written (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return 0;
  }
  const bar = progressBar('loading', 'records', bars);
  try {
    await loadDataset(opened.db, raw, { ...options, onProgress: (done, total) => bar.update(done, total) });
  } finally {
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  say(`imported ${plan.file}${plan.replace ? ' (database wiped first)' : ''}: ${counts} in ${seconds.toFixed(1)} s (${Math.round(raw.relationships.length / seconds)} relationships/s)`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  let plan: ImportPlan;
  try {
    plan = parseImportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message ? `hulian: ${error.message}\n\n${USAGE}` : USAGE);
    return error.message ? EXIT.usage : 0;
  }
  if (!existsSync(plan.path) || !statSync(plan.path).isFile()) {
    console.error(`hulian: ${plan.path}: no such file`);
    return EXIT.usage;
  }
  const bars = plan.progress && statSync(plan.path).size >= BIG_FILE_BYTES;
  let file: ReadFile;
  try {
    file = await readFile(plan, bars);
  } catch (error) {
    if (error instanceof UsageError) return reportFailure(new UsageError(`${error.message} (see --help)`), EXIT.usage);
    return reportFailure(error, EXIT.failed);
  }
  if (file.issues.length) {
    console.error([`hulian: ${file.issues.length} problem(s) in ${plan.file}; nothing was written:`, ...issueLines(file.issues),
      'hulian: Fix these rows or the column mapping (see --help) and run the command again.'].join('\n'));
    return EXIT.failed;
  }
  say(`read ${plan.file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return runWithCliDatabase(say, (opened) => importFile(plan, file, opened, started, bars));
}

process.exitCode = await main(process.argv.slice(2));
