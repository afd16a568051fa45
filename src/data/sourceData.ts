/**
 * Loading the shipped source documents (public/data/sources/): the index, validated with its
 * zod schema, and a document's text. Brings zod along, so the app imports it lazily.
 */
import { docFile, sourceIndex, type SourceIndex } from './sourceSchema';
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
