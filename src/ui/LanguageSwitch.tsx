import { useUi } from '../state/store';
import { LANGS } from '../i18n/strings';
import { useT } from './useT';

const LABELS = { zh: '中文', en: 'English' } as const;

export function LanguageSwitch() {
  const setLang = useUi((s) => s.setLang);
  const { lang, t } = useT();
  return (
    <div className="lang-switch" data-export="omit" role="group" aria-label={t('language')}>
      {LANGS.map((l) => (
        <button key={l} type="button" aria-pressed={lang === l} lang={l === 'zh' ? 'zh-CN' : 'en'} onClick={() => setLang(l)}>
          {LABELS[l]}
        </button>
      ))}
    </div>
  );
}
