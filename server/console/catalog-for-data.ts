// The sample questions for the data in the database: the curated questions whose required entities and relationship
// types exist, or, when none applies, questions generated from the data's own schema (its busiest relationship types,
// their busiest years and its best-connected entities) from the templates in cypher/catalog/generated/.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { catalogEntries, catalogTemplates, type CatalogEntry, type CatalogQuery } from './catalog.js';

/** How many relationship types get their own generated questions. */
const GENERATED_TYPES = 2;

interface TypeFact {
  type: string;
  label: string | null;
  labelZh: string | null;
  count: number;
  busiestYear: number;
}
interface HubFact {
  id: string;
  name: string | null;
  nameZh: string | null;
}
/** What a template's `{placeholders}` are filled with: a type's (type, typeLabel, typeLabelZh, busiestYear) or the
 * best-connected pair's (hub1, hub2, fromName, toName, fromNameZh, toNameZh). */
type Fill = Record<string, string | number>;

/** The curated questions the data can answer; generated ones when it can answer none of them. */
export async function catalogFor(db: Database): Promise<CatalogQuery[]> {
  const entries = catalogEntries();
  const applicable = await applicableEntries(db, entries);
  if (applicable.length) return applicable.map((entry) => entry.query);
  return generatedQuestions(db);
}

async function applicableEntries(db: Database, entries: CatalogEntry[]): Promise<CatalogEntry[]> {
  const nodeIds = [...new Set(entries.flatMap((e) => e.requires.nodeIds))];
  const types = [...new Set(entries.flatMap((e) => e.requires.types))];
  const [row] = await db.read('catalog-requirements', { nodeIds, types });
  const presentIds = new Set((row?.nodeIds ?? []) as string[]);
  const presentTypes = new Set((row?.types ?? []) as string[]);
  return entries.filter((e) => e.requires.nodeIds.every((id) => presentIds.has(id)) && e.requires.types.every((t) => presentTypes.has(t)));
}

async function generatedQuestions(db: Database): Promise<CatalogQuery[]> {
  const [row] = await db.read('catalog-data-facts', { typeLimit: neo4j.int(GENERATED_TYPES), hubLimit: neo4j.int(2) });
  const types = (row?.types ?? []) as unknown as TypeFact[];
  const hubs = (row?.hubs ?? []) as unknown as HubFact[];
  const [busiest] = types;
  const [first, second] = hubs;
  return catalogTemplates().flatMap(({ query, generate }) => {
    if (generate === 'per-type') return types.map((fact) => instantiate(query, `${query.id}--${fact.type.toLowerCase()}`, typeFill(fact)));
    if (generate === 'hub-pair') return first && second ? [instantiate(query, query.id, hubFill(first, second))] : [];
    return busiest ? [instantiate(query, query.id, typeFill(busiest))] : [];
  });
}

const typeFill = (fact: TypeFact): Fill => {
  const label = fact.label ?? fact.type.toLowerCase().replaceAll('_', ' ');
  return { type: fact.type, typeLabel: `“${label}”`, typeLabelZh: fact.labelZh ?? label, busiestYear: fact.busiestYear };
};

const hubFill = (first: HubFact, second: HubFact): Fill => ({
  hub1: first.id,
  hub2: second.id,
  fromName: first.name ?? first.id,
  toName: second.name ?? second.id,
  fromNameZh: first.nameZh ?? first.name ?? first.id,
  toNameZh: second.nameZh ?? second.name ?? second.id,
});

/** A template with its `{placeholders}` filled: in the titles, and as parameter defaults (integers stay numbers). */
export function instantiate(template: CatalogQuery, id: string, fill: Fill): CatalogQuery {
  const text = (value: string) => value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in fill ? String(fill[name]) : whole));
  return {
    ...template,
    id,
    title: text(template.title),
    titleZh: text(template.titleZh),
    params: template.params.map((p) => {
      const value = typeof p.default === 'string' ? text(p.default) : p.default;
      return { ...p, default: p.type === 'integer' ? Number(value) : value };
    }),
  };
}
