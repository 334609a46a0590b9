// cachedLayoutJson (server/analysis/layout-cache.ts): the layout is computed in a worker thread once per data version,
// shared by concurrent requests, and read back from the disk cache after a restart instead of computed again.
import { describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { forceLayout } from '../../server/analysis/force-layout.js';
import { networkVersion } from '../../server/analysis/union-network.js';

/** A logger that records its messages. */
function recordingLog() {
  const messages: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void messages.push(String(JSON.parse(line).msg)) });
  return { log, messages };
}

const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `cache-test-${process.pid}-${Date.now()}-${i}`, name: `Node ${i}` }));
const edges = nodes.slice(1).map((n, i) => ({ source: nodes[Math.floor(i / 2)]!.id, target: n.id }));
const version = networkVersion(
  nodes.map((n) => n.id),
  edges,
);

describe('cachedLayoutJson', () => {
  it('when there are no nodes, then the positions are null', async () => {
    const { cachedLayoutJson } = await import('../../server/analysis/layout-cache.js');
    expect(await cachedLayoutJson([], [], 'empty')).toBe('null');
  });

  it('should compute the layout once in a worker, equal to forceLayout, and after a restart read it from disk', async () => {
    const { cachedLayoutJson } = await import('../../server/analysis/layout-cache.js');
    const first = recordingLog();
    const [a, b] = await Promise.all([
      cachedLayoutJson(nodes, edges, version, first.log),
      cachedLayoutJson(nodes, edges, version, first.log),
    ]);
    expect(a).toBe(b);
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    expect(JSON.parse(a)).toEqual(
      forceLayout(
        nodes.map((n) => n.id),
        edges,
        { names },
      ),
    );
    expect(first.messages.filter((m) => m === 'layout: done')).toHaveLength(1);

    vi.resetModules();
    const restarted = await import('../../server/analysis/layout-cache.js');
    const second = recordingLog();
    expect(await restarted.cachedLayoutJson(nodes, edges, version, second.log)).toBe(a);
    expect(second.messages).toEqual([]);
  });
});
