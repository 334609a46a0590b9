// Zod request validation shared by the routes: field schemas with messages that name the field, and
// validate(), which turns the first failed field into a 400 BadRequestError. OpenAPI is built from the same schemas.
import { z } from 'zod';
import { isIsoDate } from '../../contract/dates.js';
import { BadRequestError } from './problems.js';

/** The shape of a day, for the OpenAPI pattern; whether the day exists is contract/dates.ts' isIsoDate. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A required calendar date YYYY-MM-DD named `name` in error messages. */
export function dateParam(name: string) {
  const message = `\`${name}\` must be a date YYYY-MM-DD`;
  return z
    .string({ error: message })
    .regex(ISO_DAY, { error: message })
    .refine(isIsoDate, { error: `\`${name}\` must be a real calendar date YYYY-MM-DD` })
    .meta({ description: 'A calendar date YYYY-MM-DD', format: 'date' });
}

/** An entity id: kebab-case as in data/nodes.json, or a Neo4j element id ("4:<database uuid>:12") on a foreign database. */
export function idParam(name: string) {
  const message = `\`${name}\` must be an entity id (lower-case letters, digits and -) or a Neo4j element id`;
  return z
    .string({ error: message })
    .max(200, { error: message })
    .regex(/^(?:[a-z0-9][a-z0-9-]*|\d+:[0-9a-f-]+:\d+)$/, { error: message });
}

/** An integer in [min, max] given as a query-string number; `fallback` applies when absent. */
export function intParam(name: string, min: number, max: number, fallback: number) {
  const message = `\`${name}\` must be a whole number from ${min} to ${max}`;
  return z
    .string({ error: message })
    .regex(/^\d{1,4}$/, { error: message })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: message }).max(max, { error: message }))
    .default(fallback)
    .meta({ description: `${min}..${max}, default ${fallback}` });
}

/**
 * A comma-separated list of relationship types as the database spells them (BLOCKS on Hulian's own, `knows` on a foreign
 * one); whether each is shown is the allow-list's check afterwards (Hulian's vocabulary, or the lens).
 */
export const typesParam = z
  .string({ error: '`types` must be a comma-separated list of relationship types' })
  .regex(/^[^,]{1,200}(,[^,]{1,200}){0,99}$/, {
    error: '`types` must be a comma-separated list of relationship types like BLOCKS,ALLOWS_LINKS_TO',
  })
  .transform((value) => value.split(','))
  .optional()
  .meta({ description: 'Comma-separated relationship types, e.g. BLOCKS,ACCEPTS_PAYMENT_FROM; default: all dated types' });

/** Parses `input` with `schema`; the first problem becomes a 400 that names its field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, fallbackField = 'query'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length ? issue.path.map(String).join('.') : fallbackField;
  const detail =
    issue.code === 'unrecognized_keys'
      ? `Unknown parameter(s): ${issue.keys.map((k) => `\`${k}\``).join(', ')}`
      : issue.message.startsWith('`')
        ? issue.message
        : `\`${field}\`: ${issue.message}`;
  throw new BadRequestError(issue.code === 'unrecognized_keys' ? issue.keys[0]! : field, detail);
}
