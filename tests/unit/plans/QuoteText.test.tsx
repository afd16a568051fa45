import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { QuoteText } from '../../../src/sources/QuoteText';
import { SourceNote } from '../../../src/sources/SourceNote';
import { ElementPanel } from '../../../src/plans/ElementPanel';
import { useUi } from '../../../src/state/store';
import type { Source } from '../../../src/data/planSchema';
import { filledClient, plan, regions } from './planFixtures';
import { fixtureRenderings, HEBEI_DOC, JILIN_QUOTE, JILIN_ZH_DOC, LISHUI_DOC, LISHUI_QUOTE, XIONGAN_QUOTE } from './renderingsFixture';

const xiongan: Source = { doc: HEBEI_DOC, quote: XIONGAN_QUOTE, lang: 'en', status: 'stated' };
const jilin: Source = { doc: JILIN_ZH_DOC, quote: JILIN_QUOTE, lang: 'zh', status: 'stated' };
const lishui: Source = { doc: LISHUI_DOC, quote: LISHUI_QUOTE, lang: 'en', status: 'stated' };

function show(node: React.ReactNode, lang: 'zh' | 'en', client: QueryClient = filledClient(fixtureRenderings)) {
  act(() => useUi.getState().setLang(lang));
  return render(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

const verbatimOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-verbatim]');

describe('QuoteText', () => {
  it('in Chinese, leads an English quote with the app’s Chinese translation marked 译文, the verbatim one button away', async () => {
    const user = userEvent.setup();
    const { container } = show(<QuoteText source={xiongan} />, 'zh');
    expect(screen.getByText('译文')).toBeVisible();
    expect(screen.getByText('指雄安新区高端高新产业发展核').closest('q')).toHaveAttribute('lang', 'zh-CN');
    expect(container).not.toHaveTextContent('原文：');
    const toggle = screen.getByRole('button', { name: '显示原文' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const verbatim = verbatimOf(container)!;
    expect(toggle).toHaveAttribute('aria-controls', verbatim.id);
    expect(verbatim).not.toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('隐藏原文');
    expect(verbatim).toBeVisible();
    // The evidence exactly as written, the garbled span glossed beside it and the gloss marked as such.
    const q = within(verbatim)
      .getByText(/refers to the/)
      .closest('q')!;
    expect(q).toHaveAttribute('lang', 'en');
    expect(q.textContent).toBe('refers to the male Ann new 编者注: [= 雄安新区] high-end high-tech industry development core');
    expect(within(verbatim).getByText('[= 雄安新区]', { exact: false }).closest('.quote-gloss')).toHaveAttribute('title', '编者注');
    expect(verbatim).toHaveTextContent('方括号内为编者注');

    // By keyboard too.
    act(() => toggle.focus());
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(verbatim).not.toBeVisible();
  });

  it('in English, shows an English quote verbatim with its gloss, and no translation', () => {
    const { container } = show(<QuoteText source={xiongan} />, 'en');
    expect(screen.queryByRole('button')).toBeNull();
    expect(verbatimOf(container)).toBeNull();
    expect(container.querySelector('q')!.textContent).toBe(
      'refers to the male Ann new editorial gloss: [= Xiong’an New Area] high-end high-tech industry development core',
    );
    expect(container).toHaveTextContent('editorial glosses of garbled machine translation, not in the source');
    expect(container).not.toHaveTextContent('雄安新区高端');
  });

  it('in English, leads a Chinese quote (document 001) with the English translation, the Chinese one button away', async () => {
    const user = userEvent.setup();
    const { container } = show(<QuoteText source={jilin} />, 'en');
    expect(screen.getByText('our translation')).toBeVisible();
    expect(screen.getByText(/^the gross output value/).closest('q')).toHaveAttribute('lang', 'en');
    expect(within(verbatimOf(container)!).getByText(JILIN_QUOTE)).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show original' }));
    expect(within(verbatimOf(container)!).getByText(JILIN_QUOTE)).toBeVisible();
    expect(screen.getByText(JILIN_QUOTE).closest('q')).toHaveAttribute('lang', 'zh-CN');
  });

  it('in Chinese, shows a Chinese quote as it stands', () => {
    const { container } = show(<QuoteText source={jilin} />, 'zh');
    expect(container.textContent).toBe(JILIN_QUOTE);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the verbatim quote as today when the document has no renderings (a data pack)', () => {
    const client = filledClient(fixtureRenderings.filter((r) => r.doc !== LISHUI_DOC));
    const { container } = show(<QuoteText source={lishui} />, 'zh', client);
    expect(container.textContent).toBe(LISHUI_QUOTE);
    expect(screen.queryByRole('button')).toBeNull();
    // Not marked as shown on request: it is shown because there is nothing else.
    expect(verbatimOf(container)).toBeNull();
  });

  it('takes the other pair of outer marks for a quote that opens with its own (no ““ on Hebei’s “poles”)', () => {
    const poles: Source = { doc: 'pack-doc', quote: '“poles” refers to shijiazhuang', lang: 'en', status: 'stated' };
    const { container } = show(<QuoteText source={poles} />, 'en');
    expect(container.querySelector('q')).toHaveClass('q-opens-quoted');
    expect(container.querySelector('q')).toHaveTextContent('“poles” refers to shijiazhuang');
    const plain = show(<QuoteText source={xiongan} />, 'en');
    expect(plain.container.querySelector('q')).not.toHaveClass('q-opens-quoted');
  });

  it('while the renderings load, shows neither language’s quote to a reader of the other language', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
    try {
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const { container } = show(<QuoteText source={lishui} />, 'zh', client);
      expect(container).toHaveTextContent('正在加载引文');
      expect(container).not.toHaveTextContent('73billion');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the quote in a source popover and a layout element panel', () => {
  it('keeps the popover open while focus moves to its “show original” button, and Esc closes it back to the source button', async () => {
    const user = userEvent.setup();
    show(<SourceNote source={lishui} planTitle={plan('lishui-clusters-2022').title} label="规上工业增加值" />, 'zh');
    const button = screen.getByRole('button', { name: '来源：规上工业增加值' });
    act(() => button.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('引文: 译文 规上工业增加值将超过730亿元');
    expect(within(tip).getByText(/73billion/)).not.toBeVisible();
    await user.tab();
    const toggle = within(tip).getByRole('button', { name: '显示原文' });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('tooltip')).getByText(/73billion/)).toBeVisible();
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      '原文 the added value of industries above designated size will exceed 73billion yuan',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(button).toHaveFocus();
    // Leaving the note altogether closes it too.
    await user.tab({ shift: true });
    await user.tab();
    expect(button).toHaveFocus();
    expect(screen.queryByRole('tooltip')).not.toBeNull();
    await user.tab();
    expect(within(screen.getByRole('tooltip')).getByRole('button', { name: '显示原文' })).toHaveFocus();
    // Then the way into the reader, still inside the note; one more Tab leaves it.
    await user.tab();
    expect(screen.getByRole('button', { name: '在原文中阅读“规上工业增加值”的出处' })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('leads the element panel’s quote with the translation in Chinese', async () => {
    const user = userEvent.setup();
    const { container } = show(
      <ElementPanel
        planId="hebei-manufacturing-14fyp"
        elementId="hb-core-xiongan"
        regions={regions}
        onSelectRegion={vi.fn()}
        onClose={vi.fn()}
      />,
      'zh',
    );
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByText('引文').nextElementSibling).toHaveTextContent('译文 指雄安新区高端高新产业发展核 显示原文');
    expect(verbatimOf(container)).not.toBeVisible();
    await user.click(within(panel).getAllByRole('button', { name: '显示原文' })[0]);
    expect(verbatimOf(container)).toBeVisible();
    expect(verbatimOf(container)).toHaveTextContent('male Ann new 编者注: [= 雄安新区]');
  });
});
