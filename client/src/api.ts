// The only file that knows the API's URLs: typed fetch helpers that turn problem+json into ApiError.
import type { SaveLensRequest } from '../../contract/lens';
import type { HistogramPreparing } from '../../contract/views';
import type { Answer, Problem, Timeline } from './types';
import { decodeTimeline } from './lib/timeline-wire';

/** An API answer that was not 2xx, carrying the problem+json body. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

type Listener = (error: ApiError) => void;
const unavailableListeners: Listener[] = [];

/** Calls `listener` whenever any request answers 503 (Neo4j unavailable). */
export function onUnavailable(listener: Listener): void {
  unavailableListeners.push(listener);
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch (cause) {
    throw new ApiError({ type: 'about:blank', title: 'Server unreachable', status: 0, detail: String(cause) });
  }
  const text = await response.text();
  const body = text ? safeJson(text) : null;
  if (!response.ok) {
    const problem: Problem =
      body && typeof body === 'object' && 'title' in body
        ? (body as Problem)
        : { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status, detail: text.slice(0, 200) };
    const error = new ApiError({ ...problem, status: response.status });
    if (response.status === 503) unavailableListeners.forEach((listener) => listener(error));
    throw error;
  }
  return body as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const qs = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();

/** The API's client: one method per endpoint. */
export const api = {
  ready: () => request<Answer<'ready'>>('/api/ready'),
  saveLens: (body: SaveLensRequest) =>
    request<Answer<'ready'>>('/api/lens', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  timeline: async (): Promise<Timeline> => decodeTimeline(await request<Answer<'timeline'>>('/api/timeline')),
  /** The time histogram, or (202) word that a large network's first preparation is still running. */
  histogram: () => request<Answer<'histogram'> | HistogramPreparing>('/api/histogram'),
  /** One server-computed view of a large network; an aborted request rejects with an AbortError, not an ApiError. */
  view: async (params: { at: string; after: string; mode: 'asof' | 'window'; budget: number }, signal?: AbortSignal) => {
    try {
      return await request<Answer<'view'>>(`/api/view?${qs(params)}`, { signal });
    } catch (error) {
      if (signal?.aborted) throw new DOMException('The view is no longer wanted', 'AbortError');
      throw error;
    }
  },
  /** Two dates of a large network compared by the server (counts, and the top changes within `budget`). */
  compare: async (
    params: { from: string; to: string; mode: 'asof' | 'window'; fromAfter: string; toAfter: string; budget: number },
    signal?: AbortSignal,
  ) => {
    try {
      return await request<Answer<'compare'>>(`/api/compare?${qs(params)}`, { signal });
    } catch (error) {
      if (signal?.aborted) throw new DOMException('The comparison is no longer wanted', 'AbortError');
      throw error;
    }
  },
  search: (q: string, limit = 8) => request<Answer<'search'>>(`/api/nodes?${qs({ q, limit })}`),
  node: (id: string) => request<Answer<'node'>>(`/api/nodes/${encodeURIComponent(id)}`),
  neighbors: (id: string, at: string, depth = 1) =>
    request<Answer<'neighbors'>>(`/api/nodes/${encodeURIComponent(id)}/neighbors?${qs({ at, depth })}`),
  paths: (from: string, to: string, at: string, maxHops = 4) => request<Answer<'paths'>>(`/api/paths?${qs({ from, to, at, maxHops })}`),
  earliestPath: (from: string, to: string, maxHops = 4) => request<Answer<'earliest'>>(`/api/paths/earliest?${qs({ from, to, maxHops })}`),
  queries: () => request<Answer<'queries'>>('/api/queries'),
  cypher: (query: string, params: Record<string, unknown>) =>
    request<Answer<'cypher'>>('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, params }),
    }),
};

export type Api = typeof api;
