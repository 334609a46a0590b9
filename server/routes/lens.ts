// PUT /api/lens: the first-run choice, saved on the server. On a foreign database the page sends discovery's open choices
// decided (or a whole lens); the lens is checked against the schema, written to Hulian's state folder and used from then on.
import { dirname, join, resolve } from 'node:path';
import { Router } from 'express';
import { SaveLensRequest } from '../../contract/lens.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { AppError, BadRequestError } from '../http/problems.js';
import { validate } from '../http/params.js';
import type { RouteGuards } from '../http/request-guard.js';
import { discover } from '../lens/discover.js';
import { LensRequestError, requestedLens } from '../lens/lens-choices.js';
import { lensStateOf, rememberLensStateDir, renewLensState, savedLensPathOf } from '../lens/lens-state.js';
import { writeSavedLens } from '../lens/saved-lens.js';
import { readyBody } from './health.js';

const [choicesRequest, wholeLensRequest] = SaveLensRequest.options;

/** The lens route; a saved lens goes to `lens/` beside NEO4J_DATA_DIR (.data/lens), or next to HULIAN_LENS. */
export function lensRoutes(db: Database, guards: RouteGuards, config: Config): Router {
  rememberLensStateDir(db, join(dirname(resolve(config.NEO4J_DATA_DIR)), 'lens'));
  const router = Router();
  router.put('/lens', guards.neo4j, async (req, res) => {
    const body: unknown = req.body;
    const isChoices = typeof body === 'object' && body !== null && 'choices' in body;
    const request = validate(isChoices ? choicesRequest : wholeLensRequest, body, 'body');
    if ((await lensStateOf(db)).mode !== 'foreign') {
      throw new AppError(409, 'Conflict', 'This is a database Hulian made: it is read through the built-in lens, which cannot be changed');
    }
    let lens;
    try {
      lens = requestedLens(request, await discover(db));
    } catch (error) {
      if (error instanceof LensRequestError) throw new BadRequestError(error.field, error.message);
      throw error;
    }
    writeSavedLens((await savedLensPathOf(db))!, lens);
    await renewLensState(db);
    res.json(await readyBody(db));
  });
  return router;
}
