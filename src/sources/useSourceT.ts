import { useCallback } from 'react';
import { useUi } from '../state/store';
import { translateSource, type SourceStringKey } from '../i18n/sourceStrings';

/** The current language and a translator for the source reader's strings. */
export function useSourceT() {
  const lang = useUi((s) => s.lang);
  const ts = useCallback((key: SourceStringKey, vars?: Record<string, string>) => translateSource(lang, key, vars), [lang]);
  return { lang, ts };
}
