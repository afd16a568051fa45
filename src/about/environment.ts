/** What the About box reads from the browser: version and build date, the screen. */

declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
export const BUILD_DATE: string = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : '';

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
