import { describe, expect, it } from 'vitest';
import { chooseRenderer, fellBack, isSoftwareGpu, type RendererChoice, type RendererRequest } from '../../src/state/renderer';

const HARDWARE = { webgl2: true, software: false };
const SOFTWARE = { webgl2: true, software: true };
const NONE = { webgl2: false, software: false };

describe('choosing the map renderer', () => {
  it.each([
    ['auto', HARDWARE, { renderer: 'webgl', reason: 'hardware' }],
    ['auto', SOFTWARE, { renderer: 'svg', reason: 'software-webgl' }],
    ['auto', NONE, { renderer: 'svg', reason: 'no-webgl2' }],
    ['webgl', HARDWARE, { renderer: 'webgl', reason: 'link' }],
    ['webgl', SOFTWARE, { renderer: 'webgl', reason: 'link' }],
    ['webgl', NONE, { renderer: 'svg', reason: 'no-webgl2' }],
    ['svg', HARDWARE, { renderer: 'svg', reason: 'link' }],
    ['svg', SOFTWARE, { renderer: 'svg', reason: 'link' }],
    ['svg', NONE, { renderer: 'svg', reason: 'link' }],
  ] as [RendererRequest, typeof HARDWARE, RendererChoice][])('renderer=%s with %o → %o', (request, probe, expected) => {
    expect(chooseRenderer(probe, request)).toEqual(expected);
  });

  it('falls back to the SVG map saying why', () => {
    expect(fellBack('failed-to-load')).toEqual({ renderer: 'svg', reason: 'failed-to-load' });
  });

  it('knows software renderers by their unmasked names', () => {
    expect(isSoftwareGpu('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareGpu('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareGpu('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
    expect(isSoftwareGpu('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareGpu(null)).toBe(false);
  });
});
