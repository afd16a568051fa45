import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary, PanelBoundary } from '../../src/ui/ErrorBoundary';
import { useUi } from '../../src/state/store';

let broken = true;
function Fragile() {
  if (broken) throw new Error('chart exploded');
  return <p>chart drawn</p>;
}

describe('ErrorBoundary', () => {
  // React reports every caught error to console.error; these tests throw on purpose.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    act(() => useUi.setState({ lang: 'en' }));
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a short message in place of a failed part, keeps its neighbours, and retries', async () => {
    render(
      <div>
        <p>map still here</p>
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This part failed and cannot be shown.');
    expect(screen.getByRole('alert')).toHaveTextContent('chart exploded');
    expect(screen.getByText('map still here')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it in Chinese too', () => {
    act(() => useUi.setState({ lang: 'zh' }));
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('此部分出错，无法显示。');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('fails again on retry while the cause remains, and a panel that failed still closes', async () => {
    const onClose = vi.fn();
    render(
      <PanelBoundary onClose={onClose}>
        <Fragile />
      </PanelBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('alert')).toHaveTextContent('chart exploded');
    await userEvent.click(screen.getByRole('button', { name: 'Close panel (Esc)' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('tries again by itself when its reset keys change', () => {
    const { rerender } = render(
      <ErrorBoundary resetKeys={['a']}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(
      <ErrorBoundary resetKeys={['b']}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
  });
});
