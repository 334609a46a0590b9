// `npm run import -- <file.csv|file.json> [options]`: imports a user's dated network with the same validation
// and the same all-or-nothing load as the bundled data. `--help` lists the options; docs/data.md the formats.
import { existsSync, statSync } from 'node:fs';
import { EXIT, type CliDatabase } from './connect.js';
import { issueLines, reportFailure, runWithCliDatabase } from './report.js';
import { completeMapping, parseImportArgs, UsageError, USAGE, type ImportPlan } from './import-args.js';
import { describeNewAndPresent, describeTimings, newAndPresent } from './import-summary.js';
import { existingEntities, knownVocabulary, onlyUsedVocabulary, referencedNodeIds, withKnownVocabulary } from '../import/import-context.js';
import { readNetworkJson } from '../import/json-file.js';
import { loadDataset } from '../import/load.js';
import { formatSeconds, phaseProgress, type PhaseProgress } from './progress.js';
import { readEdgeList } from '../import/read-edge-list.js';
import { validateDataset, type RawDataset } from '../import/validate.js';

const say = (line: string) => console.log(`hulian: ${line}`);

/** Reads the file; a CSV comes back with the builder so implicit nodes already in the database can be left out. */
async function readFile(plan: ImportPlan, progress: PhaseProgress) {
  if (plan.format === 'json') {
    const fileSource = plan.sourceGiven ? { id: plan.sourceId, title: plan.sourceTitle, date: plan.sourceDate } : undefined;
    const raw = readNetworkJson(plan.path, plan.file, fileSource);
    progress.update(raw.relationships.length, 1);
    return { rows: raw.relationships.length, wanted: referencedNodeIds(raw), build: () => raw, issues: [] };
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
    build: (existing: Set<string>) => builder.build(existing),
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

async function importFile(plan: ImportPlan, file: ReadFile, opened: CliDatabase, clock: Clock, progress: PhaseProgress): Promise<number> {
  progress.start('validating', 'rows', file.rows);
  const existing = await existingEntities(opened.db, file.wanted, plan.replace);
  // Validate against every known type (so an unknown type's message lists them), then write only the types used.
  const full: RawDataset = withKnownVocabulary(file.build(new Set(existing.keys())), await knownVocabulary(opened.db, plan.replace));
  const options = { knownNodes: existing, replace: plan.replace };
  const { issues } = validateDataset(full, options);
  if (issues.length) {
    progress.stop();
    console.error(
      [
        `hulian: ${issues.length} problem(s) found; nothing was written:`,
        ...issueLines(issues),
        'hulian: Fix these records (or the column mapping; see --help) and run the command again.',
      ].join('\n'),
    );
    return EXIT.failed;
  }
  const raw = withPresentation(onlyUsedVocabulary(full), plan);
  const counts = `${raw.nodes.length} nodes (+${existing.size} already in the database), ${raw.relationships.length} relationships, ${raw.milestones.length} milestones`;
  if (plan.dryRun) {
    progress.stop();
    say(`dry run: ${plan.file} is valid: ${counts}; nothing was written (${formatSeconds(Date.now() - clock.started)})`);
    return 0;
  }
  let validateMs = 0;
  const report = await loadDataset(opened.db, raw, {
    ...options,
    keepPresentation: true,
    // The loader validates once more; the validating phase ends as its write transaction starts.
    onWriteStart: () => {
      validateMs = progress.end();
      progress.start('writing', 'records', 0, true);
    },
    onProgress: (done, total) => {
      progress.update(done, done / total);
      // The last batch is followed by the commit, which can take a while on large files: say so.
      if (done >= total) progress.start('committing');
    },
  });
  progress.stop();
  const { created, present } = newAndPresent(report, existing.size);
  say(`imported ${plan.file}${plan.replace ? ' (database wiped first)' : ''}: ${counts}`);
  describeNewAndPresent(created, present).forEach((line) => say(`  ${line}`));
  say(describeTimings({ ...clock, validateMs, writeMs: report.writeMs, totalMs: Date.now() - clock.started }, raw.relationships.length));
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
  const progress = phaseProgress({ mode: plan.progress });
  try {
    let file: ReadFile;
    progress.start('reading', 'rows', 0, true);
    try {
      file = await readFile(plan, progress);
    } catch (error) {
      progress.stop();
      if (error instanceof UsageError) return reportFailure(new UsageError(`${error.message} (see --help)`), EXIT.usage);
      return reportFailure(error, EXIT.failed);
    }
    const readMs = progress.end();
    if (file.issues.length) {
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
