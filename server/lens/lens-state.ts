// Which lens a database is read through, decided once per Database handle: the built-in lens on Hulian's own databases,
// else the HULIAN_LENS file, else discovery. /api/ready reports it; bootstrap records the mode it decided on.
import type { Lens, LensChoice, LensSummary } from '../../contract/lens.js';
import type { Database } from '../db/database.js';
import { builtInLens } from './built-in-lens.js';
import { discover } from './discover.js';
import { choicesAsIn } from './lens-choices.js';
import type { SchemaNames } from './identifiers.js';
import { LensFileError, readLensFile, unknownNames } from './lens-file.js';
import { detectMode, type DatabaseMode } from './mode.js';
import { suggestedIndexes } from './index-suggestions.js';
import { readIndexes, readSchemaNames } from './schema-read.js';
import { hasSavedLens, savedLensPath } from './saved-lens.js';

export interface LensState {
  mode: DatabaseMode;
  /** The lens in use (on Hulian's own databases the built-in one, whose queries are the named ones); null when discovery found no time. */
  lens: Lens | null;
  /** The schema's names (null with the built-in lens, which needs no template). */
  schema: SchemaNames | null;
  summary: LensSummary;
}

const modes = new WeakMap<Database, DatabaseMode>();
const states = new WeakMap<Database, Promise<LensState>>();
const lensFiles = new WeakMap<Database, string>();
const stateDirs = new WeakMap<Database, string>();

/** Records Hulian's state folder for `db` (routes/lens.ts): where a lens chosen in the page is saved and looked for. */
export function rememberLensStateDir(db: Database, stateDir: string): void {
  stateDirs.set(db, stateDir);
}

/** Where the lens chosen in the page is saved for `db`; null when no state folder was recorded (a bare handle). */
export async function savedLensPathOf(db: Database): Promise<string | null> {
  const stateDir = stateDirs.get(db);
  return stateDir === undefined ? null : savedLensPath(db, { lensFile: lensFiles.get(db), stateDir });
}

/** Records HULIAN_LENS for `db` (routes/index.ts), so that every reader of the lens state uses the same file. */
export function rememberLensFile(db: Database, lensFile: string | undefined): void {
  if (lensFile) lensFiles.set(db, lensFile);
}

/** Records the mode start-up decided on, so that it holds for the life of the process (bootstrap.ts). */
export function rememberMode(db: Database, mode: DatabaseMode): void {
  modes.set(db, mode);
}

/** The mode start-up decided on for `db`, if it did. */
export function rememberedMode(db: Database): DatabaseMode | undefined {
  return modes.get(db);
}

const summaryOf = (
  source: LensSummary['source'],
  file: string | null,
  lens: Lens | null,
  choices: LensChoice[],
  suggestedIndexes: string[] = [],
): LensSummary => ({
  source,
  file,
  relationshipTypes: lens?.relationships.map((r) => r.type) ?? [],
  labels: lens?.labels ?? [],
  choices,
  suggestedIndexes,
});

async function resolveState(db: Database, lensFile: string | undefined): Promise<LensState> {
  const mode = rememberedMode(db) ?? (await detectMode(db));
  if (mode === 'hulian') {
    const lens = await builtInLens(db);
    return { mode, lens, schema: null, summary: summaryOf('built-in', null, lens, []) };
  }
  const savedPath = await savedLensPathOf(db);
  if (savedPath && hasSavedLens(savedPath)) {
    const lens = readLensFile(savedPath, 'The saved lens');
    const [found, indexes] = await Promise.all([discover(db), readIndexes(db)]);
    const missing = unknownNames(lens, found.schema);
    if (missing.length) throw new LensFileError(`The saved lens ${savedPath} names what the database does not hold: ${missing.join(', ')}`);
    const summary = summaryOf('saved', savedPath, lens, choicesAsIn(lens, found.choices), suggestedIndexes(lens, found.schema, indexes));
    return { mode, lens, schema: found.schema, summary };
  }
  if (lensFile) {
    const lens = readLensFile(lensFile);
    const [schema, indexes] = await Promise.all([readSchemaNames(db), readIndexes(db)]);
    const missing = unknownNames(lens, schema);
    if (missing.length) throw new LensFileError(`HULIAN_LENS ${lensFile} names what the database does not hold: ${missing.join(', ')}`);
    return { mode, lens, schema, summary: summaryOf('file', lensFile, lens, [], suggestedIndexes(lens, schema, indexes)) };
  }
  const found = await discover(db);
  return {
    mode,
    lens: found.lens,
    schema: found.schema,
    summary: summaryOf('discovered', null, found.lens, found.choices, found.suggestedIndexes),
  };
}

/** Forgets the lens state of `db` and works it out again (after a lens was saved). */
export function renewLensState(db: Database): Promise<LensState> {
  states.delete(db);
  return lensStateOf(db);
}

/** The lens state of `db`, worked out on first use and kept (a failed attempt is forgotten, so the next call tries again).
 * `lensFile` defaults to the one remembered for `db`. */
export function lensStateOf(db: Database, lensFile?: string): Promise<LensState> {
  let state = states.get(db);
  if (!state) {
    state = resolveState(db, lensFile ?? lensFiles.get(db));
    states.set(db, state);
    state.catch(() => states.delete(db));
  }
  return state;
}
