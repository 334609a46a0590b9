// Refuses requests addressed to a host name the server does not answer to: a defence against DNS rebinding, where a
// web page's own domain is pointed at 127.0.0.1 to reach a server that listens on loopback.
import type { RequestHandler } from 'express';
import type { Config } from '../config/config.js';
import { sendProblem } from './problem-handler.js';
import { AppError } from './problems.js';

/** The names a loopback server always answers to. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** True when `host` (a listen address) is reachable only from this machine. */
export function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The host name of a Host header, lower-cased and without its port ("[::1]:3000" → "[::1]"). */
export function hostName(header: string | undefined): string {
  const value = (header ?? '').trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0]!;
}

/**
 * The host names allowed for a config: on a loopback listener, the loopback names plus ALLOWED_HOSTS; on any other
 * listener, those too when ALLOWED_HOSTS is set, else null (any name: the server is meant to be reached from outside).
 */
export function allowedHostNames(config: Pick<Config, 'HOST' | 'ALLOWED_HOSTS'>): Set<string> | null {
  if (!isLoopbackAddress(config.HOST) && !config.ALLOWED_HOSTS.length) return null;
  return new Set([...LOOPBACK_NAMES, ...config.ALLOWED_HOSTS.map(hostName)]);
}

/** Express middleware: 421 problem for a Host header outside the allowed names. */
export function checkHost(config: Pick<Config, 'HOST' | 'ALLOWED_HOSTS'>): RequestHandler {
  const allowed = allowedHostNames(config);
  return (req, res, next) => {
    if (!allowed || allowed.has(hostName(req.headers.host))) return next();
    sendProblem(
      res,
      new AppError(
        421,
        'Unknown host',
        'This server answers only to the host names it was set up for. Open it at http://localhost or http://127.0.0.1; ' +
          'to reach it under another name, its operator adds that name to ALLOWED_HOSTS.',
        { field: 'Host' },
      ),
      req.originalUrl,
    );
  };
}
