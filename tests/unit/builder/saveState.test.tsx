/** The builder says whether the changes are kept yet, and the browser asks before a reload would lose a write under way. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { BriefingHead } from '../../../src/builder/BriefingHead';
import { keepBriefing } from '../../../src/briefings/ownBriefings';
import { newBriefing } from '../../../src/briefings/briefingDraft';
import type { StorageResult } from '../../../src/briefings/briefingStorage';
import { useUi } from '../../../src/state/store';

const writes: ((result: StorageResult<null>) => void)[] = [];
vi.mock('../../../src/briefings/briefingStorage', () => ({
  listStoredBriefings: () => Promise.resolve({ ok: true, value: [] }),
  storeBriefing: () => new Promise<StorageResult<null>>((resolve) => writes.push(resolve)),
}));

const draft = newBriefing([], { zh: '', en: 'Mine' });

/** Whether leaving the page now would be held (the browser's "leave site?" question). */
function unloadHeld() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function writeStarted(n: number) {
  await vi.waitFor(() => expect(writes.length).toBe(n));
}

describe('the builder’s save state', () => {
  beforeEach(() => act(() => useUi.setState({ lang: 'en' })));

  it('says “Saving…” and holds a reload while a write is under way, then says the briefing is kept', async () => {
    render(<BriefingHead list={[draft]} draft={draft} onChoose={() => {}} onNew={() => {}} onTitle={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Kept in this browser');
    const client = new QueryClient();

    const first = keepBriefing(client, draft);
    await writeStarted(1);
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    expect(unloadHeld()).toBe(true);
    await act(async () => {
      writes[0]({ ok: true, value: null });
      await first;
    });
    expect(screen.getByRole('status').textContent).toBe('Kept in this browser');
    expect(unloadHeld()).toBe(false);

    const second = keepBriefing(client, draft);
    await writeStarted(2);
    await act(async () => {
      writes[1]({ ok: false, message: 'QuotaExceededError' });
      await second;
    });
    expect(screen.getByRole('status').textContent).toBe('The last change could not be kept');
    expect(unloadHeld()).toBe(false);
  });
});
