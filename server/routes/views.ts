// The views computed in Neo4j (issue #19): GET /api/histogram (counts per time bucket, and whether the client replays
// the whole timeline or asks per step), GET /api/view (one date or window: counts, and at most `budget` relationships)
// and GET /api/compare (two dates: counts of added, ended and persisted, and the top changes).
import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import type { RouteGuards } from '../http/request-guard.js';
import { validate } from '../http/params.js';
import { compareQuery, viewQuery } from '../http/view-requests.js';
import { NotFoundError } from '../errors/app-errors.js';
import { readingOf } from '../lens/reading.js';
import { deliveryOf, histogramAndStartsOf, histogramOf, preparedHistogram } from '../services/view-delivery.js';
import { viewAt } from '../services/view-service.js';
import { compareAt } from '../services/view-compare.js';
import { endTaggedWork } from '../services/abandoned-work.js';

/** How long GET /api/histogram waits for a first preparation before answering 202 (well under the request deadline). */
const PREPARE_WAIT_MS = 5_000;

/** A signal and a tag for one request's Neo4j work: when the client goes away before the answer (a superseded step),
 * parts not started are skipped and those running are terminated, so the next step does not wait behind them. */
function abandonment(db: Database, res: Response): { signal: AbortSignal; tag: string } {
  const controller = new AbortController();
  const tag = randomUUID();
  res.on('close', () => {
    if (res.writableFinished) return;
    controller.abort();
    void endTaggedWork(db, tag);
  });
  return { signal: controller.signal, tag };
}

/** Sends what `answer` gives; when the client has gone, its failure (work ended on purpose) is nobody's error. */
async function answerUnlessAbandoned(res: Response, signal: AbortSignal, answer: Promise<unknown>): Promise<void> {
  try {
    res.json(await answer);
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

/** What a view or a comparison starts from: the lens reading (a 404 when nothing is dated), the data's first day, and
 * the request's abandonment signal and tag. */
async function viewSetUp(db: Database, res: Response, verb: 'show' | 'compare') {
  const reading = await readingOf(db);
  if (!reading) throw new NotFoundError(`This database has no dated relationships to ${verb}: choose a time property in the lens panel`);
  const { answer, starts, version } = await histogramAndStartsOf(db);
  return { reading, first: answer.first, starts, version, work: abandonment(db, res) };
}

/** /histogram, /view and /compare. */
export function viewRoutes(db: Database, guards: RouteGuards, config: Config): Router {
  const router = Router();
  const heavyMs = config.HEAVY_QUERY_TIMEOUT_MS;
  router.get('/histogram', guards.neo4j, async (_req, res) => {
    // A network sent whole is small: its histogram is quick, and the page needs the answer before anything else.
    if ((await deliveryOf(db)) === 'whole') return void res.json(await histogramOf(db));
    const answer = await preparedHistogram(db, PREPARE_WAIT_MS);
    if (answer) return void res.json(answer);
    res.status(202).setHeader('Retry-After', '2');
    res.json({ preparing: true, detail: 'Hulian is reading this large network for the first time (its time histogram and layout)' });
  });
  router.get('/view', guards.neo4j, async (req, res) => {
    const request = validate(viewQuery, req.query);
    const { reading, first, starts, version, work } = await viewSetUp(db, res, 'show');
    await answerUnlessAbandoned(res, work.signal, viewAt(db, reading, { ...request, first, starts, version, ...work }, heavyMs));
  });
  router.get('/compare', guards.neo4j, async (req, res) => {
    const { fromAfter, toAfter, ...request } = validate(compareQuery, req.query);
    const { reading, first, work } = await viewSetUp(db, res, 'compare');
    const windows = { fromAfter: fromAfter ?? request.from, toAfter: toAfter ?? request.to };
    await answerUnlessAbandoned(res, work.signal, compareAt(db, reading, { ...request, ...windows, first, ...work }, heavyMs));
  });
  return router;
}
