// Opens the database for the command-line tools (db:seed, db:reset, import) by the server's resolution order:
// NEO4J_URI, else the embedded Neo4j a running `npm start` published in its data folder, else a new embedded one.
import { ConfigError, loadConfig, loadDotEnv } from '../config/config.js';
import { Database } from '../db/database.js';
import { EmbeddedStartError } from '../neo4j-process/embedded.js';
import { QueryRegistry } from '../db/query-registry.js';
import { REQUIRED_QUERIES } from '../db/required-queries.js';
import { NoNeo4jError, resolveNeo4j, type Neo4jTarget } from '../db/resolve.js';
import { applySchema } from '../db/schema.js';

/** Exit codes shared by the tools: 1 bad data or failed load, 2 bad command line, 3 no database. */
export const EXIT = { failed: 1, usage: 2, noDatabase: 3 } as const;

/** Thrown when no database can be opened; the message says what to do. */
export class CliConnectError extends Error {}

export interface CliDatabase {
  db: Database;
  target: Neo4jTarget;
  /** Closes the driver and stops the embedded Neo4j when this process started it. */
  close(): Promise<void>;
}

function describeTarget(target: Neo4jTarget): string {
  if (target.source === 'uri') return `Neo4j at ${target.uri} (NEO4J_URI)`;
  return target.reused
    ? `the embedded Neo4j already running at ${target.uri} (shared with npm start)`
    : `a new embedded Neo4j at ${target.uri}`;
}

/** Resolves, connects, waits for an answer and applies the schema. */
export async function openCliDatabase(say: (line: string) => void): Promise<CliDatabase> {
  let config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliConnectError(error.message);
    throw error;
  }
  let target: Neo4jTarget;
  try {
    target = await resolveNeo4j(config);
  } catch (error) {
    if (error instanceof NoNeo4jError) throw new CliConnectError(error.message);
    if (error instanceof EmbeddedStartError && error.kind === 'data-folder-locked') {
      throw new CliConnectError(
        `${error.message}\nAnother process holds ${config.NEO4J_DATA_DIR} without publishing its Bolt address ` +
          '(an older `npm start`?). Stop it (Ctrl+C in its terminal) and run this again, or set NEO4J_URI to the Neo4j it runs.',
      );
    }
    throw error;
  }
  say(`using ${describeTarget(target)}`);
  const db = Database.connect(target, QueryRegistry.load(REQUIRED_QUERIES), 60_000);
  const close = async () => {
    await db.close();
    await target.stop();
  };
  try {
    await db.serverInfo();
    await applySchema(db);
  } catch (error) {
    await close();
    throw new CliConnectError(
      `Neo4j at ${target.uri} does not answer (${error instanceof Error ? error.message : error}). Check NEO4J_URI and that Neo4j is running.`,
    );
  }
  return { db, target, close };
}
