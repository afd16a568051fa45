/**
 * React-query hook for the app's renderings of quotes in the other language, one file per source
 * document, kept for the session. Only a shown quote asks for its document's file, and quotes are
 * shown only in panels, popovers and presentation cards, which load after the first map is drawn;
 * so the renderings load then too, never in the first view.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { PLAN_DATA_BASE, forever } from './usePlanData';
import { renderingLookup, type DocRenderings, type RenderingLookup } from './quoteRendering';
import type { QuoteRendering } from './sourceSchema';

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

/** Every given document's renderings (for exports): documents without a file, or whose file fails, have none. */
export async function loadRenderingLookup(client: QueryClient, docs: readonly string[]): Promise<RenderingLookup> {
  const loaded = await Promise.all([...new Set(docs)].map((doc) => client.fetchQuery(renderingsQuery(doc)).catch(() => null)));
  return renderingLookup(loaded);
}
