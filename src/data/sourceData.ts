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
import { fetchJson, fetchText } from '../loading/dataFile';

export const fetchSourceIndex = (base: string): Promise<SourceIndex> =>
  loadValidated(`${base}sources/index.json`, (file, json) => validateWith(sourceIndex, file, json));

/** A document's whole text, as shipped (UTF-8). Only a file name of the documents' form is fetched. */
export async function fetchSourceText(base: string, file: string): Promise<string> {
  if (!docFile.safeParse(file).success) throw new PlanDataError([`not a source document: ${file}`]);
  try {
    return await fetchText(`${base}sources/${file}`);
  } catch (error) {
    throw new PlanDataError([error instanceof Error ? error.message : String(error)]);
  }
}

export async function fetchRenderings(base: string, doc: string): Promise<DocRenderings | null> {
  const url = `${base}sources/renderings/${renderingsFileOf(doc)}`;
  let json: unknown;
  try {
    // Missing: a 404, or (a server that answers every path with the app's page) not JSON at all.
    json = await fetchJson(url, { missing: 'null' });
  } catch (error) {
    throw new PlanDataError([error instanceof Error ? error.message : String(error)]);
  }
  if (json === null) return null;
  const result = validateWith(renderingsSchema, url, json);
  if (!result.ok) throw new PlanDataError(result.errors);
  if (result.data.doc !== doc) throw new PlanDataError([`${url}: doc: expected "${doc}", got "${result.data.doc}"`]);
  return indexDoc(result.data);
}
