/**
 * Which map renderer runs, and why: the WebGL map (maplibre) where the GPU draws it, the SVG map
 * where WebGL is missing or drawn in software (SwiftShader, llvmpipe, a remote desktop's basic
 * driver), where the SVG map is the faster of the two. `renderer=webgl|svg|auto` in the link
 * overrides the choice. The choice is pure (`chooseRenderer`); the browser's answers come from
 * `probeWebgl` (src/state/webglProbe.ts). `useRenderer` holds the choice for whoever wants to say it
 * (the About box): read it with `useRenderer((s) => s.choice)`.
 */
import { create } from 'zustand';

export type RendererName = 'webgl' | 'svg';
/** What the link asks for; `auto` (the default) chooses by the browser's WebGL. */
export type RendererRequest = RendererName | 'auto';
export const RENDERER_REQUESTS: readonly RendererRequest[] = ['auto', 'webgl', 'svg'];

/**
 * - `hardware`: WebGL2 drawn by a GPU, so the WebGL map;
 * - `software-webgl`: WebGL2 only in software, where the SVG map is faster;
 * - `no-webgl2`: no WebGL2 at all (also when the link asked for the WebGL map);
 * - `link`: the link's `renderer=` chose;
 * - `failed-to-load`: the WebGL map was chosen but could not start or load, so the SVG map stands in.
 */
export type RendererReason = 'hardware' | 'software-webgl' | 'no-webgl2' | 'link' | 'failed-to-load';

export interface RendererChoice {
  renderer: RendererName;
  reason: RendererReason;
}

/** What the browser said about WebGL2. */
export interface WebglProbe {
  webgl2: boolean;
  /** WebGL2 runs only with a major performance caveat (software), or its renderer is a known software one. */
  software: boolean;
  /** The unmasked renderer name, when the browser tells it (e.g. "ANGLE (… SwiftShader …)"). */
  gpu: string | null;
}

/** The renderer for a browser's WebGL and the link's request. */
export function chooseRenderer(probe: Pick<WebglProbe, 'webgl2' | 'software'>, request: RendererRequest): RendererChoice {
  if (request === 'svg') return { renderer: 'svg', reason: 'link' };
  if (!probe.webgl2) return { renderer: 'svg', reason: 'no-webgl2' };
  if (request === 'webgl') return { renderer: 'webgl', reason: 'link' };
  return probe.software ? { renderer: 'svg', reason: 'software-webgl' } : { renderer: 'webgl', reason: 'hardware' };
}

/** The choice once the WebGL map failed to start or load: the SVG map, saying why. */
export const fellBack = (why: 'no-webgl2' | 'failed-to-load'): RendererChoice => ({ renderer: 'svg', reason: why });

/** Unmasked renderer names of WebGL drawn on the CPU. */
const SOFTWARE_GPU = /swiftshader|llvmpipe|softpipe|lavapipe|basic render driver|software/i;
export const isSoftwareGpu = (name: string | null) => name !== null && SOFTWARE_GPU.test(name);

interface RendererState {
  /** null until the dashboard has chosen (the presenter's window never does). */
  choice: RendererChoice | null;
  /** The unmasked WebGL renderer name, when known. */
  gpu: string | null;
  set: (choice: RendererChoice, gpu?: string | null) => void;
}

export const useRenderer = create<RendererState>()((set) => ({
  choice: null,
  gpu: null,
  set: (choice, gpu) => set((s) => ({ choice, gpu: gpu === undefined ? s.gpu : gpu })),
}));
