// `npm run db:restore -- file.json`: REPLACES the whole database with a backup written by db:backup. The file is
// validated first; the wipe and the load run in one transaction, so a failure leaves the database as it was.
import { existsSync } from 'node:fs';
import { EXIT } from './connect.js';
import { restoreBackupFile } from '../import/backup-file.js';
import { describeDatabaseCounts, runWithCliDatabase } from './report.js';
import { progressBar } from './progress.js';
import { describeLoad } from '../import/seed.js';

const say = (line: string) => console.log(`hulian: ${line}`);
const USAGE = 'Usage: npm run db:restore -- <backup.json>   (replaces everything in the database with the backup)';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.length !== 1 || argv[0]!.startsWith('-')) {
    console.error(USAGE);
    return argv.includes('--help') ? 0 : EXIT.usage;
  }
  const path = argv[0]!;
  if (!existsSync(path)) {
    console.error(`hulian: ${path}: no such file\n${USAGE}`);
    return EXIT.usage;
  }
  const bar = progressBar('restoring', 'records', true);
  return runWithCliDatabase(say, async (opened) => {
    try {
      const summary = await restoreBackupFile(opened.db, path, (done, total) => bar.update(done, total));
      say(`restored ${path}: ${describeLoad(summary)}; ${await describeDatabaseCounts(opened)}`);
      return 0;
    } finally {
      bar.stop();
    }
  });
}

process.exitCode = await main(process.argv.slice(2));
