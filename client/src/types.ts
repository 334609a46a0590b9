// The API's shapes as the client uses them: types only, inferred from the contract (contract/), so the bundle carries
// no zod. GraphNode is the contract's Node (the DOM already names Node); Timeline is /api/timeline once decoded.
import type { Edge, Node } from '../../contract/shapes';
import type { Answer, YearRange } from '../../contract/responses';

export type { Edge, Milestone, Problem, Source, SourceRef, Vocabulary } from '../../contract/shapes';
export type { Answer, CatalogQuery, Path, SearchHit } from '../../contract/responses';

export type GraphNode = Node;

/** /api/timeline decoded: one Edge object per row, and a year range even when the database is empty. */
export interface Timeline extends Omit<Answer<'timeline'>, 'edges' | 'range'> {
  edges: Edge[];
  range: YearRange;
}
