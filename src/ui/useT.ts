import { useCallback } from 'react';
import { useUi } from '../state/store';
import { translate, type StringKey } from '../i18n/strings';

/** The current language and a translator bound to it. */
export function useT() {
  const lang = useUi((s) => s.lang);
  const t = useCallback((key: StringKey, vars?: Record<string, string>) => translate(lang, key, vars), [lang]);
  return { lang, t };
}
