import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AboutButton } from '../../../src/about/AboutButton';
import { useRenderer } from '../../../src/state/renderer';
import { useLoadProblems } from '../../../src/loading/problems';
import { useLoadedPacks, type LoadedPack } from '../../../src/data/loadedPacks';
import { useUi } from '../../../src/state/store';
import { dataDates } from '../../../src/data/planLookups';
import { plans } from '../plans/planFixtures';

// The plan data as the app would fetch it (the data date comes from the plans).
beforeEach(() => {
  vi.stubGlobal('fetch', (url: string) => {
    try {
      return Promise.resolve(new Response(readFileSync(`public/${String(url).replace(/^(\.?\/)+/, '')}`, 'utf8'), { status: 200 }));
    } catch {
      return Promise.resolve(new Response('not found', { status: 404 }));
    }
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  useLoadProblems.setState({ problems: [], dismissed: false });
  useLoadedPacks.setState({ packs: [] });
});

function show(lang: 'zh' | 'en') {
  act(() => useUi.setState({ lang }));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AboutButton />
    </QueryClientProvider>,
  );
}

describe('the About box', () => {
  it('tells IT the version, data date, renderer and why, WebGL, screen, language, packs and problems, and copies it as text', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useRenderer.getState().set({ renderer: 'svg', reason: 'failed-to-load' });
    useLoadProblems.getState().report({ kind: 'worker', file: 'assets/maplibre-gl-worker-x.js', came: 'application/octet-stream' });
    const pack = {
      name: null,
      boundaries: { type: 'FeatureCollection', features: [] },
      plans: [],
      taxonomy: null,
      index: null,
      briefings: [],
      notes: [],
    };
    useLoadedPacks.setState({
      packs: [{ id: 'p1', label: 'Shandong test pack', kept: true, pack, files: [], layout: 'file' } as LoadedPack],
    });
    show('en');

    const button = screen.getByRole('button', { name: 'About' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'About this dashboard' });
    const value = (label: string) => within(dialog).getByText(label).nextElementSibling?.textContent;
    expect(value('Version')).toMatch(/^\d+\.\d+\.\d+ \(built \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/);
    const dates = dataDates(plans)!;
    await vi.waitFor(() => expect(value('Data date (plan documents)')).toBe(`${dates.from} – ${dates.to}`), { timeout: 20_000 });
    expect(value('Map renderer')).toBe('SVG map — the map’s worker file did not load');
    expect(value('WebGL renderer')).toBe('not available');
    expect(value('Screen')).toMatch(/^screen \d+×\d+, window \d+×\d+ \(CSS pixels\), pixel ratio \d/);
    expect(value('Language')).toMatch(/^English \(browser language .+\)$/);
    expect(value('Data packs')).toBe('Shandong test pack (kept on this computer)');
    expect(value('Loading problems')).toBe('assets/maplibre-gl-worker-x.js: application/octet-stream');

    await user.click(within(dialog).getByRole('button', { name: 'Copy as text' }));
    expect(writeText).toHaveBeenCalledOnce();
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text.split('\n')[0]).toBe('About this dashboard');
    expect(text).toContain('Map renderer: SVG map — the map’s worker file did not load');
    expect(text).toContain(`Data date (plan documents): ${dates.from} – ${dates.to}`);
    await within(dialog).findByText('✓ Copied');

    // Esc closes it and the focus goes back to the button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('speaks Chinese in Chinese, and says when nothing went wrong', async () => {
    const user = userEvent.setup();
    useRenderer.getState().set({ renderer: 'webgl', reason: 'hardware' });
    show('zh');
    await user.click(screen.getByRole('button', { name: '关于' }));
    const dialog = await screen.findByRole('dialog', { name: '关于本仪表板' });
    const value = (label: string) => within(dialog).getByText(label).nextElementSibling?.textContent;
    expect(value('地图绘制方式')).toBe('WebGL 地图（maplibre） — 浏览器提供由显卡绘制的 WebGL2');
    expect(value('加载问题')).toBe('无');
    expect(value('数据包')).toBe('无');
    expect(value('界面语言')).toMatch(/^中文/);
  });
});
