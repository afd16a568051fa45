/**
 * Schema for the source documents shipped in public/data/sources/: the index (titles in both
 * languages, language, kind, date, where published, caveats) and, per document, the app's own
 * renderings of its quotes in the other language (`renderings/<document stem>.json`).
 *
 * A rendering is the app's translation, never evidence: the verbatim quote stays in the plan data
 * and is always one action away. A gloss explains a garbled span of a machine-translated document
 * (e.g. "male Ann new" = 雄安新区) wherever the verbatim quote is shown.
 */
import { z } from 'zod';
import { bilingual } from './planSchema';

export const docFile = z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'a document file name such as 000_19444a5c5371e155.txt');

export const sourceDocument = z.object({
  file: docFile,
  /** the plan captured from this document */
  plan: z.string().regex(/^[a-z0-9-]+$/),
  /** the language the document's text is in */
  lang: z.enum(['zh', 'en']),
  kind: z.enum(['policy-interpretation', 'press-report']),
  title: bilingual,
  /** ISO date, as precise as the text allows */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  published: bilingual,
  notes: z.array(bilingual),
  /**
   * Lines of the file (1-based, inclusive) that are not part of the document, such as another
   * website's header: the reader shows them apart, and they count in no coverage.
   */
  outside: z.array(z.object({ from: z.number().int().min(1), to: z.number().int().min(1), what: bilingual })).optional(),
});
export type SourceDocument = z.infer<typeof sourceDocument>;

export const sourceIndex = z.object({
  schema: z.literal('sources/1'),
  documents: z.array(sourceDocument).min(1),
});
export type SourceIndex = z.infer<typeof sourceIndex>;

export const gloss = z.object({
  /** the garbled span, verbatim as it stands in the quote */
  span: z.string().min(1),
  /** what it means, in both languages (e.g. { zh: "雄安新区", en: "Xiong'an New Area" }) */
  meaning: bilingual,
});
export type Gloss = z.infer<typeof gloss>;

export const quoteRendering = z.object({
  /** the verbatim quote, exactly as in the plan data */
  quote: z.string().min(2),
  /** the app's own translation of the quote into the document's other language */
  text: z.string().min(1),
  glosses: z.array(gloss).optional(),
});
export type QuoteRendering = z.infer<typeof quoteRendering>;

export const renderings = z.object({
  schema: z.literal('renderings/1'),
  doc: docFile,
  /** language of the document (and so of the quotes) */
  from: z.enum(['zh', 'en']),
  /** language of the renderings */
  to: z.enum(['zh', 'en']),
  quotes: z.array(quoteRendering),
});
export type Renderings = z.infer<typeof renderings>;
