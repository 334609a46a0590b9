// How the command-line tools report a failure: what went wrong (file, record, field) and what to do next.
import { neo4jCode } from '../db/errors.js';
import { CliConnectError, EXIT, openCliDatabase, type CliDatabase } from './connect.js';
import { AppError } from '../errors/app-errors.js';
import { EdgeListFileError } from '../import/read-edge-list.js';
import { NetworkFileError } from '../import/json-file.js';
import { LoadIncompleteError } from '../import/load.js';
import { formatIssue, ValidationError, type ValidationIssue } from '../import/validate.js';

const SHOWN = 30;

/** The issues as lines, at most SHOWN of them, with a count of the rest. */
export function issueLines(issues: ValidationIssue[]): string[] {
  const lines = issues.slice(0, SHOWN).map((issue) => `  ${formatIssue(issue)}`);
  if (issues.length > SHOWN) lines.push(`  … and ${issues.length - SHOWN} more`);
  return lines;
}

/** Prints `error` for a person and returns `exitCode`. */
export function reportFailure(error: unknown, exitCode: number): number {
  const print = (...lines: string[]) => console.error(lines.map((l) => `hulian: ${l}`).join('\n'));
  if (error instanceof ValidationError) {
    print(
      `${error.issues.length} problem(s) found; nothing was written:`,
      ...issueLines(error.issues),
      'Fix these records (or the column mapping; see --help) and run the command again.',
    );
  } else if (error instanceof EdgeListFileError || error instanceof NetworkFileError) {
    print(error.message, 'Nothing was written.');
  } else if (error instanceof LoadIncompleteError) {
    print(error.message, 'The database may have changed between validation and loading; run the command again.');
  } else if (neo4jCode(error) || error instanceof AppError) {
    const code = neo4jCode(error) ?? String((error as AppError).extras?.code ?? '');
    print(
      `Neo4j refused the load${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : error}`,
      "The transaction was rolled back; nothing was written. Check the data against the database's constraints and run again.",
    );
  } else {
    print(error instanceof Error ? error.message : String(error));
  }
  return exitCode;
}

/** Opens the database (reporting a missing one with exit 3), runs `work`, reports its failure with exit 1, and always closes. */
export async function runWithCliDatabase(say: (line: string) => void, work: (opened: CliDatabase) => Promise<number>): Promise<number> {
  let opened: CliDatabase;
  try {
    opened = await openCliDatabase(say);
  } catch (error) {
    if (error instanceof CliConnectError) return reportFailure(error, EXIT.noDatabase);
    throw error;
  }
  try {
    return await work(opened);
  } catch (error) {
    return reportFailure(error, EXIT.failed);
  } finally {
    await opened.close();
  }
}

/** "the database now holds N nodes and M relationships", for the tools' closing line. */
export async function describeDatabaseCounts(opened: CliDatabase): Promise<string> {
  const [counts] = await opened.db.read('count-data');
  return `the database now holds ${counts?.nodes} nodes and ${counts?.relationships} relationships`;
}
