/** The browser's full screen, which presentation mode asks for and leaves (headless browsers, iframes and kiosks may refuse). */
export function requestFullscreen() {
  document.documentElement.requestFullscreen?.().catch(() => {});
}

export function leaveFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
}
