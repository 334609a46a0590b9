// What only Hulian's own databases hold beside the network (milestones, the vocabulary with its categories, sources and
// the :Dataset presentation), read where the reading says the data is Hulian's; a foreign database gets the lens's
// types as its vocabulary and a header naming the database. Extras, not a second implementation of any endpoint.
import type { Milestone, Source, Vocabulary } from '../../contract/shapes.js';
import { readPresentation } from '../analysis/dataset-info.js';
import type { Database } from '../db/database.js';
import type { DatasetPresentation } from '../../contract/dataset-presentation.js';
import type { Reading } from '../lens/reading.js';
import { toMilestone, toSource, toVocabulary } from './model.js';

export interface OwnExtras {
  milestones: Milestone[];
  vocabulary: Vocabulary[];
  sources: Source[];
  presentation: DatasetPresentation | null;
}

/** The header of a foreign database: its name, and what the lens shows of it. */
function foreignPresentation(database: string, types: string[]): DatasetPresentation {
  const shown = types.join(', ');
  return {
    title: `Neo4j · ${database}`,
    titleZh: `Neo4j · ${database}`,
    subtitle: shown ? `Read-only, through the lens: ${shown}` : 'Read-only: no time property found',
    subtitleZh: shown ? `只读，透过视图：${shown}` : '只读：未找到时间属性',
    description: null,
    descriptionZh: null,
    groups: [],
  };
}

/** The extras of `db` (Hulian's own), or their foreign-database stand-ins. */
export async function ownExtras(db: Database, reading: Reading | null): Promise<OwnExtras> {
  if (!reading?.own) {
    const types = reading?.lens.relationships.map((r) => r.type) ?? [];
    const vocabulary = types.map((type) => ({ type, label: type, labelZh: null, description: '', category: 'commercial' as const }));
    return { milestones: [], vocabulary, sources: [], presentation: foreignPresentation(db.database, types) };
  }
  const [milestoneRows, vocabularyRows, sourceRows, presentation] = await Promise.all([
    db.read('milestones-all'),
    db.read('vocabulary-all'),
    db.read('sources-all'),
    readPresentation(db),
  ]);
  return {
    milestones: milestoneRows.map((row) => toMilestone(row.milestone)),
    vocabulary: vocabularyRows.map(toVocabulary),
    sources: sourceRows.map(toSource),
    presentation,
  };
}
