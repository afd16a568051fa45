/** The hover label's text: a region's name, or a layout element's. */
import type { Lang } from '../i18n/strings';
import type { MapTarget } from './hit';

export function tooltipText(
  target: MapTarget | null,
  regions: ReadonlyMap<string, { name: { zh: string; en: string } }>,
  lang: Lang,
): string | undefined {
  if (!target) return undefined;
  return target.type === 'region' ? regions.get(target.code)?.name[lang] : target.name[lang];
}
