/**
 * One Chromium per test file: opens the built app at a path, in a language and viewport,
 * and checks when the file ends that no page asked another origin for anything or logged
 * an error to the console.
 */
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, type TrackedPage } from './chromium';
import { MapPage } from './mapPage';

export interface OpenOptions {
  lang?: 'zh' | 'en';
  width?: number;
  height?: number;
  permissions?: string[];
  /** How long to wait for the first map idle (large viewports on a loaded machine take longer). */
  idleTimeout?: number;
  /** What to wait for, if not the session's map (`'page'`: the page loaded, for views without a map such as the presenter's). */
  waitFor?: MapKind | 'page';
}

type MapKind = 'webgl-map' | 'svg-map';

export interface SessionOptions {
  /** Extra Chromium switches, e.g. to turn WebGL off. */
  launchArgs?: string[];
  /**
   * What `open` waits for: the WebGL map's first idle (default) or the SVG map's first drawing. A WebGL
   * session asks for the WebGL map in its links (`renderer=webgl`): the test Chromium's WebGL is software
   * (SwiftShader), where the app would otherwise choose the SVG map.
   */
  waitFor?: MapKind;
}

/** The path with `renderer=webgl` added to its query (unless it names a renderer), the hash kept. */
export function withWebglRenderer(path: string): string {
  if (/[?&]renderer=/.test(path)) return path;
  const cut = path.includes('#') ? path.indexOf('#') : path.length;
  const [beforeHash, hash] = [path.slice(0, cut), path.slice(cut)];
  return `${beforeHash}${beforeHash.includes('?') ? '&' : '?'}renderer=webgl${hash}`;
}

export function browserSession({ launchArgs = [], waitFor = 'webgl-map' }: SessionOptions = {}) {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const opened: TrackedPage[] = [];

  beforeAll(async () => {
    browser = await launchChromium(launchArgs);
  });
  // A test's pages are closed when it ends: a page left open keeps its map, worker and WebGL context
  // alive and slows every later test of the file on a 2-core machine.
  afterEach(async () => {
    await Promise.all(opened.filter((t) => !t.page.isClosed()).map((t) => t.page.context().close()));
  });
  afterAll(async () => {
    await browser?.close();
    expect(
      opened.flatMap((t) => t.foreignRequests),
      'requests to other origins',
    ).toEqual([]);
    expect(
      opened.flatMap((t) => t.consoleErrors),
      'console errors',
    ).toEqual([]);
  });

  return async function open(
    path = '',
    { lang = 'zh', width = 1280, height = 720, permissions, idleTimeout, waitFor: wait = waitFor }: OpenOptions = {},
  ) {
    const tracked = await openPage(browser, baseUrl + (waitFor === 'webgl-map' ? withWebglRenderer(path) : path), {
      width,
      height,
      permissions,
      storage: { 'plan-map.lang': lang },
    });
    opened.push(tracked);
    const map = new MapPage(tracked.page);
    if (wait === 'svg-map') await map.waitForSvgMap();
    else if (wait === 'webgl-map') await map.waitForIdle(idleTimeout);
    return { ...tracked, map };
  };
}
