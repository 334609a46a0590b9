// How a dataset presents itself on the wire: its title and description, and the groups its nodes are coloured by.
// /api/timeline carries both; the server derives them from the data (docs/api.md), the client only draws them.
import { z } from 'zod';

/** The dataset's own words for the page header: the flagship's curated text, or an import's source title. */
export const DatasetInfo = z
  .object({
    title: z.string(),
    titleZh: z.string().nullable(),
    subtitle: z.string().nullable(),
    subtitleZh: z.string().nullable(),
    description: z.string().nullable(),
    descriptionZh: z.string().nullable(),
  })
  .meta({ id: 'DatasetInfo' });

/** One group of nodes with its colour; `other` pools the groups past the palette's distinct hues. */
export const GroupInfo = z
  .object({
    id: z.string(),
    label: z.string(),
    labelZh: z.string().nullable(),
    color: z.string().meta({ description: 'A CSS hex colour, distinct from the state colours' }),
    size: z.number().int().meta({ description: 'How many nodes the group holds' }),
    other: z.boolean().meta({ description: 'True for the pool of the smaller groups' }),
  })
  .meta({ id: 'GroupInfo' });

/** How nodes are grouped: the dataset's curated groups, the ownership tree, communities of the union network, or the
 * node kind (label). Every Node's `group` is the id of one of `groups`. */
export const Grouping = z
  .object({
    by: z.enum(['dataset', 'owner', 'community', 'kind']),
    groups: z.array(GroupInfo),
  })
  .meta({ id: 'Grouping' });

/** A relationship's own properties beyond Hulian's fields (e.g. an imported `rating`): numbers, strings and booleans. */
export const EdgeProps = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .meta({ id: 'EdgeProps', description: "The relationship's own properties beyond Hulian's fields, e.g. an imported rating" });

export type DatasetInfo = z.infer<typeof DatasetInfo>;
export type GroupInfo = z.infer<typeof GroupInfo>;
export type Grouping = z.infer<typeof Grouping>;
export type EdgeProps = z.infer<typeof EdgeProps>;

// The reserved state colours live in a zod-free file so the client can bundle them; re-exported here for the server.
export { STATE_COLORS } from './state-colors.js';
