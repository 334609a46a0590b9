// `npm run db:seed` loads the bundled dataset (MERGE: loading twice changes nothing);
// `npm run db:reset` (--reset) wipes the database and loads it, in ONE transaction.
import { readDatasetDir } from './bundled.js';
import { CliConnectError, EXIT, openCliDatabase } from './cli-connect.js';
import { reportFailure } from './cli-report.js';
import { loadDataset } from './load.js';
import { progressBar } from './progress.js';
import { describeLoad } from './seed.js';

const say = (line: string) => console.log(`hulian: ${line}`);

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--reset');
  if (unknown.length) {
    console.error(`hulian: unknown option ${unknown.join(' ')}\nUsage: npm run db:seed   |   npm run db:reset  (wipes first)`);
    return EXIT.usage;
  }
  const replace = argv.includes('--reset');
  const raw = readDatasetDir();
  let opened;
  try {
    opened = await openCliDatabase(say);
  } catch (error) {
    if (error instanceof CliConnectError) return reportFailure(error, EXIT.noDatabase);
    throw error;
  }
  const bar = progressBar('loading', 'records', true);
  try {
    const summary = await loadDataset(opened.db, raw, { requireNameZh: true, replace, onProgress: (done, total) => bar.update(done, total) });
    bar.stop();
    const [counts] = await opened.db.read('count-data');
    say(`${replace ? 'wiped the database and ' : ''}${describeLoad(summary)}; the database now holds ${counts?.nodes} nodes and ${counts?.relationships} relationships`);
    return 0;
  } catch (error) {
    bar.stop();
    return reportFailure(error, EXIT.failed);
  } finally {
    await opened.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
