/** What the About box reads from the browser: the WebGL renderer's name, the screen, the address. */

declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
export const BUILD_DATE: string = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : '';

/**
 * The graphics renderer WebGL runs on (e.g. "ANGLE (…SwiftShader…)"): the unmasked name where the
 * browser gives it, else the masked one; null without WebGL. The probe context is released at once.
 */
export function webglRendererName(): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  let gl: WebGL2RenderingContext | WebGLRenderingContext | null;
  try {
    gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  } catch {
    return null;
  }
  if (!gl) return null;
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const name = debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return typeof name === 'string' && name ? name : null;
}

export interface ScreenInfo {
  screen: string;
  window: string;
  pixelRatio: number;
}

export function screenInfo(): ScreenInfo {
  return {
    screen: `${screen.width}×${screen.height}`,
    window: `${innerWidth}×${innerHeight}`,
    pixelRatio: Math.round(devicePixelRatio * 100) / 100,
  };
}
