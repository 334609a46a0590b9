// The page's response names /api/timeline as a preload (Link header) when the network is sent whole, so the browser
// fetches it while the page's scripts load; a network shown one view at a time is never asked for whole (scale.md).
import type { RequestHandler } from 'express';
import type { Database } from '../db/database.js';
import { deliveryOf } from '../services/view-delivery.js';

/** How long the page waits for the answer at most: without it the page goes out without the header. */
const ASK_AT_MOST_MS = 150;
const PRELOAD_TIMELINE = '</api/timeline>; rel=preload; as=fetch; crossorigin=anonymous';

/** Adds the Link header for the page (GET / and /index.html) when the network is sent whole; never delays it long. */
export function preloadWholeTimeline(db: Database): RequestHandler {
  return (_req, res, next) => {
    const timeout = new Promise<null>((done) => setTimeout(() => done(null), ASK_AT_MOST_MS).unref());
    Promise.race([deliveryOf(db).catch(() => null), timeout])
      .then((delivery) => {
        if (delivery === 'whole') res.setHeader('Link', PRELOAD_TIMELINE);
      })
      .finally(() => next());
  };
}
