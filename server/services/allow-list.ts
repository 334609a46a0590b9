// The allow-list of dated relationship types, read from the schema (the :RelType vocabulary and
// db.relationshipTypes()) on first use and refreshed at most every few seconds. Request text never builds it.
import type { Database } from '../db/database.js';
import { BadRequestError } from '../http/problems.js';

const REFRESH_MS = 10_000;

/** Dated relationship types the fixed endpoints may filter on. */
export class RelationshipTypeAllowList {
  private types: Set<string> | null = null;
  private loadedAt = 0;

  constructor(private readonly db: Database) {}

  /** Every allowed type, loading or refreshing from the schema when stale. */
  async all(): Promise<string[]> {
    if (!this.types || Date.now() - this.loadedAt > REFRESH_MS) {
      const rows = await this.db.read('dated-relationship-types');
      this.types = new Set(rows.map((row) => String(row.type)));
      this.loadedAt = Date.now();
    }
    return [...this.types].sort();
  }

  /** Returns `requested` when every type is allowed (all types when undefined); otherwise a 400 naming `types`. */
  async check(requested: string[] | undefined): Promise<string[]> {
    const allowed = await this.all();
    if (!requested) return allowed;
    const unknown = requested.filter((type) => !allowed.includes(type));
    if (unknown.length) {
      throw new BadRequestError(
        'types',
        `\`types\` holds unknown relationship type(s) ${unknown.join(', ')}; known: ${allowed.join(', ')}`,
      );
    }
    return [...new Set(requested)];
  }
}
