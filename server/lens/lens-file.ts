// The lens file (HULIAN_LENS, e.g. hulian.lens.json): read once, validated with zod (contract/lens.ts), and checked
// against the database's schema so that every label, type and key it names exists there.
import { readFileSync } from 'node:fs';
import { Lens } from '../../contract/lens.js';
import type { SchemaNames } from './identifiers.js';

/** Thrown when the lens file cannot be read, is not valid, or names what the database does not hold. */
export class LensFileError extends Error {}

/** Reads and validates the lens file at `path`; `what` names it in errors (HULIAN_LENS, or the saved lens). */
export function readLensFile(path: string, what = 'HULIAN_LENS'): Lens {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LensFileError(`${what} ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = Lens.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new LensFileError(`${what} ${path} is not a valid lens:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The names `lens` uses that `schema` does not hold (empty when every one exists). */
export function unknownNames(lens: Lens, schema: SchemaNames): string[] {
  const missing: string[] = [];
  const check = (name: string, set: ReadonlySet<string>, what: string) => {
    if (!set.has(name)) missing.push(`${what} ${JSON.stringify(name)}`);
  };
  for (const r of lens.relationships) {
    check(r.type, schema.relationshipTypes, 'relationship type');
    for (const time of [r.start, r.end]) if (time) check(time.key, schema.propertyKeys, 'property key');
  }
  for (const label of lens.labels) check(label, schema.labels, 'label');
  for (const key of Object.values(lens.captions)) if (key) check(key, schema.propertyKeys, 'property key');
  if (lens.group.by === 'property') check(lens.group.key, schema.propertyKeys, 'property key');
  return missing;
}
