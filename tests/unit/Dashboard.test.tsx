import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { parseBoundaryPack } from '../../src/data/regions';
import { useUi } from '../../src/state/store';
import { readLink } from '../../src/state/link';
import { useRenderer } from '../../src/state/renderer';
import { fixtureTopology } from './fixtures';

// jsdom has no WebGL2: the real maps are covered by the browser tests. Here the app has chosen the SVG map
// for want of WebGL2 (which jsdom cannot lay out, so it draws nothing), as on a PC without WebGL2.
vi.mock('../../src/map/MapController', () => ({ createMap: () => null, MapController: class {} }));
const { Dashboard } = await import('../../src/app/Dashboard');
// The panels load lazily in the app; load them up front so a test does not wait on the transform.
await Promise.all([import('../../src/panel/RegionPanel'), import('../../src/plans/ElementPanel')]);

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');

// The plan data is served from the real files in public/, as the dev server would.
vi.stubGlobal('fetch', (url: string) => {
  const path = `public/${String(url).replace(/^\/+/, '')}`;
  try {
    return Promise.resolve(new Response(readFileSync(path, 'utf8'), { status: 200 }));
  } catch {
    return Promise.resolve(new Response('not found', { status: 404 }));
  }
});

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  useRenderer.setState({ choice: { renderer: 'svg', reason: 'no-webgl2' } });
  act(() => useUi.setState({ selected: null, selectedElement: null, scope: null, filter: [], hiddenPlans: [], notices: [], lang: 'en' }));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Dashboard data={data} link={readLink()} />
    </QueryClientProvider>,
  );
}

describe('Dashboard without a map', () => {
  beforeEach(() => vi.clearAllMocks());

  it('says WebGL2 is missing and still lists every region by name', () => {
    open('');
    expect(screen.getByRole('status')).toHaveTextContent(/cannot use WebGL2/);
    const list = screen.getByRole('navigation', { name: 'Regions' });
    expect(within(list).getAllByRole('button')).toHaveLength(data.regions.size);
  });

  it('opens the region named in ?region= and keeps it in the URL', async () => {
    open('?region=130600');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('Baoding');
    expect(window.location.search).toBe('?region=130600&lang=en');
  });

  it('reports an unknown code once and shows the default view', () => {
    open('?region=999999');
    expect(screen.getByRole('status')).toHaveTextContent('The region code “999999” in the link is not valid or not known');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(window.location.search).toBe('?lang=en');
  });

  it('shows markup in a bad code as text, never as HTML', () => {
    open('?region=%3Cimg%20src%3Dx%3E');
    expect(screen.getByRole('status')).toHaveTextContent('“<img src=x>”');
    expect(document.querySelector('img')).toBeNull();
  });

  it('selects from the keyboard list, writes the URL, and Escape deselects', async () => {
    open('');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox'), 'longquan');
    await user.click(screen.getByRole('button', { name: 'Longquan City' }));
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('Longquan City');
    expect(window.location.search).toBe('?lang=en&region=331181');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(window.location.search).toBe('?lang=en');
  });

  it('drills with the jump buttons and climbs back with the breadcrumb', async () => {
    open('');
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('group', { name: 'Go to' })).getByRole('button', { name: 'Hebei' }));
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(crumbs).toHaveTextContent('All regions');
    expect(crumbs).toHaveTextContent('Hebei');
    // Hebei's prefectures are already drawn: no drill-down button that would change nothing.
    await screen.findByRole('complementary');
    expect(screen.queryByRole('button', { name: /Show subdivisions/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Baoding' }));
    await user.click(await screen.findByRole('button', { name: /Show subdivisions/ }));
    expect(useUi.getState().scope).toBe('130600');
    await user.click(within(crumbs).getByRole('button', { name: 'All regions' }));
    expect(useUi.getState().scope).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('switches every visible string to Chinese, names included', async () => {
    open('?region=331181');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('龙泉市');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('产业发展规划地图');
    expect(localStorage.getItem('plan-map.lang')).toBe('zh');
  });

  it('reopens a shared view from its link and reports each bad part once, applying the rest', async () => {
    open('?region=130600&lang=zh&filter=auto,unicorns&hide=jilin-clusters-2013,nope');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('保定市');
    expect(await screen.findByText(/“unicorns”/)).toBeInTheDocument();
    expect(screen.getByText(/“nope”/)).toBeInTheDocument();
    expect(useUi.getState()).toMatchObject({ lang: 'zh', filter: ['auto'], hiddenPlans: ['jilin-clusters-2013'] });
    expect(window.location.search).toBe('?region=130600&filter=auto&hide=jilin-clusters-2013');
  });

  it('ignores a bad language in the link and says so', async () => {
    open('?lang=klingon&region=130600');
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('Baoding');
    expect(screen.getByText(/“klingon”/)).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en&region=130600');
  });
});
