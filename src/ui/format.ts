import type { Lang } from '../i18n/strings';

export function formatArea(km2: number, lang: Lang): string {
  const number = Math.round(km2).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return lang === 'zh' ? `${number} 平方千米` : `${number} km²`;
}
