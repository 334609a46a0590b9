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

/** A whole Host header: an IPv6 literal in brackets, an IPv4 address or a DNS name, then an optional port; nothing else. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)(?::\d{1,5})?$/;

/**
 * The host name of a Host header, lower-cased and without its port ("[::1]:3000" → "[::1]"); "" when there is none,
 * null when the header is malformed ("[::1]evil.example", "a b", "host:port:port").
 */
export function hostName(header: string | undefined): string | null {
  const value = (header ?? '').trim().toLowerCase();
  if (!value) return '';
  const match = HOST_HEADER.exec(value);
  return match ? match[1]! : null;
}

/** How many Host headers a request carries (Node keeps only the first in req.headers). */
export function hostHeaderCount(rawHeaders: string[]): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === 'host') count += 1;
  return count;
}

/**
 * The host names allowed for a config: on a loopback listener, the loopback names plus ALLOWED_HOSTS; on any other
 * listener, those too when ALLOWED_HOSTS is set, else null (any name: the server is meant to be reached from outside).
 */
export function allowedHostNames(config: Pick<Config, 'HOST' | 'ALLOWED_HOSTS'>): Set<string> | null {
  if (!isLoopbackAddress(config.HOST) && !config.ALLOWED_HOSTS.length) return null;
  return new Set([...LOOPBACK_NAMES, ...config.ALLOWED_HOSTS.map((name) => hostName(name) ?? name.toLowerCase())]);
}

const badHost = (detail: string) => new AppError(400, 'Bad Host header', detail, { field: 'Host' });

/** Express middleware: 400 for several or malformed Host headers, 421 for a Host outside the allowed names. */
export function checkHost(config: Pick<Config, 'HOST' | 'ALLOWED_HOSTS'>): RequestHandler {
  const allowed = allowedHostNames(config);
  return (req, res, next) => {
    if (hostHeaderCount(req.rawHeaders) > 1) {
      return sendProblem(res, badHost('The request carries several Host headers; send exactly one.'), req.originalUrl);
    }
    const name = hostName(req.headers.host);
    if (name === null) {
      return sendProblem(res, badHost('The Host header is not a host name or address with an optional port.'), req.originalUrl);
    }
    if (!allowed || allowed.has(name)) return next();
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
