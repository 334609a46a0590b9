// Size adaptation and benchmark data: the client's plan by size, the server's precomputed layout for large
// networks, and the seeded temporal-network generator (deterministic, valid for the importer, sized as asked).
import { describe, expect, it } from 'vitest';
import { visibleElements, specForVisible } from '../../bench/calibrate';
import { generateNetwork } from '../../bench/generate';
import { isSoftwareGl, planForSize, rendererOverride, SIMPLIFY_ABOVE_ELEMENTS, WEBGL_ABOVE_ELEMENTS } from '../../client/src/lib/scale';
import { validateDataset } from '../../server/import/validate';
import type { ApiNode } from '../../server/services/model';
import { PRECOMPUTED_LAYOUT_MIN_NODES, precomputedPositions } from '../../server/services/layout';

const node = (id: string, group: string): ApiNode => ({ id, name: id, nameZh: null, kind: 'Platform', owner: null, group, aliases: [], description: null });

describe('planForSize', () => {
  it('should refuse a negative or non-numeric size', () => {
    expect(() => planForSize(-1, false)).toThrow(RangeError);
    expect(() => planForSize(Number.NaN, false)).toThrow(RangeError);
  });
  it('should keep the full look (canvas, fcose) for a network as small as the bundled one', () => {
    expect(planForSize(127, false)).toEqual({ renderer: 'canvas', simplified: false, layout: 'fcose' });
  });
  it('should simplify above its threshold and switch to WebGL above the next one', () => {
    expect(planForSize(SIMPLIFY_ABOVE_ELEMENTS + 1, true)).toMatchObject({ renderer: 'canvas', simplified: true, layout: 'preset' });
    expect(planForSize(WEBGL_ABOVE_ELEMENTS + 1, true).renderer).toBe('webgl');
  });
  it('when WebGL would run on a software rasteriser, then a large network stays on canvas', () => {
    expect(planForSize(WEBGL_ABOVE_ELEMENTS + 1, true, null, true).renderer).toBe('canvas');
    expect(planForSize(WEBGL_ABOVE_ELEMENTS + 1, true, 'webgl', true).renderer).toBe('webgl');
  });
  it('should tell software GL (SwiftShader, llvmpipe, none at all) from a GPU', () => {
    expect(isSoftwareGl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareGl('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareGl(null)).toBe(true);
    expect(isSoftwareGl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
  });
  it('when ?renderer= names a renderer, then that renderer is used at any size', () => {
    expect(planForSize(10, false, rendererOverride('?renderer=webgl')).renderer).toBe('webgl');
    expect(rendererOverride('?renderer=svg')).toBeNull();
  });
});

describe('precomputedPositions', () => {
  it('should send nothing below its threshold (the client lays small networks out)', () => {
    expect(precomputedPositions([node('a', 'a')], [])).toBeNull();
  });
  it('should give every node distinct integer coordinates, the same on every call', () => {
    const nodes = Array.from({ length: PRECOMPUTED_LAYOUT_MIN_NODES + 50 }, (_, i) => node(`n-${i}`, i % 3 ? `g-${i % 7}` : `n-${i}`));
    const edges = nodes.slice(1).map((n) => ({ source: 'n-0', target: n.id }));
    const positions = precomputedPositions(nodes, edges)!;
    expect(Object.keys(positions).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(new Set(Object.values(positions).map((p) => p.join(','))).size).toBe(nodes.length);
    expect(Object.values(positions).flat().every(Number.isInteger)).toBe(true);
    expect(precomputedPositions(nodes, edges)).toEqual(positions);
  });
});

describe('generateNetwork', () => {
  it('should refuse a network too small to draw', () => {
    expect(() => generateNetwork({ nodes: 2, relationships: 5, seed: 1 })).toThrow(RangeError);
  });
  it('should give the same data for the same seed, and data the importer accepts', () => {
    const spec = { nodes: 300, relationships: 2_000, seed: 11 };
    const first = generateNetwork(spec);
    expect(generateNetwork(spec)).toEqual(first);
    expect(generateNetwork({ ...spec, seed: 12 })).not.toEqual(first);
    expect(validateDataset(first).issues).toEqual([]);
    expect(first.relationships).toHaveLength(spec.relationships);
  });
  it('should size a client network to about the visible elements asked for', () => {
    const spec = specForVisible(5_000, 3);
    expect(Math.abs(visibleElements(generateNetwork(spec)) - 5_000)).toBeLessThan(250);
  });
});
