/**
 * The `renderers` section of the benchmark: the app as this machine gets it by default (software
 * WebGL, so the SVG map), with WebGL switched off (the SVG map too) and with the WebGL map asked
 * for (`renderer=webgl`), side by side with the maplibre floor page in the same interleaved rounds:
 * - navigation → the map as a person sees it, regions with their names (`map-first-drawn-with-names`;
 *   the floor page's first idle), and → the plan data in the sidebar (the filter's first checkbox);
 * - a shared link `?region=130600` → that region's panel with its first chart;
 * and for the two SVG configurations: click → panel with charts, filter → repainted, hover work,
 * presentation step → step drawn.
 */
import { timeStepInPage } from './cpuProfile.mjs';

/** Records performance.now() at the first animation frame in which each condition holds. */
function watchScript() {
  window.__seen = {};
  const conditions = {
    names: () => performance.getEntriesByName('map-first-drawn-with-names').length > 0,
    floorIdle: () => performance.getEntriesByName('map-first-idle').length > 0,
    plans: () => !!document.querySelector('.industry-filter input[type="checkbox"]'),
    // The panel's first chart drawn: a recharts chart in its frame, or a chart drawn as HTML (industries by scale, a target figure).
    // Since issue 17's panels (a region's panel leads with its headline figure cards, then collapsible sections) the first
    // `figure` is HTML in the panels checked (Hebei and Jilin prefectures, 3 Dec): the tier ladder of industries for a Hebei prefecture (its top about
    // 880 px down), the first target figure for a Jilin prefecture (about 1,380 px: below the fold, under the cards). Cards and
    // figures come in the same React commit, so this condition is "the panel with its plan content rendered, then one
    // frame" and no longer waits for a recharts chart's draw turn; figures before and after that change are not comparable.
    panelChart: () => {
      const first = document.querySelector('aside.panel h2') && document.querySelector('aside.panel figure');
      return !!first && (!first.classList.contains('chart-frame') || !!first.querySelector('.chart-body:not(.chart-pending) svg'));
    },
  };
  const tick = () => {
    for (const [name, holds] of Object.entries(conditions))
      if (!(name in window.__seen) && holds()) window.__seen[name] = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export const REGION_LINK = '130600';
/** Samples per SVG interaction (BENCH_SVG_SAMPLES): clicks (the WebGL click section's regions, from the first), filter toggles. */
const SAMPLES = Number(process.env.BENCH_SVG_SAMPLES ?? 30);

export async function measureRenderers(h) {
  const { browser, noWebgl, forcedGpu, freshPage, url, progress, stats, loads } = h;
  const configs = {
    floor: { on: browser, address: url('floor'), first: 'floorIdle' },
    svgSoftware: { on: browser, address: url('app'), first: 'names' },
    svgNoWebgl: { on: noWebgl, address: url('app'), first: 'names' },
    // The page composited and rasterised through SwiftShader too (forced by flags; Chrome does not do it by itself).
    svgForcedGpu: { on: forcedGpu, address: url('app'), first: 'names' },
    webgl: { on: browser, address: `${url('app')}?renderer=webgl`, first: 'names' },
  };
  const names = Object.keys(configs);
  const times = Object.fromEntries(names.map((n) => [n, { firstDrawn: [], plans: [], regionLink: [] }]));
  const errors = [];
  const load = async (config, query, wait) => {
    const page = await freshPage({ on: config.on });
    await page.context().addInitScript(watchScript);
    await page.goto(config.address + (query ? `${config.address.includes('?') ? '&' : '?'}${query}` : ''));
    await page.waitForFunction((keys) => keys.every((k) => k in window.__seen), wait, { timeout: 120_000, polling: 100 });
    const seen = await page.evaluate(() => window.__seen);
    errors.push(...page.__errors);
    await page.context().close();
    return seen;
  };
  for (let i = 0; i < loads; i++) {
    const order = names.map((_, k) => names[(k + i) % names.length]);
    for (const n of order) {
      const c = configs[n];
      const seen = await load(c, '', n === 'floor' ? [c.first] : [c.first, 'plans']);
      times[n].firstDrawn.push(seen[c.first]);
      if (n !== 'floor') {
        times[n].plans.push(seen.plans);
        times[n].regionLink.push((await load(c, `region=${REGION_LINK}`, ['panelChart'])).panelChart);
      }
    }
    progress(`  renderers round ${i + 1}/${loads}: ${names.map((n) => `${n} ${Math.round(times[n].firstDrawn.at(-1))} ms`).join(', ')}`);
  }
  const floor = stats(times.floor.firstDrawn).median;
  const ratio = (s) => (s.median == null ? null : Math.round((s.median / floor) * 100) / 100);
  const out = { floorFirstIdleMs: stats(times.floor.firstDrawn), errors: errors.slice(0, 10) };
  for (const n of names.filter((x) => x !== 'floor')) {
    const firstDrawn = stats(times[n].firstDrawn);
    const regionLink = stats(times[n].regionLink);
    out[n] = {
      firstDrawnWithNamesMs: firstDrawn,
      firstDrawnVsFloor: ratio(firstDrawn),
      plansInSidebarMs: stats(times[n].plans),
      regionLinkPanelWithChartMs: regionLink,
      regionLinkVsFloor: ratio(regionLink),
    };
  }
  for (const n of ['svgSoftware', 'svgNoWebgl', 'svgForcedGpu']) {
    progress(`  ${n}: click, filter, hover, presentation…`);
    Object.assign(out[n], await interactions(h, configs[n]));
  }
  return out;
}

/** Waits for the SVG map with its layouts (the plan data in), as a person would find it. */
async function openSvg(h, config, query = '') {
  const page = await h.freshPage({ on: config.on });
  await page.goto(config.address + query);
  await page.waitForFunction(() => performance.getEntriesByName('map-first-drawn-with-names').length > 0, undefined, {
    timeout: 120_000,
    polling: 50,
  });
  await page.locator('.svg-map path.svg-map-symbol').first().waitFor({ timeout: 120_000 });
  return page;
}

async function interactions(h, config) {
  const { stats, measureClick, clickTargets, hoverTargets, mainThreadMs } = h;
  const result = {};
  // Click → panel with charts: the same 30 regions as the WebGL click section.
  {
    const page = await openSvg(h, config);
    const latencies = [];
    latencies.names = [];
    latencies.cpu = [];
    const skipped = [];
    const overview = clickTargets.overview.slice(0, Math.ceil((SAMPLES * 2) / 3));
    const lishui = clickTargets.lishui.slice(0, SAMPLES - overview.length);
    for (const target of overview) await measureClick(page, target, latencies, skipped, true, 'svg');
    await page.getByRole('group', { name: '定位到' }).getByRole('button', { name: '丽水市' }).click();
    for (const target of lishui) await measureClick(page, target, latencies, skipped, true, 'svg');
    result.clickToPanelMs = { ...stats(latencies), mainThreadMs: stats(latencies.cpu), skipped };
    result.clickSamples = latencies.map((ms, i) => `${latencies.names[i]} ${Math.round(ms)}`);
    await page.context().close();
    h.progress(`    click p95 ${result.clickToPanelMs.p95} ms`);
  }
  // Filter → repainted: press → the end of the first frame whose rendering follows the map's change.
  {
    const page = await openSvg(h, config);
    const boxes = [/^生物医药与健康/, /^新能源/, /^汽车/, /^食品与农产品加工/];
    const frames = [];
    const cpu = [];
    for (let i = 0; i < Math.max(4, Math.round((SAMPLES * 2) / 3)); i++) {
      await page.waitForTimeout(150);
      await page.evaluate(() => {
        window.__filterDone = new Promise((resolve) => {
          // A toggle that changes nothing on the map would never resolve: give up after 5 s.
          setTimeout(() => resolve(null), 5000);
          let start = 0;
          window.addEventListener('mousedown', () => (start = performance.now()), { once: true, capture: true });
          const observer = new MutationObserver(() => {
            observer.disconnect();
            // After this frame's style, layout and paint: a message posted from its animation frame callback.
            requestAnimationFrame(() => {
              const c = new MessageChannel();
              c.port1.onmessage = () => resolve(performance.now() - start);
              c.port2.postMessage(0);
            });
          });
          observer.observe(document.querySelector('.svg-map svg'), { attributes: true, subtree: true, childList: true });
        });
      });
      const before = await mainThreadMs(page);
      await page.getByRole('checkbox', { name: boxes[i % boxes.length] }).click();
      const ms = await page.evaluate(() => window.__filterDone);
      if (ms !== null) frames.push(ms);
      cpu.push((await mainThreadMs(page)) - before);
    }
    result.filterToRepaintMs = { ...stats(frames), mainThreadMs: stats(cpu) };
    await page.context().close();
    h.progress(`    filter p95 ${result.filterToRepaintMs.p95} ms`);
  }
  // Hover: main-thread work per move over region label points, handler + React + the frame's rendering.
  {
    const page = await openSvg(h, config);
    await page.waitForTimeout(500);
    const points = [];
    for (const t of hoverTargets)
      points.push({ ...(await page.evaluate(([x, y]) => window.__svgMap.project(x, y), [t.label_lng, t.label_lat])), name: t.name_zh });
    const samples = await page.evaluate(
      async ({ points, n }) => {
        const ping = () =>
          new Promise((r) => {
            const c = new MessageChannel();
            c.port1.onmessage = () => r(performance.now());
            c.port2.postMessage(0);
          });
        const frame = () => new Promise((r) => requestAnimationFrame((ts) => r(ts)));
        const out = [];
        for (let i = 0; i < n; i++) {
          const p = points[i % points.length];
          await frame();
          await frame();
          const target = document.elementFromPoint(p.x, p.y);
          const t0 = performance.now();
          target.dispatchEvent(new PointerEvent('pointermove', { clientX: p.x, clientY: p.y, bubbles: true, pointerType: 'mouse' }));
          const t1 = performance.now();
          const t2 = await ping();
          // The next frame: from its start through style, layout and paint (a message posted in it arrives after them).
          const ts = await frame();
          const t3 = await ping();
          const shown = document.querySelector('.hover-label')?.textContent ?? null;
          out.push({ handler: t1 - t0, react: t2 - t1, render: t3 - Math.max(ts, t2), hit: shown === p.name });
        }
        return out;
      },
      { points: points.filter((p) => p.x > 0 && p.y > 0 && p.x < 1920 && p.y < 1080), n: 60 },
    );
    result.hover = {
      totalMs: stats(samples.map((x) => x.handler + x.react + x.render)),
      handlerMs: stats(samples.map((x) => x.handler)),
      reactMs: stats(samples.map((x) => x.react)),
      renderMs: stats(samples.map((x) => x.render)),
      hoverLabelMatched: `${samples.filter((x) => x.hit).length}/${samples.length}`,
    };
    await page.context().close();
    h.progress(`    hover p95 ${result.hover.totalMs.p95} ms`);
  }
  // Presentation: each step of one briefing, key press → the step's panel section in view and a frame drawn after it.
  {
    const briefing = h.briefing;
    const page = await openSvg(h, config, `?present=${briefing.id}`);
    await page.waitForSelector('[data-step-ready="1"]', { timeout: 120_000 });
    const steps = [];
    for (let round = 0; round < (SAMPLES >= 20 ? 2 : 1); round++)
      for (let n = 2; n <= briefing.steps + 1; n++) {
        const expected = n > briefing.steps ? 1 : n;
        steps.push(await page.evaluate(timeStepInPage, { expected }));
      }
    result.presentStepMs = stats(steps);
    await page.context().close();
  }
  return result;
}
