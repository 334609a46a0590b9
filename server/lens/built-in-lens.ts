// Hulian's own schema as a lens: :Entity nodes with their `id`, captioned by name, each dated relationship type (the
// vocabulary's and the schema's, ownership excepted) read by its Date-typed since and until.
import type { Lens } from '../../contract/lens.js';
import type { Database } from '../db/database.js';

/** The built-in lens of a database Hulian made, with the dated types it holds now. */
export async function builtInLens(db: Database): Promise<Lens> {
  const types = (await db.read('dated-relationship-types')).map((row) => String(row.type)).sort();
  const date = (key: string) => ({ key, form: 'date' as const });
  return {
    relationships: types.map((type) => ({ type, start: date('since'), end: date('until') })),
    labels: ['Entity'],
    captions: { Entity: 'name' },
    group: { by: 'label' },
  };
}
