// Foreign-schema graphs for the lens tests, each built from plain values and returning what Hulian should find in it:
// the time properties, the lens, and every relationship's expected timeline row (days computed from the stored values).
import { isoDayOfMs, link, ownDay, people, type ExpectedEdge, type Scenario } from './_foreign-scenario-helpers.js';
import { build } from './_foreign-db.js';
import { MORE_SCENARIOS } from './_foreign-scenarios-more.js';

export const SCENARIOS: Scenario[] = [
  {
    name: 'a single DateTime property on a message type',
    async build(db) {
      const nodes = await people(
        db,
        'Person',
        'name',
        ['Ada', 'Brook', 'Cyd'].map((name) => ({ name })),
      );
      const rows = [
        { ref: 'm1', from: 'Ada', to: 'Brook', sentAt: '2021-03-01T23:30:00+08:00', subject: 'hello' },
        { ref: 'm2', from: 'Brook', to: 'Cyd', sentAt: '2019-12-31T23:59:59Z', subject: 'year end' },
        { ref: 'm3', from: 'Cyd', to: 'Ada', sentAt: '2020-06-15T08:00:00.123-05:00', subject: 'lunch' },
      ];
      await build(
        db,
        link(
          ['Person', 'name'],
          ['Person', 'name'],
          'EMAILED',
          'r.ref = row.ref, r.sentAt = datetime(row.sentAt), r.subject = row.subject',
        ),
        { rows },
      );
      const start = { key: 'sentAt', form: 'datetime' } as const;
      return {
        timeProperties: { EMAILED: [start] },
        lens: {
          relationships: [{ type: 'EMAILED', start, end: null }],
          labels: ['Person'],
          captions: { Person: 'name' },
          group: { by: 'label' },
        },
        nodes,
        edges: new Map(rows.map((r) => [r.ref, { type: 'EMAILED', from: r.from, to: r.to, since: ownDay(r.sentAt), until: null }])),
      };
    },
  },
  {
    name: 'a start/end pair of epoch-millisecond integers',
    async build(db) {
      const accounts = ['north', 'south', 'east', 'west', 'centre', 'edge'].map((key, i) => ({
        title: `@${key}`,
        team: ['red', 'blue', 'green'][i % 3],
      }));
      const nodes = await people(db, 'Account', 'title', accounts);
      const rows = [
        { ref: 'f1', from: '@north', to: '@south', start: Date.UTC(2015, 0, 31, 23, 59), end: Date.UTC(2018, 6, 1, 12) },
        { ref: 'f2', from: '@south', to: '@east', start: Date.UTC(2016, 1, 29, 6), end: null },
        { ref: 'f3', from: '@west', to: '@centre', start: Date.UTC(2020, 11, 31, 0, 0, 1), end: Date.UTC(2022, 2, 3) },
        { ref: 'f4', from: '@edge', to: '@north', start: Date.UTC(1999, 4, 5), end: null },
      ];
      await build(
        db,
        link(
          ['Account', 'title'],
          ['Account', 'title'],
          'FOLLOWED',
          'r.ref = row.ref, r.start_ms = toInteger(row.start), r.end_ms = toInteger(row.end)',
        ),
        { rows },
      );
      const [start, end] = [{ key: 'start_ms', form: 'epochMillis' } as const, { key: 'end_ms', form: 'epochMillis' } as const];
      return {
        timeProperties: { FOLLOWED: [end, start] },
        lens: {
          relationships: [{ type: 'FOLLOWED', start, end }],
          labels: ['Account'],
          captions: { Account: 'title' },
          group: { by: 'property', key: 'team' },
        },
        nodes,
        edges: new Map(
          rows.map((r) => [
            r.ref,
            { type: 'FOLLOWED', from: r.from, to: r.to, since: isoDayOfMs(r.start), until: r.end === null ? null : isoDayOfMs(r.end) },
          ]),
        ),
      };
    },
  },
  {
    name: 'ISO-string dates',
    async build(db) {
      const nodes = await people(
        db,
        'Doc',
        'label',
        ['ALPHA', 'BETA', 'GAMMA'].map((label) => ({ label })),
      );
      const rows = [
        { ref: 'c1', from: 'ALPHA', to: 'BETA', published: '2019-05-04' },
        { ref: 'c2', from: 'BETA', to: 'GAMMA', published: '2020-01-02T10:00:00Z' },
        { ref: 'c3', from: 'GAMMA', to: 'ALPHA', published: '2018-11-30T23:00:00+01:00' },
      ];
      await build(db, link(['Doc', 'label'], ['Doc', 'label'], 'CITES', 'r.ref = row.ref, r.published = row.published'), { rows });
      const start = { key: 'published', form: 'isoString' } as const;
      return {
        timeProperties: { CITES: [start] },
        lens: { relationships: [{ type: 'CITES', start, end: null }], labels: ['Doc'], captions: { Doc: 'label' }, group: { by: 'label' } },
        nodes,
        edges: new Map(rows.map((r) => [r.ref, { type: 'CITES', from: r.from, to: r.to, since: ownDay(r.published), until: null }])),
      };
    },
  },
  {
    name: 'date-typed validity under valid_from and valid_to, with an index of its own',
    async build(db) {
      const companies = ['Acme', 'Globex', 'Initech', 'Umbrella'].map((name, i) => ({ name, country: i % 2 ? 'NL' : 'DE' }));
      const nodes = await people(db, 'Company', 'name', companies);
      const rows = [
        { ref: 'o1', from: 'Acme', to: 'Globex', valid_from: '2001-01-01', valid_to: '2009-12-31', share: 0.51 },
        { ref: 'o2', from: 'Globex', to: 'Initech', valid_from: '2012-07-15', valid_to: null, share: 1 },
        { ref: 'o3', from: 'Umbrella', to: 'Acme', valid_from: '2010-02-28', valid_to: '2011-02-28', share: 0.2 },
      ];
      await build(
        db,
        link(
          ['Company', 'name'],
          ['Company', 'name'],
          'OWNED',
          'r.ref = row.ref, r.valid_from = date(row.valid_from), r.valid_to = date(row.valid_to), r.share = row.share',
        ),
        { rows },
      );
      await build(db, 'CREATE INDEX owned_valid_from FOR ()-[r:OWNED]-() ON (r.valid_from)');
      const [start, end] = [{ key: 'valid_from', form: 'date' } as const, { key: 'valid_to', form: 'date' } as const];
      return {
        timeProperties: { OWNED: [start, end] },
        lens: {
          relationships: [{ type: 'OWNED', start, end }],
          labels: ['Company'],
          captions: { Company: 'name' },
          group: { by: 'property', key: 'country' },
        },
        nodes,
        edges: new Map(rows.map((r) => [r.ref, { type: 'OWNED', from: r.from, to: r.to, since: r.valid_from, until: r.valid_to }])),
        indexed: ['OWNED.valid_from'],
      };
    },
  },
  {
    name: 'two relationship types with different time properties',
    async build(db) {
      const users = await people(
        db,
        'User',
        'name',
        ['ann', 'bob'].map((name) => ({ name })),
      );
      const posts = await people(
        db,
        'Post',
        'title',
        ['Post p1', 'Post p2', 'Post p3'].map((title) => ({ title })),
      );
      const liked = [
        { ref: 'l1', from: 'ann', to: 'Post p1', at: Math.floor(Date.UTC(2017, 3, 9, 21) / 1000) },
        { ref: 'l2', from: 'bob', to: 'Post p3', at: Math.floor(Date.UTC(2023, 8, 30, 23, 59, 59) / 1000) },
      ];
      const wrote = [
        { ref: 'w1', from: 'ann', to: 'Post p1', year: 2016 },
        { ref: 'w2', from: 'bob', to: 'Post p2', year: 2019 },
        { ref: 'w3', from: 'bob', to: 'Post p3', year: 2023 },
      ];
      await build(db, link(['User', 'name'], ['Post', 'title'], 'LIKED', 'r.ref = row.ref, r.at = toInteger(row.at)'), { rows: liked });
      await build(db, link(['User', 'name'], ['Post', 'title'], 'WROTE', 'r.ref = row.ref, r.year = toInteger(row.year)'), { rows: wrote });
      const [at, year] = [{ key: 'at', form: 'epochSeconds' } as const, { key: 'year', form: 'year' } as const];
      return {
        timeProperties: { LIKED: [at], WROTE: [year] },
        lens: {
          relationships: [
            { type: 'LIKED', start: at, end: null },
            { type: 'WROTE', start: year, end: null },
          ],
          labels: ['Post', 'User'],
          captions: { Post: 'title', User: 'name' },
          group: { by: 'label' },
        },
        nodes: [...users, ...posts],
        edges: new Map<string, ExpectedEdge>([
          ...liked.map((r) => [r.ref, { type: 'LIKED', from: r.from, to: r.to, since: isoDayOfMs(r.at * 1000), until: null }] as const),
          ...wrote.map(
            (r) =>
              [
                r.ref,
                { type: 'WROTE', from: r.from, to: r.to, since: `${r.year}-01-01`, until: null, sincePrecision: 'year' as const },
              ] as const,
          ),
        ]),
      };
    },
  },
  ...MORE_SCENARIOS,
];
