// Reads the bundled flagship dataset from data/ (sources, vocabulary, nodes, relationships, milestones, and its
// presentation in dataset.json).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { RawDataset } from './validate.js';

export const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'data');
const PARTS = ['sources', 'vocabulary', 'nodes', 'relationships', 'milestones'] as const;

/** Reads a JSON file; the error names the file. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read JSON (${error instanceof Error ? error.message : error})`);
  }
}

/** Reads a JSON file that must hold an array; the error names the file. */
export function readJsonArray(path: string): unknown[] {
  const parsed = readJson(path);
  if (!Array.isArray(parsed)) throw new Error(`${path}: must hold a JSON array`);
  return parsed;
}

/** The bundled dataset, unvalidated; pass it to loadDataset(). `dir` lets tests point at a copy. */
export function readDatasetDir(dir = DATA_DIR): RawDataset {
  const files = Object.fromEntries(
    PARTS.map((p) => [p, relative(process.cwd(), join(dir, `${p}.json`)) || `${p}.json`]),
  ) as RawDataset['files'];
  const raw = Object.fromEntries(PARTS.map((p) => [p, readJsonArray(join(dir, `${p}.json`))]));
  const presentationPath = join(dir, 'dataset.json');
  const presentation = existsSync(presentationPath)
    ? { file: relative(process.cwd(), presentationPath), value: readJson(presentationPath) }
    : undefined;
  return { ...(raw as Record<(typeof PARTS)[number], unknown[]>), files, ...(presentation && { presentation }) };
}
