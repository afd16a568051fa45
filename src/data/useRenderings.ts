/**
 * React-query hook for the app's renderings of quotes in the other language, one file per source
 * document, kept for the session. Only a shown quote asks for its document's file, and quotes are
 * shown only in panels, popovers and presentation cards, which load after the first map is drawn;
 * so the renderings load then too, never in the first view.
 */
import { useEffect } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { PLAN_DATA_BASE, forever } from './usePlanData';
import { sourceIndexQuery } from './useSources';
import { renderingLookup, type DocRenderings, type RenderingLookup } from './quoteRendering';
import type { QuoteRendering } from './sourceSchema';
import { whenIdle } from './whenIdle';

/** The fetcher brings the validator (zod). */
const loader = () => import('./sourceData');

export const renderingsKey = (doc: string) => ['quote-renderings', PLAN_DATA_BASE, doc] as const;

export const renderingsQuery = (doc: string) => ({
  queryKey: renderingsKey(doc),
  queryFn: async (): Promise<DocRenderings | null> => (await loader()).fetchRenderings(PLAN_DATA_BASE, doc),
  ...forever,
});

export interface RenderingState {
  /** the document's renderings are still loading */
  pending: boolean;
  /** the app's rendering of this quote, when there is one */
  rendering: QuoteRendering | undefined;
}

/**
 * The rendering of one verbatim quote of one document. A document with no renderings file, or a
 * file that failed to load, gives none (the quote is shown verbatim); a failed file is not retried.
 */
export function useRendering(doc: string, quote: string): RenderingState {
  const query = useQuery(renderingsQuery(doc));
  return { pending: query.isPending, rendering: query.data?.byQuote.get(quote) };
}

/** Starts loading these documents' renderings (a panel's plans), so its popovers open with them ready. */
export function useRenderingsOf(docs: readonly string[]): void {
  useQueries({ queries: [...new Set(docs)].map((doc) => renderingsQuery(doc)) });
}

/**
 * Once the plans are in, loads what a panel's source notes show when the page is next idle: every
 * document's renderings and the documents' index (their titles and kinds). Otherwise the first panel
 * of each plan loaded, parsed and checked them during its first frames (the first click of each
 * province over 100 ms on the SVG map without a GPU), and its source boxes named the plan until the
 * index came.
 */
export function usePrefetchSourceNotes(plans: readonly { doc: string }[] | undefined): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!plans?.length) return;
    // One file at a time, each when the page is next idle: parsing and checking all of them at once
    // took a frame from whoever clicked the filter just then.
    const loads = [
      () => client.prefetchQuery(sourceIndexQuery),
      ...[...new Set(plans.map((p) => p.doc))].map((doc) => () => client.prefetchQuery(renderingsQuery(doc))),
    ];
    let stopped = false;
    let cancel = () => {};
    const next = (i: number) => {
      if (stopped || i >= loads.length) return;
      cancel = whenIdle(() => void loads[i]().then(() => next(i + 1)));
    };
    next(0);
    return () => {
      stopped = true;
      cancel();
    };
  }, [client, plans]);
}

/** Every given document's renderings (for exports): documents without a file, or whose file fails, have none. */
export async function loadRenderingLookup(client: QueryClient, docs: readonly string[]): Promise<RenderingLookup> {
  const loaded = await Promise.all([...new Set(docs)].map((doc) => client.fetchQuery(renderingsQuery(doc)).catch(() => null)));
  return renderingLookup(loaded);
}
