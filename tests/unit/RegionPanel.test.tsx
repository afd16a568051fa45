import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { parseBoundaryPack } from '../../src/data/regions';
import { RegionPanel } from '../../src/panel/RegionPanel';
import { useUi } from '../../src/state/store';
import { fixtureTopology } from './fixtures';

const data = parseBoundaryPack(fixtureTopology(), 'fixture.json');

function renderPanel(code: string) {
  const handlers = { onClose: vi.fn(), onDrill: vi.fn(), onSelect: vi.fn() };
  // The plan sections load lazily; without fetch they stay in their loading state here.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RegionPanel region={data.regions.get(code)!} data={data} {...handlers} />
    </QueryClientProvider>,
  );
  return handlers;
}

describe('RegionPanel', () => {
  it('shows the name, level, parent, code and area; the Chinese name under the English one, no English in Chinese', () => {
    act(() => useUi.getState().setLang('zh'));
    renderPanel('130600');
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('保定市');
    expect(panel).not.toHaveTextContent('Baoding');
    act(() => useUi.getState().setLang('en'));
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Baoding');
    expect(panel).toHaveTextContent('保定市');
    act(() => useUi.getState().setLang('zh'));
    expect(panel).toHaveTextContent('地级市 / 州');
    expect(panel).toHaveTextContent('河北省');
    expect(panel).toHaveTextContent('130600');
    expect(panel).toHaveTextContent('1,000 平方千米');
  });

  it('follows a language switch', () => {
    act(() => useUi.getState().setLang('en'));
    renderPanel('331181');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Longquan City');
    expect(screen.getByRole('complementary')).toHaveTextContent('County');
    expect(screen.getByRole('complementary')).toHaveTextContent('1,000 km²');
  });

  it('links to the parent, drills into subdivisions, and closes', async () => {
    act(() => useUi.getState().setLang('en'));
    const user = userEvent.setup();
    const handlers = renderPanel('130600');
    await user.click(screen.getByRole('button', { name: 'Hebei' }));
    expect(handlers.onSelect).toHaveBeenCalledWith('130000');
    await user.click(screen.getByRole('button', { name: /Show subdivisions/ }));
    expect(handlers.onDrill).toHaveBeenCalledWith('130600');
    await user.click(screen.getByRole('button', { name: /Close panel/ }));
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('offers no drill-down on a province whose subdivisions the map already draws', () => {
    act(() => useUi.getState().setLang('en'));
    renderPanel('130000');
    expect(screen.queryByRole('button', { name: /Show subdivisions/ })).toBeNull();
  });

  it("offers no drill-down and names the approximation for Xiong'an", () => {
    act(() => useUi.getState().setLang('en'));
    renderPanel('133100');
    expect(screen.queryByRole('button', { name: /Show subdivisions/ })).toBeNull();
    expect(screen.getByRole('complementary')).toHaveTextContent(/three counties/);
  });

  it('shows the context province as plain text when it is not a selectable region', () => {
    act(() => useUi.getState().setLang('zh'));
    renderPanel('331100');
    expect(screen.getByRole('complementary')).toHaveTextContent('浙江省');
    expect(screen.queryByRole('button', { name: '浙江省' })).toBeNull();
  });
});
