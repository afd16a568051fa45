/**
 * Asks the browser about WebGL2 once, on a small canvas thrown away at once: is there any, does it
 * come with a major performance caveat (software rendering), and what is the renderer's name.
 */
import { chooseRenderer, isSoftwareGpu, useRenderer, type RendererChoice, type RendererRequest, type WebglProbe } from './renderer';

let cached: WebglProbe | undefined;

function context(caveat: boolean): WebGL2RenderingContext | null {
  try {
    return document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: caveat });
  } catch {
    return null;
  }
}

function release(gl: WebGL2RenderingContext) {
  gl.getExtension('WEBGL_lose_context')?.loseContext();
}

function gpuName(gl: WebGL2RenderingContext): string | null {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof name === 'string' && name ? name : null;
}

export function probeWebgl(): WebglProbe {
  if (cached) return cached;
  const fast = context(true);
  const gl = fast ?? context(false);
  if (!gl) return (cached = { webgl2: false, software: false, gpu: null });
  const gpu = gpuName(gl);
  release(gl);
  return (cached = { webgl2: true, software: !fast || isSoftwareGpu(gpu), gpu });
}

/** Chooses the renderer once for this page (the link's request, else by the browser's WebGL) and keeps it in `useRenderer`. */
export function startRenderer(request: RendererRequest): RendererChoice {
  const known = useRenderer.getState().choice;
  if (known) return known;
  // A link naming the map needs no probe: the SVG map no WebGL context at all, and the WebGL map finds out itself
  // whether it can start (and falls back to the SVG map, saying so, when it cannot).
  const probe = request === 'auto' ? probeWebgl() : null;
  const choice = chooseRenderer(probe ?? { webgl2: request === 'webgl', software: false }, request);
  useRenderer.getState().set(choice, probe?.gpu ?? null);
  return choice;
}
