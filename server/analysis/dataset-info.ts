// The dataset's own words for the page header (DatasetInfo): its stored presentation (the :Dataset node), else the
// title of its one source, else "Hulian".
import type { DatasetInfo } from '../../contract/presentation.js';
import type { Source } from '../../contract/shapes.js';
import type { Database } from '../db/database.js';
import { presentationFromProps, type DatasetPresentation } from '../../contract/dataset-presentation.js';

/** The stored presentation, or null when the database has none, or when its :Dataset node is not one Hulian wrote (a
 * database of someone else's may use the label for its own data). */
export async function readPresentation(db: Database): Promise<DatasetPresentation | null> {
  const [row] = await db.read('dataset-presentation');
  const props = row?.dataset;
  if (!props || typeof props !== 'object' || Array.isArray(props)) return null;
  try {
    return presentationFromProps(props);
  } catch {
    return null;
  }
}

/** The header text: the presentation's, else the single source's title (or "Hulian" for none or several). */
export function datasetInfo(presentation: DatasetPresentation | null, sources: readonly Pick<Source, 'title'>[]): DatasetInfo {
  if (presentation) {
    const { groups: _groups, ...info } = presentation;
    return info;
  }
  const title = sources.length === 1 && sources[0]!.title ? sources[0]!.title : 'Hulian';
  return { title, titleZh: null, subtitle: null, subtitleZh: null, description: null, descriptionZh: null };
}
