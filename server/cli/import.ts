// `npm run import -- <file.csv|file.json> [options]`: imports a user's dated network with the same validation
// as the bundled data, written in batches that stay invisible until the import completes (all or nothing). `--help` lists the options; docs/data.md the formats.
import { existsSync, statSync } from 'node:fs';
import { EXIT, type CliDatabase } from './connect.js';
import { issueLines, reportFailure, runWithCliDatabase } from './report.js';
import { completeMapping, parseImportArgs, UsageError, USAGE, type ImportPlan } from './import-args.js';
import { describeNewAndPresent, describeTimings, newAndPresent } from './import-summary.js';
import { writeImport } from './import-write.js';
import { ImportStoppedError } from '../import/batched-load.js';
import { chunkedFromRaw, validateChunked, type ChunkedDataset } from '../import/chunked.js';
import { existingEntities, knownVocabulary, onlyUsedVocabulary, referencedNodeIds, withKnownVocabulary } from '../import/import-context.js';
import { readNetworkJson } from '../import/json-file.js';
import { cleanUpImports } from '../import/pending-imports.js';
import { formatSeconds, phaseProgress, type PhaseProgress } from './progress.js';
import { readEdgeList } from '../import/read-edge-list.js';
import type { RawDataset } from '../import/validate.js';

const say = (line: string) => console.log(`hulian: ${line}`);

/** Reads the file; a CSV comes back with the builder so implicit nodes already in the database can be left out. */
async function readFile(plan: ImportPlan, progress: PhaseProgress) {
  if (plan.format === 'json') {
    const fileSource = plan.sourceGiven ? { id: plan.sourceId, title: plan.sourceTitle, date: plan.sourceDate } : undefined;
    const raw = readNetworkJson(plan.path, plan.file, fileSource);
    progress.update(raw.relationships.length, 1);
    return { rows: raw.relationships.length, wanted: referencedNodeIds(raw), chunked: () => chunkedFromRaw(raw), issues: [] };
  }
  const builder = await readEdgeList(
    plan.path,
    plan.file,
    plan.layout,
    (columns) => completeMapping(plan.mapping, columns),
    (rows, read, total) => progress.update(rows, total ? read / total : undefined),
  );
  return {
    rows: builder.rows,
    wanted: builder.nodeIds(),
    chunked: (existing: Set<string>): ChunkedDataset => ({
      head: builder.head(existing),
      relationshipCount: builder.rows,
      relationships: (from, to) => builder.relationships(from, to),
    }),
    issues: builder.issues,
  };
}

type ReadFile = Awaited<ReturnType<typeof readFile>>;

/** The file's own presentation, else a title for the page header: --title, else the one source's title, else the
 * file name. The loader writes it only when the database has none (a re-import keeps the existing one). */
function withPresentation(raw: RawDataset, plan: ImportPlan): RawDataset {
  if (raw.presentation) return raw;
  const [only, ...more] = raw.sources as { title?: unknown }[];
  const sourceTitle = !plan.sourceGiven && only && !more.length && typeof only.title === 'string' ? only.title : null;
  return { ...raw, presentation: { file: '--title', value: { title: sourceTitle ?? plan.sourceTitle } } };
}
interface Clock {
  started: number;
  readMs: number;
  connectMs: number;
}

/** Ctrl+C: the first stops the import after its current batch (and removes what it wrote); a second quits at once. */
const interrupt = { requested: false, writing: false };

async function importFile(plan: ImportPlan, file: ReadFile, opened: CliDatabase, clock: Clock, progress: PhaseProgress): Promise<number> {
  const running = await cleanUpImports(opened.db, say);
  if (running.length && !plan.dryRun) {
    const [other] = running;
    console.error(
      `hulian: another import (of ${other!.file}, started ${other!.startedAt} on ${other!.host}) is writing to this database; ` +
        'wait until it ends (or stop it with Ctrl+C in its terminal) and run this again.',
    );
    return EXIT.failed;
  }
  progress.start('validating', 'rows', 0, true);
  const existing = await existingEntities(opened.db, file.wanted, plan.replace);
  const data = file.chunked(new Set(existing.keys()));
  // Validate against every known type (so an unknown type's message lists them), then write only the types used.
  const head = withKnownVocabulary(data.head, await knownVocabulary(opened.db, plan.replace));
  const options = { knownNodes: existing };
  const rows = data.relationshipCount;
  const { issues, usedTypes } = validateChunked({ ...data, head }, options, 20_000, (done) =>
    progress.update(done, rows ? done / rows : 1),
  );
  if (issues.length) {
    progress.abort();
    console.error(
      [
        `hulian: ${issues.length} problem(s) found; nothing was written:`,
        ...issueLines(issues),
        'hulian: Fix these records (or the column mapping; see --help) and run the command again.',
      ].join('\n'),
    );
    return EXIT.failed;
  }
  const written: ChunkedDataset = { ...data, head: withPresentation(onlyUsedVocabulary(head, usedTypes), plan) };
  const counts = `${written.head.nodes.length} nodes (+${existing.size} already in the database), ${rows} relationships, ${written.head.milestones.length} milestones`;
  if (plan.dryRun) {
    progress.stop();
    say(`dry run: ${plan.file} is valid: ${counts}; nothing was written (${formatSeconds(Date.now() - clock.started)})`);
    return 0;
  }
  const validateMs = progress.end();
  interrupt.writing = true;
  let report;
  try {
    report = await writeImport(opened, plan, written, existing, progress, () => interrupt.requested);
  } catch (error) {
    progress.abort();
    const left = (error as { leftBehind?: string }).leftBehind;
    if (left)
      console.error(
        `hulian: what this import wrote could not be removed now; it stays invisible and the next start or import removes it (import ${left}).`,
      );
    if (error instanceof ImportStoppedError) {
      console.error(`hulian: stopped (Ctrl+C): nothing was imported${left ? '' : '; what had been written was removed'}.`);
      return 130;
    }
    if (!left) console.error('hulian: the import failed; nothing was imported (what had been written was removed).');
    throw error;
  }
  progress.stop();
  const { created, present } = newAndPresent(report, existing.size);
  say(`imported ${plan.file}${plan.replace ? ' (database wiped first)' : ''}: ${counts}`);
  describeNewAndPresent(created, present).forEach((line) => say(`  ${line}`));
  say(
    describeTimings(
      {
        ...clock,
        validateMs,
        writeMs: report.writeMs,
        completeMs: report.completeMs,
        cleanMs: report.cleanMs,
        totalMs: Date.now() - clock.started,
      },
      rows,
    ),
  );
  if (report.cleanError) say(`the import is complete; removing its markers failed (${report.cleanError}); the next start finishes that`);
  return 0;
}

/** Installs the Ctrl+C handler: stop between batches while writing, else quit at once. */
function onInterrupt(progress: PhaseProgress): void {
  process.on('SIGINT', () => {
    if (!interrupt.writing || interrupt.requested) {
      progress.abort();
      console.error(
        interrupt.requested
          ? '\nhulian: quit; the next start or import removes what was written (it stays invisible).'
          : '\nhulian: stopped (Ctrl+C); nothing was written.',
      );
      process.exit(130);
    }
    interrupt.requested = true;
    console.error('\nhulian: stopping after the current batch and removing what was written (Ctrl+C again to quit at once)…');
  });
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
  const progress = phaseProgress({ mode: plan.progress });
  onInterrupt(progress);
  try {
    let file: ReadFile;
    progress.start('reading', 'rows', 0, true);
    try {
      file = await readFile(plan, progress);
    } catch (error) {
      progress.abort();
      if (error instanceof UsageError) return reportFailure(new UsageError(`${error.message} (see --help)`), EXIT.usage);
      return reportFailure(error, EXIT.failed);
    }
    const readMs = progress.end();
    if (file.issues.length) {
      progress.abort();
      console.error(
        [
          `hulian: ${file.issues.length} problem(s) in ${plan.file}; nothing was written:`,
          ...issueLines(file.issues),
          'hulian: Fix these rows or the column mapping (see --help) and run the command again.',
        ].join('\n'),
      );
      return EXIT.failed;
    }
    say(`read ${plan.file}: ${file.rows} rows in ${formatSeconds(readMs)}`);
    progress.start('connecting/starting Neo4j');
    return await runWithCliDatabase(say, (opened) =>
      importFile(plan, file, opened, { started, readMs, connectMs: progress.end() }, progress),
    );
  } finally {
    progress.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
