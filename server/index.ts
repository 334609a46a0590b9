// Hulian's entry point: owns start-up (config, Neo4j, schema, data, HTTP), restarts of a dead embedded Neo4j, and
// graceful shutdown. Start: `npm start`. Ctrl+C or SIGTERM stops accepting, lets open requests finish, closes the
// driver and stops Neo4j; it exits 1 when the embedded Neo4j died and could not be restarted.
import type { Server } from 'node:http';
import { pino } from 'pino';
import { createApp } from './app.js';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config/config.js';
import { watchDatabase } from './services/bootstrap.js';
import { Database } from './db/database.js';
import { onRunawayRestart } from './neo4j-process/runaway.js';
import { superviseEmbedded, type EmbeddedSupervisor } from './neo4j-process/supervisor.js';
import { QueryRegistry } from './db/query-registry.js';
import { REQUIRED_QUERIES } from './db/required-queries.js';
import { resolveNeo4j, type Neo4jTarget } from './db/resolve.js';
import { livenessProblem, outageDetail, type Neo4jOwnership } from './http/neo4j-status.js';
import { requestDeadlineMs, requestGuard, type RequestGuard } from './http/request-guard.js';
import { warmFixedEndpoints, warmOtherEndpoints } from './services/warm-up.js';
import { seedIfEmpty } from './import/seed.js';

const say = (message: string) => console.log(`hulian: ${message}`);
/** After this long, connections still open at shutdown are cut. */
const DRAIN_LIMIT_MS = 10_000;
/** After giving up on the embedded Neo4j: how long /api/health says so (503) before the process exits 1. */
const GIVE_UP_EXIT_DELAY_MS = 3_000;

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

/** Stops accepting, refuses new requests on open connections, and resolves once the in-flight ones have finished. */
async function drain(server: Server): Promise<void> {
  const closed = new Promise<void>((done) => server.close(() => done()));
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => server.closeAllConnections(), DRAIN_LIMIT_MS);
  server.closeIdleConnections();
  await closed;
  clearInterval(sweep);
  clearTimeout(force);
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const queries = QueryRegistry.load(REQUIRED_QUERIES);
  if (!config.NEO4J_URI) say(`starting the embedded Neo4j in ${config.NEO4J_DATA_DIR} (the first start can take a minute)…`);
  const target: Neo4jTarget = await resolveNeo4j(config, { log: (line) => logger.debug({ neo4j: line }) });
  say(`Neo4j: ${target.source === 'embedded' ? 'embedded' : 'NEO4J_URI'} at ${target.uri}`);
  const db = Database.connect(target, queries, config.QUERY_TIMEOUT_MS);
  let lastNeo4jSuccess = 0;
  let guard: RequestGuard | undefined;
  const watch = watchDatabase(db, {
    log: say,
    seedIfEmpty,
    warmBeforeReady: warmFixedEndpoints,
    afterReady: warmOtherEndpoints,
    holdsData: async (database) => Number((await database.read('count-data'))[0]?.nodes ?? 0) > 0,
    lastSuccessAt: () => lastNeo4jSuccess,
    onDown: () => {
      const answered = guard?.failNeo4jRequests() ?? 0;
      if (answered) say(`answered ${answered} request${answered === 1 ? '' : 's'} waiting on Neo4j with 503.`);
    },
  });
  let giveUp: ((reason: string) => void) | undefined;
  const supervisor: EmbeddedSupervisor | undefined =
    target.embedded &&
    superviseEmbedded(target.embedded.neo4j, {
      restart: target.embedded.restart,
      attempts: config.NEO4J_RESTART_ATTEMPTS,
      log: say,
      onExit: (exit) =>
        watch.markDown(exit.signal ? `its process was killed by ${exit.signal}` : `its process exited with code ${exit.code}`),
      onGiveUp: (reason) => {
        if (giveUp) return giveUp(reason);
        console.error(`hulian: the embedded Neo4j died while starting and could not be restarted (${reason}).`);
        process.exit(1);
      },
    });
  // A console query Neo4j cannot stop (server/console/stuck-runs.ts) ends with a restart, but only of our own Neo4j.
  onRunawayRestart(supervisor && ((reason) => supervisor.restartNow(reason)));
  const stopNeo4j = () => (supervisor ? supervisor.stop() : target.stop());
  const ownership: Neo4jOwnership = supervisor ? { kind: 'embedded', status: () => supervisor.status } : { kind: 'external' };
  if (target.source === 'embedded') await watch.firstReady;
  else watch.firstReady.catch(() => undefined);

  let draining = false;
  const state = {
    get draining() {
      return draining;
    },
    get databaseAvailable() {
      return watch.available;
    },
    noteNeo4jSuccess: () => {
      lastNeo4jSuccess = Date.now();
    },
    outageDetail: () => outageDetail(ownership),
    livenessProblem: () => livenessProblem(ownership),
  };
  guard = requestGuard(state, { deadlineMs: config.REQUEST_DEADLINE_MS ?? requestDeadlineMs(config.QUERY_TIMEOUT_MS) });
  const server: Server = createApp({ db, config, logger, guard }).listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    say(`explorer ready at http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}  (Ctrl+C to stop)`);
  });
  server.requestTimeout = 60_000;
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      `hulian: cannot listen on ${config.HOST}:${config.PORT}: ${error.code === 'EADDRINUSE' ? 'the port is in use; set PORT to another port' : error.message}`,
    );
    watch.stop();
    await db.close();
    await stopNeo4j();
    process.exit(1);
  });

  const shutdown = async (why: string, exitCode = 0) => {
    if (draining) return;
    draining = true;
    say(`${why}: finishing open requests, then stopping…`);
    await drain(server);
    watch.stop();
    await db.close();
    say('Neo4j driver closed.');
    await stopNeo4j();
    say(exitCode === 0 ? 'stopped.' : `stopped (exit code ${exitCode}).`);
    process.exit(exitCode);
  };
  giveUp = (reason) => {
    console.error(
      `hulian: the embedded Neo4j is gone and could not be restarted (${reason}); /api/health answers 503 and the server exits in ${GIVE_UP_EXIT_DELAY_MS / 1000} s so that a supervisor can start it again.`,
    );
    setTimeout(() => void shutdown('giving up on Neo4j', 1), GIVE_UP_EXIT_DELAY_MS);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(`hulian: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
