/**
 * Launches the system's Chromium (Debian's `chromium`, or $CHROMIUM_PATH) headless with
 * software WebGL2, and records every request so tests can assert none leaves the origin.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import flags from '../chromium-args.json';

/**
 * Software WebGL as Chrome runs it on a PC without a usable GPU: WebGL2 in SwiftShader, the page rasterised and
 * composited in software (Chrome keeps software GL drivers, SwiftShader and llvmpipe among them, off its
 * compositing). The flags that made Chromium composite the whole page through SwiftShader as well
 * (`forcedGpuCompositing`) made each presentation step of the SVG map take 2.8 s instead of 0.1 s (3 Dec 2026).
 */
export const CHROMIUM_ARGS = flags.softwareWebgl;

/** A PC with no WebGL at all. */
export const NO_GPU_ARGS = flags.noWebgl;

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (looked at ${candidates.join(', ')}); install Debian's chromium or set CHROMIUM_PATH`);
  return found;
}

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface TrackedPage {
  page: Page;
  /** Every URL the page requested that is not on the app's own origin. */
  foreignRequests: string[];
  consoleErrors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; locale?: string; storage?: Record<string, string>; permissions?: string[] } = {},
): Promise<TrackedPage> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    locale: options.locale ?? 'zh-CN',
    permissions: options.permissions ?? [],
  });
  if (options.storage) {
    await context.addInitScript((entries) => {
      // Only the first visit: a reload must see what the page itself stored.
      for (const [k, v] of Object.entries(entries)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    }, options.storage);
  }
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === origin || requested.startsWith('data:') || requested.startsWith('blob:')) {
      return route.continue();
    }
    foreignRequests.push(requested);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  await page.goto(url);
  return { page, foreignRequests, consoleErrors };
}
