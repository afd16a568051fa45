/**
 * React-query hooks for the source documents shipped in public/data/sources/: the index (titles,
 * kind, language, caveats) and a document's text. Nothing loads until a panel names a document
 * or the reader opens; both are cached for the session.
 */
import { useQuery } from '@tanstack/react-query';
import { PLAN_DATA_BASE, forever } from './usePlanData';
import type { SourceDocument, SourceIndex } from './sourceSchema';

const loader = () => import('./sourceData');

export const sourceKeys = {
  index: ['source-index', PLAN_DATA_BASE] as const,
  text: (file: string) => ['source-text', PLAN_DATA_BASE, file] as const,
};

export const sourceIndexQuery = {
  queryKey: sourceKeys.index,
  queryFn: async () => (await loader()).fetchSourceIndex(PLAN_DATA_BASE),
  ...forever,
};

export function useSourceIndex({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...sourceIndexQuery, enabled });
}

/** The index entry of a document (by file name), once the index is in; undefined for a document not shipped (a data pack's). */
export function useSourceDocument(file: string | null | undefined): {
  doc: SourceDocument | undefined;
  index: SourceIndex | undefined;
  isError: boolean;
} {
  const index = useSourceIndex({ enabled: !!file });
  return { doc: index.data?.documents.find((d) => d.file === file), index: index.data, isError: index.isError };
}

/** A shipped document's whole text; fetched only for a file the index lists. */
export function useSourceText(file: string | null | undefined) {
  const index = useSourceIndex({ enabled: !!file });
  const listed = !!file && !!index.data?.documents.some((d) => d.file === file);
  return useQuery({
    queryKey: sourceKeys.text(file ?? ''),
    queryFn: async () => (await loader()).fetchSourceText(PLAN_DATA_BASE, file!),
    enabled: listed,
    ...forever,
  });
}
