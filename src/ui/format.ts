import type { Lang } from '../i18n/strings';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number format kept per language and fraction digits: `Number.prototype.toLocaleString` with a
 * locale builds a new formatter (ICU) on every call, which cost tens of milliseconds of a panel's
 * first render without a fast CPU (a CPU profile of a click on the SVG map put formatArea on top).
 */
export function numberFormat(lang: Lang, maxFractionDigits = 0): Intl.NumberFormat {
  const key = `${lang}|${maxFractionDigits}`;
  let format = formats.get(key);
  if (!format)
    formats.set(key, (format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: maxFractionDigits })));
  return format;
}

export function formatArea(km2: number, lang: Lang): string {
  const number = numberFormat(lang).format(Math.round(km2));
  return lang === 'zh' ? `${number} 平方千米` : `${number} km²`;
}
