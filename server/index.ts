// Hulian's entry point: owns start-up (config, Neo4j, schema, data, HTTP) and graceful shutdown.
// Start: `npm start`. Ctrl+C or SIGTERM stops accepting, drains requests, closes the driver and stops Neo4j.
import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp } from './app.js';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config/config.js';
import { bootstrap, waitForNeo4j } from './db/bootstrap.js';
import { Database } from './db/database.js';
import { QueryRegistry } from './db/query-registry.js';
import { REQUIRED_QUERIES } from './db/required-queries.js';
import { resolveNeo4j, type Neo4jTarget } from './db/resolve.js';
import { seedIfEmpty } from './import/seed.js';

const say = (message: string) => console.log(`hulian: ${message}`);

function readConfig(): Config {
  try {
    loadDotEnv();
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`hulian: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const queries = QueryRegistry.load(REQUIRED_QUERIES);
  if (!config.NEO4J_URI) say(`starting the embedded Neo4j in ${config.NEO4J_DATA_DIR} (the first start can take a minute)…`);
  const target: Neo4jTarget = await resolveNeo4j(config, { log: (line) => logger.debug({ neo4j: line }) });
  say(`Neo4j: ${target.source === 'embedded' ? 'embedded' : 'NEO4J_URI'} at ${target.uri}`);
  const db = Database.connect(target, queries, config.QUERY_TIMEOUT_MS);

  const ready = (async () => {
    await waitForNeo4j(db, say);
    await bootstrap(db, { log: say, seedIfEmpty });
  })();
  if (target.source === 'embedded') await ready;
  else ready.catch((error) => say(`could not prepare the database: ${error instanceof Error ? error.message : error}`));

  const app = createApp({ db, config, logger });
  const server: Server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    say(`explorer ready at http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}  (Ctrl+C to stop)`);
  });
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(`hulian: cannot listen on ${config.HOST}:${config.PORT}: ${error.code === 'EADDRINUSE' ? 'the port is in use; set PORT to another port' : error.message}`);
    await db.close();
    await target.stop();
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: finishing open requests, then stopping…`);
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    await closed;
    clearTimeout(force);
    await db.close();
    await target.stop();
    say('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(`hulian: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
