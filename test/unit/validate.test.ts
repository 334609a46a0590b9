// validateDataset: each kind of bad record is rejected with a message naming the file, the record and the field.
// Every bad dataset is a copy of the bundled data with exactly one record broken.
import { describe, expect, it } from 'vitest';
import { readDatasetDir } from '../../server/import/bundled.js';
import { formatIssue, validateDataset, type RawDataset } from '../../server/import/validate.js';

type Rec = Record<string, unknown>;
const bundled = readDatasetDir();

/** A deep copy of the bundled data with `break` applied to record `index` of `part`. */
function broken(
  part: 'nodes' | 'relationships' | 'milestones' | 'sources',
  index: number,
  change: (record: Rec, copy: RawDataset) => void,
): RawDataset {
  const copy = structuredClone(bundled);
  change(copy[part][index] as Rec, copy);
  return copy;
}

const rel = (i: number) => bundled.relationships[i] as Rec;
const onlyIssue = (raw: RawDataset) => {
  const { issues } = validateDataset(raw, { requireNameZh: true });
  expect(issues).toHaveLength(1);
  return { issue: issues[0]!, text: formatIssue(issues[0]!) };
};

describe('validateDataset', () => {
  it('should reject a relationship to an unknown node id, naming file, record and field', () => {
    const { issue, text } = onlyIssue(
      broken('relationships', 3, (r) => {
        r.target = 'no-such-platform';
      }),
    );
    expect(issue).toMatchObject({ file: bundled.files.relationships, field: 'target' });
    expect(issue.record).toBe(`record 4 (id ${JSON.stringify(rel(3).id)})`);
    expect(text).toContain('unknown node id "no-such-platform"');
  });

  it('should reject an unknown relationship type', () => {
    const { issue } = onlyIssue(
      broken('relationships', 5, (r) => {
        r.type = 'HUGS';
      }),
    );
    expect(issue).toMatchObject({ file: bundled.files.relationships, field: 'type', record: `record 6 (id ${JSON.stringify(rel(5).id)})` });
    expect(issue.message).toContain('unknown relationship type "HUGS"');
  });

  it.each([['2021/09/17'], ['Sept 2021'], ['21-09']])('should reject the malformed date %s', (value) => {
    const { issue } = onlyIssue(
      broken('relationships', 0, (r) => {
        r.since = value;
      }),
    );
    expect(issue).toMatchObject({ field: 'since', record: `record 1 (id ${JSON.stringify(rel(0).id)})` });
    expect(issue.message).toContain(value);
  });

  it('should reject the impossible date 2021-02-30', () => {
    const { issue } = onlyIssue(
      broken('relationships', 1, (r) => {
        r.since = '2021-02-30';
        r.until = null;
      }),
    );
    expect(issue).toMatchObject({ field: 'since', record: `record 2 (id ${JSON.stringify(rel(1).id)})` });
    expect(issue.message).toMatch(/not a real calendar date/);
  });

  it('should reject an impossible milestone date, naming the milestones file', () => {
    const { issue } = onlyIssue(
      broken('milestones', 0, (m) => {
        m.date = '2019-13';
      }),
    );
    expect(issue).toMatchObject({ file: bundled.files.milestones, field: 'date' });
    expect(issue.record).toContain(JSON.stringify((bundled.milestones[0] as Rec).id));
  });

  it('should reject until before since', () => {
    const { issue } = onlyIssue(
      broken('relationships', 2, (r) => {
        r.since = '2021-09';
        r.until = '2021-08-31';
      }),
    );
    expect(issue).toMatchObject({ field: 'until', record: `record 3 (id ${JSON.stringify(rel(2).id)})` });
    expect(issue.message).toMatch(/before since 2021-09/);
  });

  it('should reject a relationship without a source', () => {
    const { issue } = onlyIssue(
      broken('relationships', 4, (r) => {
        r.sources = [];
      }),
    );
    expect(issue).toMatchObject({
      file: bundled.files.relationships,
      field: 'sources',
      record: `record 5 (id ${JSON.stringify(rel(4).id)})`,
    });
    expect(issue.message).toMatch(/no source/);
  });

  it('should reject a relationship citing a source id that does not exist', () => {
    const { issue } = onlyIssue(
      broken('relationships', 4, (r) => {
        (r.sources as Rec[])[0]!.id = 'no-such-article';
      }),
    );
    expect(issue.field).toBe('sources.0.id');
  });

  it.each([['nodes'], ['relationships'], ['milestones'], ['sources']] as const)('should reject a duplicate id in %s', (part) => {
    const copy = structuredClone(bundled);
    const last = copy[part].length;
    copy[part].push(structuredClone(copy[part][0]));
    const { issue } = onlyIssue(copy);
    expect(issue).toMatchObject({
      file: bundled.files[part],
      field: 'id',
      record: `record ${last + 1} (id ${JSON.stringify((copy[part][0] as Rec).id)})`,
    });
    expect(issue.message).toMatch(/duplicate id/);
  });

  it('should reject a node kind outside the allow-list and a node without a Chinese name', () => {
    const owners = new Set(bundled.nodes.map((n) => (n as Rec).owner));
    const ownsNothing = bundled.nodes.findIndex((n) => !owners.has((n as Rec).id));
    const raw = broken('nodes', ownsNothing, (n) => {
      n.kind = 'Robot';
      delete n.nameZh;
    });
    const fields = validateDataset(raw, { requireNameZh: true })
      .issues.map((i) => i.field)
      .sort();
    expect(fields).toEqual(['kind', 'nameZh']);
  });

  it('should reject a relationship property the loader writes itself', () => {
    const { issue } = onlyIssue(
      broken('relationships', 0, (r) => {
        r.properties = { id: 'other' };
      }),
    );
    expect(issue.field).toBe('properties.id');
  });

  it('should reject a relationship without a start date unless its sinceQualifier says the sources give none', () => {
    const { issue } = onlyIssue(
      broken('relationships', 0, (r) => {
        r.since = null;
      }),
    );
    expect(issue).toMatchObject({ field: 'since', record: `record 1 (id ${JSON.stringify(rel(0).id)})` });
    expect(issue.message).toMatch(/sinceQualifier "unstated"/);
    expect(
      validateDataset(
        broken('relationships', 0, (r) => {
          r.since = null;
          r.sinceQualifier = 'unstated';
        }),
      ).issues,
    ).toEqual([]);
  });

  it('should reject a start date on a relationship marked "unstated"', () => {
    const { issue } = onlyIssue(
      broken('relationships', 0, (r) => {
        r.sinceQualifier = 'unstated';
      }),
    );
    expect(issue.field).toBe('since');
    expect(issue.message).toMatch(/must be null/);
  });

  it('should reject an "ended by" qualifier without the date it ended by, and "unstated" as an end', () => {
    expect(
      onlyIssue(
        broken('relationships', 0, (r) => {
          r.until = null;
          r.untilQualifier = 'by';
        }),
      ).issue.field,
    ).toBe('untilQualifier');
    expect(
      onlyIssue(
        broken('relationships', 0, (r) => {
          r.untilQualifier = 'unstated';
        }),
      ).issue.field,
    ).toBe('untilQualifier');
  });

  it('should reject a scope outside the scope vocabulary, naming the known ones', () => {
    const { issue } = onlyIssue(
      broken('relationships', 0, (r) => {
        r.scope = 'everywhere';
      }),
    );
    expect(issue.field).toBe('scope');
    expect(issue.message).toContain('private-chats');
  });

  it('should reject an inferred entry for a field that cannot be inferred, or without a note', () => {
    expect(
      onlyIssue(
        broken('relationships', 0, (r) => {
          r.inferred = [{ field: 'colour', note: 'guessed' }];
        }),
      ).issue.field,
    ).toBe('inferred.0.field');
    expect(
      onlyIssue(
        broken('milestones', 0, (m) => {
          m.inferred = [{ field: 'date', note: '' }];
        }),
      ).issue.field,
    ).toBe('inferred.0.note');
  });

  it('should require a Chinese note on every relationship and milestone only when asked to', () => {
    const raw = broken('relationships', 2, (r) => {
      delete r.noteZh;
    });
    (raw.milestones[1] as Rec).noteZh = undefined;
    expect(
      validateDataset(raw, { requireNoteZh: true })
        .issues.map((i) => `${i.file}:${i.field}`)
        .sort(),
    ).toEqual([`${bundled.files.milestones}:noteZh`, `${bundled.files.relationships}:noteZh`]);
    expect(validateDataset(raw).issues).toEqual([]);
  });

  it('should reject a relationship property named untilQualifier, which the loader writes itself', () => {
    const { issue } = onlyIssue(
      broken('relationships', 0, (r) => {
        r.properties = { untilQualifier: 'by' };
      }),
    );
    expect(issue.field).toBe('properties.untilQualifier');
  });

  it('should accept a reference to a node that is already in the database when told about it', () => {
    const raw = broken('relationships', 3, (r) => {
      r.target = 'already-there';
    });
    expect(validateDataset(raw, { knownNodes: new Map([['already-there', 'Platform']]) }).issues).toEqual([]);
  });

  it('should accept the bundled dataset as it is', () => {
    const { dataset, issues } = validateDataset(bundled, { requireNameZh: true, requireNoteZh: true });
    expect(issues).toEqual([]);
    expect(dataset.relationships).toHaveLength(bundled.relationships.length);
  });
});
