// planForSize (client/src/lib/scale.ts): the renderer, detail and layout the client picks for a network's size.
import { describe, expect, it } from 'vitest';
import { isSoftwareGl, planForSize, rendererOverride, SIMPLIFY_ABOVE_ELEMENTS, WEBGL_ABOVE_ELEMENTS } from '../../client/src/lib/scale.js';

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
  it('when a paint layer draws the relationships, then Cytoscape (holding only a few nodes) stays on canvas', () => {
    expect(planForSize(WEBGL_ABOVE_ELEMENTS + 1, true, null, false, true).renderer).toBe('canvas');
    expect(planForSize(WEBGL_ABOVE_ELEMENTS + 1, true, 'webgl', false, true).renderer).toBe('webgl');
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
