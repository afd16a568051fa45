/**
 * Loading the shipped source documents (public/data/sources/): the index, validated with its
 * zod schema, a document's text, and a document's quote renderings (renderings/<stem>.json).
 * Brings zod along, so the app imports it lazily.
 *
 * A document without a renderings file (a user's data pack, a document not yet rendered) has
 * none: that is not an error, the quotes are shown verbatim. A file that is there but wrong is.
 */
import { docFile, renderings as renderingsSchema, sourceIndex, type SourceIndex } from './sourceSchema';
import { indexDoc, renderingsFileOf, type DocRenderings } from './quoteRendering';
import { PlanDataError, loadValidated } from './planData';
import { validateWith } from './validate';

export const fetchSourceIndex = (base: string): Promise<SourceIndex> =>
  loadValidated(`${base}sources/index.json`, (file, json) => validateWith(sourceIndex, file, json));

/** A document's whole text, as shipped (UTF-8). Only a file name of the documents' form is fetched. */
export async function fetchSourceText(base: string, file: string): Promise<string> {
  if (!docFile.safeParse(file).success) throw new PlanDataError([`not a source document: ${file}`]);
  const url = `${base}sources/${file}`;
  const response = await fetch(url);
  if (!response.ok) throw new PlanDataError([`${url}: HTTP ${response.status}`]);
  return response.text();
}

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
