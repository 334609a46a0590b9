// Reads and validates the environment once at start-up; a bad value stops start-up naming the variable.
// Defaults apply to non-secrets only. See .env.example and the README's configuration table.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { availableParallelism } from 'node:os';

/** Console slots for a machine with `cores` cores: all but one, at least one, so the fixed endpoints keep a core. */
export function consoleSlotsFor(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z.object({
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/, 'must be a bolt://, neo4j:// or neo4j+s:// URI')
      .optional(),
  ),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name')
    .default('neo4j'),
  PORT: port.default(3000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must look like 512m or 1g')
    .default('1g'),
  NEO4J_PAGECACHE_MB: positiveInt.default(256),
  NEO4J_START_TIMEOUT_S: positiveInt.default(120),
  /** Restarts of a dead embedded Neo4j (exponential backoff) before the server gives up and exits non-zero; 0: none. */
  NEO4J_RESTART_ATTEMPTS: z.coerce.number().int().min(0).max(100).default(5),
  /** Longest any request may take before a 504; default 2 × QUERY_TIMEOUT_MS + 5 s (the console's worst case). */
  REQUEST_DEADLINE_MS: z.preprocess((v) => (v === '' ? undefined : v), positiveInt.optional()),
  QUERY_TIMEOUT_MS: positiveInt.default(5000),
  /** Time limit of the app's own whole-network reads (timeline, stats, graph on a day, diff, exports, earliest path);
   * the console and the bounded endpoints keep QUERY_TIMEOUT_MS. Keep it under the request deadline. */
  HEAVY_QUERY_TIMEOUT_MS: positiveInt.default(10_000),
  /** Relationships up to which the page gets the whole timeline at once; above, one server view per step (docs/scale.md). */
  WHOLE_TIMELINE_MAX: positiveInt.default(50_000),
  CONSOLE_ROW_LIMIT: positiveInt.max(100_000).default(1000),
  /** Most bytes of rows one console answer carries (default 2 MiB); past it the rest is cancelled and the answer says so. */
  CONSOLE_MAX_BYTES: positiveInt
    .min(1024)
    .max(256 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  CONSOLE_RATE_PER_MIN: positiveInt.default(60),
  /** Console queries run at once (the rest wait briefly, then get a 429); default: CPU cores − 1, at least 1. */
  CONSOLE_CONCURRENCY: z.preprocess((v) => (v === '' ? undefined : v), positiveInt.max(64).default(consoleSlotsFor())),
  /** Share of the machine's CPU the console may use on average (each slot rests after a query in proportion to its run). */
  CONSOLE_CPU_SHARE: z.coerce.number().gt(0, 'must be above 0').max(1, 'must be at most 1').default(0.25),
  CORS_ORIGIN: optionalText,
  /** Which proxies may set X-Forwarded-For (Express "trust proxy": loopback, an address list, or a hop count); none by default. */
  TRUST_PROXY: optionalText.transform((v): boolean | number | string =>
    v === undefined || v === 'false' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v,
  ),
  /** Host names the server answers to besides localhost, 127.0.0.1 and [::1] (comma-separated); any when HOST is not loopback and this is unset. */
  ALLOWED_HOSTS: optionalText.transform((v) =>
    v
      ? v
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean)
      : [],
  ),
  /** The lens file (e.g. hulian.lens.json) a foreign database is read through; unset: discovered from its schema. */
  HULIAN_LENS: optionalText.refine((v) => v === undefined || existsSync(v), 'must name an existing lens file (e.g. hulian.lens.json)'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export type Config = z.infer<typeof schema>;

/** Thrown when the environment holds a bad value; the message names every bad variable. */
export class ConfigError extends Error {}

/** Validates `env` (defaults to process.env) and returns a typed, frozen config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nFix these variables (see .env.example) and start again.`);
  }
  return Object.freeze(result.data);
}

/** Loads a local .env file into process.env when one exists (real environment variables win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
