/**
 * Fetching one document's quote renderings (public/data/sources/renderings/<stem>.json) and
 * checking them with the zod schema; brings zod with it, so it is imported lazily.
 *
 * A document without a renderings file (a user's data pack, a document not yet rendered) has
 * none: that is not an error, the quotes are shown verbatim. A file that is there but wrong is.
 */
import { renderings as renderingsSchema } from './sourceSchema';
import { indexDoc, renderingsFileOf, type DocRenderings } from './quoteRendering';
import { validateWith } from './validate';
import { PlanDataError } from './planData';

export async function fetchRenderings(base: string, doc: string): Promise<DocRenderings | null> {
  const url = `${base}sources/renderings/${renderingsFileOf(doc)}`;
  const response = await fetch(url);
  // Missing: a 404, or (a server that answers every path with the app's page) not JSON at all.
  if (response.status === 404 || !(response.headers.get('content-type') ?? '').includes('json')) return null;
  if (!response.ok) throw new PlanDataError([`${url}: HTTP ${response.status}`]);
  const result = validateWith(renderingsSchema, url, await response.json());
  if (!result.ok) throw new PlanDataError(result.errors);
  if (result.data.doc !== doc) throw new PlanDataError([`${url}: doc: expected "${doc}", got "${result.data.doc}"`]);
  return indexDoc(result.data);
}
