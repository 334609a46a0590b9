// More foreign-schema scenarios (see _foreign-scenarios.ts): look-alike time properties, epoch milliseconds as whole
// floats, and a LocalDateTime start/end pair.
import { isoDayOfMs, link, ownDay, people, type Scenario } from './_foreign-scenario-helpers.js';
import { build } from './_foreign-db.js';

export const MORE_SCENARIOS: Scenario[] = [
  {
    name: 'properties that look temporal but are not',
    async build(db) {
      const nodes = await people(
        db,
        'Item',
        'name',
        ['cup', 'pot', 'pan'].map((name) => ({ name })),
      );
      const rated = [
        { ref: 'r1', from: 'cup', to: 'pot', since: 'unknown', timestamp: 3, count: 5, ratedOn: '2022-02-02' },
        { ref: 'r2', from: 'pot', to: 'pan', since: 'n/a', timestamp: 7, count: 9, ratedOn: '2021-10-10' },
      ];
      await build(
        db,
        link(
          ['Item', 'name'],
          ['Item', 'name'],
          'RATED',
          'r.ref = row.ref, r.since = row.since, r.timestamp = toInteger(row.timestamp), r.count = toInteger(row.count), r.ratedOn = date(row.ratedOn)',
        ),
        { rows: rated },
      );
      await build(db, link(['Item', 'name'], ['Item', 'name'], 'KNOWS', 'r.since = row.since'), {
        rows: [{ from: 'cup', to: 'pan', since: 'unknown' }],
      });
      const start = { key: 'ratedOn', form: 'date' } as const;
      return {
        timeProperties: { RATED: [start] },
        lens: {
          relationships: [{ type: 'RATED', start, end: null }],
          labels: ['Item'],
          captions: { Item: 'name' },
          group: { by: 'label' },
        },
        nodes,
        edges: new Map(rated.map((r) => [r.ref, { type: 'RATED', from: r.from, to: r.to, since: r.ratedOn, until: null }])),
      };
    },
  },
  {
    name: 'epoch milliseconds stored as whole floats, as a JavaScript client writes them',
    async build(db) {
      const nodes = await people(
        db,
        'Host',
        'name',
        ['alpha', 'beta'].map((name) => ({ name })),
      );
      const rows = [
        { ref: 'p1', from: 'alpha', to: 'beta', pingedAt: Date.UTC(2024, 1, 29, 23, 59, 59) },
        { ref: 'p2', from: 'beta', to: 'alpha', pingedAt: Date.UTC(2003, 6, 4, 0, 0, 0, 1) },
      ];
      // JavaScript numbers travel as floats: r.pingedAt is stored as a Double holding whole milliseconds.
      await build(db, link(['Host', 'name'], ['Host', 'name'], 'PINGED', 'r.ref = row.ref, r.pingedAt = row.pingedAt'), { rows });
      const start = { key: 'pingedAt', form: 'epochMillis' } as const;
      return {
        timeProperties: { PINGED: [start] },
        lens: {
          relationships: [{ type: 'PINGED', start, end: null }],
          labels: ['Host'],
          captions: { Host: 'name' },
          group: { by: 'label' },
        },
        nodes,
        edges: new Map(rows.map((r) => [r.ref, { type: 'PINGED', from: r.from, to: r.to, since: isoDayOfMs(r.pingedAt), until: null }])),
      };
    },
  },
  {
    name: 'a LocalDateTime start and end pair (created/deleted)',
    async build(db) {
      const nodes = await people(
        db,
        'Account',
        'title',
        ['north', 'south', 'east'].map((title) => ({ title })),
      );
      const rows = [
        { ref: 'l1', from: 'north', to: 'south', created: '2015-04-01T09:00:00', deleted: '2016-04-01T17:30:00' },
        { ref: 'l2', from: 'south', to: 'east', created: '2017-12-31T23:59:00', deleted: null },
      ];
      await build(
        db,
        link(
          ['Account', 'title'],
          ['Account', 'title'],
          'LINKED',
          'r.ref = row.ref, r.created = localdatetime(row.created), r.deleted = CASE WHEN row.deleted IS NULL THEN null ELSE localdatetime(row.deleted) END',
        ),
        { rows },
      );
      const start = { key: 'created', form: 'localdatetime' } as const;
      const end = { key: 'deleted', form: 'localdatetime' } as const;
      return {
        timeProperties: { LINKED: [start, end] },
        lens: {
          relationships: [{ type: 'LINKED', start, end }],
          labels: ['Account'],
          captions: { Account: 'title' },
          group: { by: 'label' },
        },
        nodes,
        edges: new Map(
          rows.map((r) => [
            r.ref,
            { type: 'LINKED', from: r.from, to: r.to, since: ownDay(r.created), until: r.deleted === null ? null : ownDay(r.deleted) },
          ]),
        ),
      };
    },
  },
];
