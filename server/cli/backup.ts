// `npm run db:backup [-- file.json]`: writes the whole database as one JSON file in the importer's own format
// (default backups/hulian-<UTC time>.json); `npm run db:restore -- file.json` or `npm run import` read it back.
import { EXIT } from './connect.js';
import { describeBackup, exportDatabase } from '../import/backup-export.js';
import { defaultBackupPath, writeBackupFile } from '../import/backup-file.js';
import { runWithCliDatabase } from './report.js';

const say = (line: string) => console.log(`hulian: ${line}`);
const USAGE = 'Usage: npm run db:backup [-- <file.json>]   (default: backups/hulian-<time>.json)';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.length > 1 || argv.some((a) => a.startsWith('-'))) {
    console.error(USAGE);
    return argv.includes('--help') ? 0 : EXIT.usage;
  }
  const path = argv[0] ?? defaultBackupPath();
  return runWithCliDatabase(say, async (opened) => {
    const started = Date.now();
    const backup = await exportDatabase(opened.db);
    writeBackupFile(path, backup);
    say(`backed up ${describeBackup(backup)} to ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  });
}

process.exitCode = await main(process.argv.slice(2));
