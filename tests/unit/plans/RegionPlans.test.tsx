import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RegionPlans } from '../../../src/plans/RegionPlans';
import { ElementPanel } from '../../../src/plans/ElementPanel';
import { useUi } from '../../../src/state/store';
import { filledClient, regions } from './planFixtures';

function renderPlans(code: string, lang: 'zh' | 'en', extra: { highlightCategories?: string[]; client?: QueryClient } = {}) {
  act(() => useUi.getState().setLang(lang));
  const handlers = { onSelectRegion: vi.fn(), onSelectElement: vi.fn() };
  render(
    <QueryClientProvider client={extra.client ?? filledClient()}>
      <RegionPlans code={code} regions={regions} highlightCategories={extra.highlightCategories} {...handlers} />
    </QueryClientProvider>,
  );
  return handlers;
}

describe('RegionPlans', () => {
  it('shows Lishui money targets with units in English', () => {
    renderPlans('331100', 'en');
    const section = screen.getByRole('region', { name: 'Industrial plans' });
    expect(section).toHaveTextContent('Money targets (billion yuan)');
    expect(section).toHaveTextContent('> 250 billion yuan · by 2026');
    expect(section).toHaveTextContent('> 73 billion yuan · by 2026');
    expect(section).toHaveTextContent('Action Plan for the Promotion Project');
    expect(section).toHaveTextContent('2022–2026');
    expect(section).not.toHaveTextContent('City-level figures');
  });

  it('shows Lishui money targets with units in Chinese', () => {
    renderPlans('331100', 'zh');
    const section = screen.getByRole('region', { name: '产业规划' });
    expect(section).toHaveTextContent('金额目标（亿元）');
    expect(section).toHaveTextContent('>2,500亿元 · 2026年');
    expect(section).toHaveTextContent('>70% · 2026年');
  });

  it('reveals the verbatim quote on keyboard focus of a source note', async () => {
    const user = userEvent.setup();
    renderPlans('331100', 'en');
    const button = screen.getAllByRole('button', { name: 'Source: Total output value of the five leading industrial clusters' })[0];
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.click(document.body);
    act(() => button.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('the total output value of the five leading industrial clusters will exceed 250billion yuan');
    // The document by its title and kind, never by its file name.
    expect(tip).toHaveTextContent('Policy interpretation of the Action Plan for the Promotion Project of Five Leading Industrial Clusters');
    expect(tip).toHaveTextContent('(policy interpretation)');
    expect(tip).not.toHaveTextContent('003_65b563cfb7f1ad0a');
    expect(tip).toHaveTextContent('stated');
    expect(
      within(tip)
        .getByText(/will exceed 250billion yuan/)
        .closest('q'),
    ).toHaveAttribute('lang', 'en');
    act(() => button.blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens the quoted document in the reader from the source box, by keyboard', async () => {
    const user = userEvent.setup();
    renderPlans('331100', 'en');
    act(() => useUi.getState().openSource(null));
    const button = screen.getAllByRole('button', { name: 'Source: Total output value of the five leading industrial clusters' })[0];
    act(() => button.focus());
    // The box stays open while the focus moves into it, to its one action.
    await user.tab();
    const read = screen.getByRole('button', {
      name: 'Read the source of “Total output value of the five leading industrial clusters” in the document',
    });
    expect(read).toHaveFocus();
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(useUi.getState().source).toEqual({
      doc: '003_65b563cfb7f1ad0a',
      quote: 'the total output value of the five leading industrial clusters will exceed 250billion yuan',
    });
    act(() => useUi.getState().openSource(null));
  });

  it('names each source document by title and kind in the sources section, with a way to read it', () => {
    renderPlans('130000', 'zh');
    const section = screen.getByRole('heading', { name: '来源文件' }).nextElementSibling as HTMLElement;
    expect(section).toHaveTextContent('依据文本：河北省制造业高质量发展“十四五”规划新闻发布会报道（英文文本）（新闻报道）');
    expect(section).not.toHaveTextContent('002_971907feb57351a0');
    expect(within(section).getByRole('button', { name: /阅读原文：河北省制造业高质量发展/ })).toBeInTheDocument();
  });

  it('shows the source on hover too', async () => {
    const user = userEvent.setup();
    renderPlans('331100', 'zh');
    const [button] = screen.getAllByRole('button', { name: '来源：五大主导产业集群总产值' });
    await user.hover(button);
    expect(screen.getByRole('tooltip')).toHaveTextContent('原文表述');
  });

  it('toggles a data table with the same numbers', async () => {
    const user = userEvent.setup();
    renderPlans('331100', 'en');
    const frame = screen.getByText('Money targets (billion yuan)').closest('figure')!;
    expect(within(frame).queryByRole('table')).toBeNull();
    await user.click(within(frame).getByRole('button', { name: 'Show data table' }));
    const table = within(frame).getByRole('table');
    expect(table).toHaveTextContent('Added value of industry above designated size');
    expect(table).toHaveTextContent('73 billion yuan');
    expect(table).toHaveTextContent('250 billion yuan');
    expect(table).toHaveTextContent('more than');
    expect(table).toHaveTextContent('by 2026');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.click(within(frame).getByRole('button', { name: 'Show chart' }));
    expect(within(frame).queryByRole('table')).toBeNull();
  });

  it('shows beside the plan-structure counts that Lishui’s two lists of eight may be one list', async () => {
    const user = userEvent.setup();
    renderPlans('331100', 'en');
    const section = screen.getByRole('region', { name: 'Industrial plans' });
    const details = within(section)
      .getByText(/Plan structure \(not goals\)/)
      .closest('details')!;
    await user.click(within(details).getByText(/Plan structure/));
    expect(details).toHaveTextContent('Areas of focus and major tasks: 8');
    expect(details).toHaveTextContent('Aspects of working methods and approaches: 8');
    const note = within(details).getByRole('note');
    expect(note).toHaveTextContent('Discrepancy in the document');
    expect(note).toHaveTextContent('may be one list of eight or two lists; the text does not say');
  });

  it('in Chinese, the same note in Chinese', () => {
    renderPlans('331100', 'zh');
    const section = screen.getByRole('region', { name: '产业规划' });
    expect(within(section).getByRole('note')).toHaveTextContent('两者可能是同一份八项清单，也可能是两份');
  });

  it('a Lishui county shows the city figures, marked city-level, and its hosted industry', () => {
    renderPlans('331181', 'en');
    const section = screen.getByRole('region', { name: 'Industrial plans' });
    expect(section).toHaveTextContent('City-level figures');
    expect(section).toHaveTextContent('Longquan City has no figures of its own');
    expect(section).toHaveTextContent('> 250 billion yuan · by 2026');
    expect(section).toHaveTextContent('Automobile air-conditioning accessories industry');
    expect(section).toHaveTextContent('Hosts industry');
  });

  it('a Jilin county shows provincial figures and the 2013 plan apart with its period', async () => {
    const handlers = renderPlans('220112', 'zh');
    const section = screen.getByRole('region', { name: '产业规划' });
    expect(section).toHaveTextContent('省级数据');
    expect(section).toHaveTextContent('双阳区在这些规划中没有本地数据');
    expect(section).toHaveTextContent('1.7万亿元');
    const earlier = section.querySelectorAll('.plan-block.earlier');
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier[0]).toHaveTextContent('2013—2017年');
    expect(earlier[0]).toHaveTextContent('早期规划');
    // the 2013 block comes after the current plans in each section
    const blocks = [...section.querySelectorAll('.plan-block')].slice(0, 3).map((b) => b.getAttribute('data-plan'));
    expect(blocks[2]).toBe('jilin-clusters-2013');
    await userEvent.setup().click(within(section).getByRole('button', { name: '吉林省 ▸' }));
    expect(handlers.onSelectRegion).toHaveBeenCalledWith('220000');
  });

  it('Jilin province: cluster structure with the 162 vs 160 discrepancy and the derived path', () => {
    renderPlans('220000', 'en');
    const section = screen.getByRole('region', { name: 'Industrial plans' });
    expect(section).toHaveTextContent('Cluster structure');
    expect(section).toHaveTextContent('By output size — Sum 162 (stated total 162)');
    expect(section).toHaveTextContent('By industry — Sum 160 (stated total 162)');
    expect(section).toHaveTextContent('does not match the stated total');
    expect(section).toHaveTextContent('Cluster counts by industry category add up to 160');
    expect(section).toHaveTextContent('Derived path: Share of strategic emerging industries');
    expect(section).toHaveTextContent('Earlier plan (2013–2017)');
    expect(section).not.toHaveTextContent('Provincial figures');
  });

  it('lists layout roles with interpretation marked, and opens an element', async () => {
    const user = userEvent.setup();
    const handlers = renderPlans('130600', 'en');
    const section = screen.getByRole('region', { name: 'Industrial plans' });
    expect(section).toHaveTextContent('Provincial figures');
    const [open] = within(section).getAllByRole('button', { name: /High and new technology industry zone/ });
    expect(section).toHaveTextContent('(interpretation)');
    expect(section).toHaveTextContent('Baoding borders Beijing');
    await user.click(open);
    expect(handlers.onSelectElement).toHaveBeenCalledWith('hebei-manufacturing-14fyp', 'hb-zone-around-jingjin');
    expect(section).toHaveTextContent('The plan gives no target figures.');
  });

  it('marks industries matching the filter', () => {
    renderPlans('130100', 'en', { highlightCategories: ['equipment'] });
    const section = screen.getByRole('region', { name: 'Industrial plans' });
    expect(section).toHaveTextContent(/Matches filter: Equipment manufacturing \(14th Five-Year Plan for the High-Quality Development/);
    expect(section.querySelector('.industry-chip.match[data-industry="hb-equipment"]')).not.toBeNull();
  });

  it('says so while loading and when loading fails', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 500 })));
    renderPlans('331100', 'zh', { client: new QueryClient({ defaultOptions: { queries: { retry: false } } }) });
    expect(screen.getByRole('status')).toHaveTextContent('正在加载规划数据');
    expect(await screen.findByRole('alert')).toHaveTextContent('规划数据加载失败');
    vi.unstubAllGlobals();
  });
});

describe('ElementPanel', () => {
  function renderElement(planId: string, elementId: string, lang: 'zh' | 'en') {
    act(() => useUi.getState().setLang(lang));
    const handlers = { onSelectRegion: vi.fn(), onClose: vi.fn() };
    render(
      <QueryClientProvider client={filledClient()}>
        <ElementPanel planId={planId} elementId={elementId} regions={regions} {...handlers} />
      </QueryClientProvider>,
    );
    return handlers;
  }

  it('shows the element, its plan and period, industries, members and quote', async () => {
    const user = userEvent.setup();
    const handlers = renderElement('jilin-clusters-2013', 'j13-belt-cjt', 'en');
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Changchun–Jilin–Tumen');
    expect(panel).toHaveTextContent('belt');
    expect(panel).toHaveTextContent('2013–2017');
    expect(panel).toHaveTextContent('Petrochemicals');
    expect(panel).toHaveTextContent('(interpretation, our reading)');
    expect(panel).toHaveTextContent('lies in Yanbian Prefecture');
    await user.click(within(panel).getByRole('button', { name: 'Changchun' }));
    expect(handlers.onSelectRegion).toHaveBeenCalledWith('220100');
    await user.click(within(panel).getByRole('button', { name: 'Close panel (Esc)' }));
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('says when an element has no places', () => {
    renderElement('jilin-sei-2022', 'jsei-digital-cluster', 'zh');
    expect(screen.getByRole('complementary')).toHaveTextContent('原文未指明地点');
  });
});
