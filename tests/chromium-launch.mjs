// The bench's and the screenshot tool's Chromium: the system's (or $CHROMIUM_PATH), with the flags the browser tests use
// (tests/chromium-args.json): software WebGL as Chrome runs it on a PC without a usable GPU, the page
// composited in software. `noWebgl`: no WebGL at all. `forcedGpuCompositing`: the whole page composited
// and rasterised through SwiftShader too, which Chrome does only when told to (kept to compare with).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const FLAGS = JSON.parse(readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'));

const chromiumArgs = ({ noWebgl = false, forcedGpuCompositing = false } = {}) => [
  ...FLAGS.softwareWebgl,
  ...(noWebgl ? FLAGS.noWebgl : []),
  ...(forcedGpuCompositing ? FLAGS.forcedGpuCompositing : []),
];

export const launchSoftwareChromium = ({ extraArgs = [], ...options } = {}) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs(options), ...extraArgs],
  });
