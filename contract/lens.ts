// The lens: how Hulian reads a Neo4j whose schema is not its own (issue #14): which relationship types it shows, the
// start and end property of each with its storage form, the node labels, a caption per label and the grouping.
// Loaded from the file named by HULIAN_LENS (hulian.lens.json), or discovered from the schema and a bounded sample.
import { z } from 'zod';

/** How a time property is stored; each form is turned into a YYYY-MM-DD day inside Cypher. */
export const StorageForm = z
  .enum(['date', 'datetime', 'localdatetime', 'epochSeconds', 'epochMillis', 'isoString', 'year'])
  .meta({ description: 'Date, DateTime, LocalDateTime, epoch seconds or milliseconds (integer), ISO-8601 text, or an integer year' });

/** A property key as Neo4j spells it (any text; Hulian quotes it with backticks). */
const Identifier = z.string().min(1).max(200);

export const TimeProperty = z.object({ key: Identifier, form: StorageForm });

export const LensRelationship = z.object({
  type: Identifier,
  start: TimeProperty,
  end: TimeProperty.nullable().meta({ description: 'null: the relationship never ends' }),
});

/** Nodes coloured by their first shown label, or by the value of one property. */
const LensGroup = z.discriminatedUnion('by', [
  z.object({ by: z.literal('label') }),
  z.object({ by: z.literal('property'), key: Identifier }),
]);

export const Lens = z
  .object({
    relationships: z.array(LensRelationship).min(1),
    labels: z.array(Identifier).min(1),
    /** The property shown as each label's caption; a label missing here (or null) shows the label and a short number. */
    captions: z.record(Identifier, Identifier.nullable()),
    group: LensGroup,
  })
  .strict();

/** One decision discovery could not make alone: what it chose and what else would fit (for a first-run screen). */
export const LensChoice = z
  .object({
    about: z.enum(['start', 'end', 'caption', 'group']),
    subject: z.string().meta({ description: 'The relationship type or label the choice is about ("*" for the grouping)' }),
    chosen: z.string().nullable(),
    options: z.array(z.string()),
  })
  .meta({ description: 'A choice discovery made alone, with the alternatives' });

/** Where the lens came from: Hulian's own schema, the HULIAN_LENS file, discovery, or a choice saved in the page. */
const LensSource = z.enum(['built-in', 'file', 'discovered', 'saved']);

/** PUT /api/lens: either discovery's lens with some of its open choices decided, or a whole lens. */
export const SaveLensRequest = z.union([
  z
    .object({
      choices: z
        .array(
          z.object({
            about: LensChoice.shape.about,
            subject: z.string().max(200),
            option: z.string().max(400).meta({ description: 'One of the options /api/ready lists for this choice' }),
          }),
        )
        .min(1),
    })
    .strict(),
  Lens,
]);

/** The lens as /api/ready reports it. */
export const LensSummary = z
  .object({
    source: LensSource,
    file: z.string().nullable(),
    relationshipTypes: z.array(z.string()),
    labels: z.array(z.string()),
    choices: z.array(LensChoice),
    suggestedIndexes: z
      .array(z.string())
      .meta({ description: 'CREATE INDEX statements for chosen time properties without an index; Hulian never runs them' }),
  })
  .meta({ description: 'The lens in use: where it came from, what it shows, the choices left open' });

export type StorageForm = z.infer<typeof StorageForm>;
export type TimeProperty = z.infer<typeof TimeProperty>;
export type LensRelationship = z.infer<typeof LensRelationship>;
export type Lens = z.infer<typeof Lens>;
export type LensChoice = z.infer<typeof LensChoice>;
export type LensSummary = z.infer<typeof LensSummary>;
export type SaveLensRequest = z.infer<typeof SaveLensRequest>;
