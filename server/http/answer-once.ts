// One response per request: once the request guard has answered (deadline, Neo4j lost, draining), whatever the route or
// the problem handler writes later is dropped, instead of failing with ERR_HTTP_HEADERS_SENT.
import type { Request, Response } from 'express';

const SEALED = 'hulianAnswered';

/** True when the guard answered this request itself, so anything the route writes now is dropped. */
export function isSealed(res: Response): boolean {
  return res.locals[SEALED] === true;
}

/**
 * Answers with `send` unless an answer has begun, then seals the response: later writes, headers and status changes
 * become no-ops (logged once at debug). A response already streaming its body cannot be answered again; it is cut, so
 * that its client sees the failure instead of waiting. Returns true when `send` answered.
 */
export function answerFirst(req: Request, res: Response, send: () => void, why: string): boolean {
  if (isSealed(res)) return false;
  if (res.headersSent) {
    if (!res.writableEnded) {
      req.log?.debug({ why }, 'response cut: it had begun when the guard answered');
      res.destroy();
    }
    return false;
  }
  send();
  seal(req, res, why);
  return true;
}

function seal(req: Request, res: Response, why: string): void {
  res.locals[SEALED] = true;
  let told = false;
  const drop = (method: string) => () => {
    if (!told) req.log?.debug({ method, why }, 'a later write was dropped: the guard answered this request first');
    told = true;
  };
  const target = res as unknown as Record<string, unknown>;
  for (const method of ['setHeader', 'removeHeader', 'writeHead', 'flushHeaders', 'status', 'end']) {
    const note = drop(method);
    target[method] = function dropped(this: Response) {
      note();
      return this;
    };
  }
  const noteWrite = drop('write');
  target.write = () => {
    noteWrite();
    return true;
  };
}
