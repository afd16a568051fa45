import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderingsKey, usePrefetchSourceNotes } from '../../../src/data/useRenderings';
import type { DocRenderings } from '../../../src/data/quoteRendering';
import { fixtureRenderings, HEBEI_DOC, LISHUI_DOC, LISHUI_QUOTE, XIONGAN_QUOTE } from '../plans/renderingsFixture';

function Plans({ plans }: { plans: { doc: string }[] | undefined }) {
  usePrefetchSourceNotes(plans);
  return null;
}

afterEach(() => vi.unstubAllGlobals());

describe('usePrefetchSourceNotes', () => {
  it('loads nothing before the plans are in, then each document’s renderings once, ready for the first panel', async () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(url);
      const file = fixtureRenderings.find((r) => url.endsWith(`/${r.doc.replace(/\.txt$/, '.json')}`));
      return Promise.resolve(
        new Response(JSON.stringify(file), { status: file ? 200 : 404, headers: { 'content-type': 'application/json' } }),
      );
    });
    const client = new QueryClient();
    const show = (plans: { doc: string }[] | undefined) => (
      <QueryClientProvider client={client}>
        <Plans plans={plans} />
      </QueryClientProvider>
    );
    const { rerender } = render(show(undefined));
    expect(requested).toEqual([]);
    rerender(show([{ doc: HEBEI_DOC }, { doc: LISHUI_DOC }, { doc: HEBEI_DOC }]));
    const ready = (doc: string) => client.getQueryData<DocRenderings | null>(renderingsKey(doc));
    await waitFor(() => expect(ready(LISHUI_DOC) && ready(HEBEI_DOC)).toBeTruthy(), { timeout: 10_000 });
    expect(ready(HEBEI_DOC)!.byQuote.has(XIONGAN_QUOTE)).toBe(true);
    expect(ready(LISHUI_DOC)!.byQuote.has(LISHUI_QUOTE)).toBe(true);
    expect(requested.filter((url) => url.includes('/renderings/'))).toHaveLength(2);
    expect(requested.filter((url) => url.endsWith('/sources/index.json'))).toHaveLength(1);
  });
});
