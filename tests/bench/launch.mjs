// The bench tools' Chromium: the system's, with software WebGL (SwiftShader) as on this machine, WebGL off on request.
import { chromium } from 'playwright-core';

export const launchSoftwareChromium = ({ noWebgl = false } = {}) =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      ...(noWebgl ? ['--disable-webgl', '--disable-webgl2'] : []),
    ],
  });
