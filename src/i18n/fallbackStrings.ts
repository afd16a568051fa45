import type { Bilingual } from './strings';

/** Strings of the SVG map and of the choice between the two maps (src/state/renderer.ts). */
export const fallbackStrings = {
  'fallback.noWebgl': {
    zh: '此浏览器无法使用 WebGL2，已改用矢量地图（SVG）：地区、筛选、面板、演示和导出照常可用。',
    en: 'This browser cannot use WebGL2, so the vector (SVG) map is shown: regions, filter, panels, presentation and export all work.',
  },
  'fallback.softwareWebgl': {
    zh: '此电脑的 WebGL 由处理器软件绘制（无显卡加速），矢量地图（SVG）在此更快，已改用它。在链接中加 renderer=webgl 可改回 WebGL 地图。',
    en: 'WebGL on this computer is drawn in software (no graphics card), where the vector (SVG) map is faster, so it is shown. Add renderer=webgl to the link for the WebGL map.',
  },
  'link.badRenderer': {
    zh: '链接中的地图绘制方式“{value}”无效（应为 auto、webgl 或 svg），已自动选择。',
    en: 'The map renderer “{value}” in the link is not valid (auto, webgl or svg expected); chosen automatically instead.',
  },
  'fallback.regions': { zh: '地区（可点击）', en: 'Regions (clickable)' },
  'fallback.keys': {
    zh: '用 Tab 键进入地图，方向键在地区间移动，回车键打开所选地区的面板。',
    en: 'Tab into the map, move between regions with the arrow keys, press Enter to open a region’s panel.',
  },
  'fallback.zoomIn': { zh: '放大', en: 'Zoom in' },
  'fallback.zoomOut': { zh: '缩小', en: 'Zoom out' },
} as const satisfies Record<string, Bilingual>;
