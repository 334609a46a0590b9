// The dataset's presentation (data/dataset.json, stored as the one :Dataset node): its title, subtitle and description
// in English and Chinese, and the curated groups its nodes are coloured by, matched by node kind or by owner-chain root.
// Defined once: the importer checks files against it (server/import/presentation-check.ts), analysis reads it back.
import { z } from 'zod';

const text = z.string().trim().min(1);
const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a hex colour like #4e79a7');

/** A curated group: nodes of one of `kinds`, else nodes whose owner-chain root is one of `roots`; a group with neither
 * takes every node no other group matched (the "others"). */
export const CuratedGroup = z
  .object({
    id: text,
    label: text,
    labelZh: text.nullable().default(null),
    color: hexColour,
    kinds: z.array(text).default([]),
    roots: z.array(text).default([]),
  })
  .strict();

export const DatasetPresentation = z
  .object({
    title: text,
    titleZh: text.nullable().default(null),
    subtitle: text.nullable().default(null),
    subtitleZh: text.nullable().default(null),
    description: text.nullable().default(null),
    descriptionZh: text.nullable().default(null),
    groups: z.array(CuratedGroup).default([]),
  })
  .strict()
  .refine(
    (p) => p.groups.filter((g) => !g.kinds.length && !g.roots.length).length <= 1,
    'at most one group may take the rest (no kinds, no roots)',
  )
  .refine((p) => new Set(p.groups.map((g) => g.id)).size === p.groups.length, 'group ids must be unique');

export type CuratedGroup = z.infer<typeof CuratedGroup>;
export type DatasetPresentation = z.infer<typeof DatasetPresentation>;

/** The :Dataset node's properties: plain strings (null left out), the groups as one JSON text. */
export function presentationProps(presentation: DatasetPresentation): Record<string, string> {
  const { groups, ...texts } = presentation;
  const props: Record<string, string> = { groups: JSON.stringify(groups) };
  for (const [key, value] of Object.entries(texts)) if (value !== null) props[key] = value;
  return props;
}

/** The presentation stored on a :Dataset node (as presentationProps wrote it); throws a ZodError on anything else. */
export function presentationFromProps(props: Record<string, unknown>): DatasetPresentation {
  const groups = typeof props.groups === 'string' ? (JSON.parse(props.groups) as unknown) : [];
  return DatasetPresentation.parse({ ...props, groups });
}
