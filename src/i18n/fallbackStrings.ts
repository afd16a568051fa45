import type { Bilingual } from './strings';

/** Strings of the SVG map drawn when the browser has no WebGL2. */
export const fallbackStrings = {
  'fallback.noWebgl': {
    zh: '此浏览器无法使用 WebGL2，已改用简化的矢量地图（SVG）：地区、筛选、面板和导出照常可用。',
    en: 'This browser cannot use WebGL2, so a simpler vector (SVG) map is shown: regions, filter, panels and export still work.',
  },
  'fallback.regions': { zh: '地区（可点击）', en: 'Regions (clickable)' },
  'fallback.keys': {
    zh: '用 Tab 键进入地图，方向键在地区间移动，回车键打开所选地区的面板。',
    en: 'Tab into the map, move between regions with the arrow keys, press Enter to open a region’s panel.',
  },
  'fallback.zoomIn': { zh: '放大', en: 'Zoom in' },
  'fallback.zoomOut': { zh: '缩小', en: 'Zoom out' },
} as const satisfies Record<string, Bilingual>;
