// Owns the process's one Neo4j driver and runs named queries through it: reads with READ routing,
// writes in managed transactions, sessions always closed in finally, errors translated by code.
import neo4j, { type Driver, type ManagedTransaction, type Result, type Session } from 'neo4j-driver';
import { recordToJson, type Json } from './convert.js';
import { foldResult } from './fold-result.js';
import { translateNeo4jError } from './errors.js';
import type { QueryRegistry } from './query-registry.js';

export type Row = { [key: string]: Json };
export type Params = Record<string, unknown>;

export interface ConnectionTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Driver timeouts far below the defaults (60 s acquisition, 30 s connect, 30 s retry) so a dead database answers fast. */
const DRIVER_TIMEOUTS = { connectionTimeout: 2_000, connectionAcquisitionTimeout: 3_000, maxTransactionRetryTime: 1_500 };

/** A session fetch size that asks Neo4j for every row of a result in one request. */
const FETCH_ALL = -1;

/** The process-wide database handle. */
export class Database {
  private readonly ownPools: Database[] = [];
  /** Time limit of the app's own heavy reads (whole-network reads, exports): HEAVY_QUERY_TIMEOUT_MS, set by the routes. */
  heavyQueryTimeoutMs = 10_000;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly queries: QueryRegistry,
    readonly queryTimeoutMs: number,
    readonly target?: ConnectionTarget,
  ) {}

  /** Creates the one driver for this process (it connects lazily; call `serverInfo()` to check). */
  static connect(target: ConnectionTarget, queries: QueryRegistry, queryTimeoutMs: number, poolSize = 50): Database {
    const auth = target.password ? neo4j.auth.basic(target.username, target.password) : { scheme: 'none', principal: '', credentials: '' };
    const driver = neo4j.driver(target.uri, auth, { ...DRIVER_TIMEOUTS, maxConnectionPoolSize: poolSize, userAgent: 'hulian/0.1' });
    return new Database(driver, target.database, queries, queryTimeoutMs, target);
  }

  /**
   * A second handle on the same Neo4j with a driver and connection pool of its own (the console's), so that work held
   * there can never take this pool's connections. Closed with this one.
   */
  withOwnPool(poolSize: number, uri = this.target?.uri): Database {
    if (!this.target || !uri) throw new Error('withOwnPool needs a Database made by Database.connect');
    const sibling = Database.connect({ ...this.target, uri }, this.queries, this.queryTimeoutMs, poolSize);
    this.ownPools.push(sibling);
    return sibling;
  }

  /** Runs a named read query with READ routing and returns plain-JSON rows. */
  async read(name: string, params: Params = {}, timeoutMs = this.queryTimeoutMs): Promise<Row[]> {
    const query = this.queries.prepare(name, params);
    try {
      const result = await this.driver.executeQuery(query.text, params, {
        routing: neo4j.routing.READ,
        database: this.database,
        transactionConfig: { timeout: timeoutMs },
      });
      return result.records.map(recordToJson);
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }

  /**
   * Like read(), but folds each plain-JSON row into a state as it arrives (`start` makes a fresh state for each attempt,
   * as a retried query streams again). The whole result is asked for at once, so Neo4j keeps sending while the caller's
   * per-row work runs, rather than waiting for a request per thousand rows.
   */
  async readFold<S>(
    name: string,
    params: Params,
    start: () => S,
    step: (state: S, row: Row) => void,
    timeoutMs = this.queryTimeoutMs,
  ): Promise<S> {
    const query = this.queries.prepare(name, params);
    const fold = (result: Result) => foldResult(result, start, step);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_ALL });
    try {
      return await session.executeRead((tx) => fold(tx.run(query.text, params)), { timeout: timeoutMs });
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs a named write query in its own transaction. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => this.runIn(tx, name, params));
  }

  /** Runs `work` in one write transaction: everything it does commits together or not at all. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite(work, timeoutMs ? { timeout: timeoutMs } : undefined));
  }

  /** Runs a named query inside a transaction that the caller owns. */
  async runIn(tx: ManagedTransaction, name: string, params: Params = {}): Promise<Row[]> {
    const query = this.queries.prepare(name, params);
    const result = await tx.run(query.text, params);
    return result.records.map(recordToJson);
  }

  /** Opens a session, hands it to `work`, and always closes it; driver errors come out translated. */
  async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** Neo4j's version and edition, asked without retries so that a dead database answers at once. */
  async serverInfo(): Promise<{ version: string; edition: string }> {
    const query = this.queries.prepare('server-components', {});
    const rows = await this.withSession('READ', async (session) => (await session.run(query.text)).records.map(recordToJson));
    const row = rows[0] ?? {};
    return { version: String(row.version ?? 'unknown'), edition: String(row.edition ?? 'unknown') };
  }

  /** Closes the driver and its pool, and those of the handles made by withOwnPool. */
  async close(): Promise<void> {
    await Promise.all([this.driver.close(), ...this.ownPools.splice(0).map((pool) => pool.close())]);
  }
}
