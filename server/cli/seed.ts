// `npm run db:seed` loads the bundled dataset (MERGE: loading twice changes nothing);
// `npm run db:reset` (--reset) wipes the database and loads it, in ONE transaction.
import { readDatasetDir } from '../import/bundled.js';
import { EXIT } from './connect.js';
import { describeDatabaseCounts, runWithCliDatabase } from './report.js';
import { loadDataset } from '../import/load.js';
import { progressBar } from './progress.js';
import { describeLoad } from '../import/seed.js';

const say = (line: string) => console.log(`hulian: ${line}`);

async function main(argv: string[]): Promise<number> {
  const usage = 'Usage: npm run db:seed   |   npm run db:reset  (wipes first)';
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const unknown = argv.filter((a) => a !== '--reset');
  if (unknown.length) {
    console.error(`hulian: unknown option ${unknown.join(' ')}\n${usage}`);
    return EXIT.usage;
  }
  const replace = argv.includes('--reset');
  const raw = readDatasetDir();
  const bar = progressBar('loading', 'records', true);
  return runWithCliDatabase(say, async (opened) => {
    try {
      const summary = await loadDataset(opened.db, raw, {
        requireNameZh: true,
        replace,
        onProgress: (done, total) => bar.update(done, total),
      });
      say(`${replace ? 'wiped the database and ' : ''}${describeLoad(summary)}; ${await describeDatabaseCounts(opened)}`);
      return 0;
    } finally {
      bar.stop();
    }
  });
}

process.exitCode = await main(process.argv.slice(2));
