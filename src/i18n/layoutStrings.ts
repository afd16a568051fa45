import type { Bilingual } from './strings';

/** Strings of the layout overlays, their legend and the industry filter. */
export const layoutStrings = {
  'layout.legend': { zh: '空间布局', en: 'Spatial layouts' },
  'layout.show': { zh: '在地图上显示', en: 'Show on map' },
  'layout.current': { zh: '“十四五”时期规划（2021年起）', en: '14th Five-Year period plans (from 2021)' },
  'layout.old': { zh: '2013年规划（目标年2017）', en: '2013 plan (targets for 2017)' },
  'layout.unplaced': { zh: '文中未指明地点', en: 'no place named in the text' },
  'layout.interpretation': { zh: '成员为解读', en: 'members are our interpretation' },
  'layout.loading': { zh: '正在加载规划数据…', en: 'Loading plan data…' },
  'layout.failed': { zh: '规划数据加载失败', en: 'Could not load the plan data' },
  'layout.kind.core': { zh: '核心', en: 'core' },
  'layout.kind.pole': { zh: '发展极', en: 'pole' },
  'layout.kind.zone': { zh: '区/带', en: 'zone' },
  'layout.kind.belt': { zh: '产业带', en: 'belt' },
  'layout.kind.corridor': { zh: '走廊', en: 'corridor' },
  'layout.kind.cluster': { zh: '集群', en: 'cluster' },
  'layout.kind.base': { zh: '基地', en: 'base' },
  'layout.kind.platform': { zh: '平台', en: 'platform' },
  'layout.kind.pilot-area': { zh: '先导区', en: 'pilot area' },
  'layout.kind.area': { zh: '区域', en: 'area' },
  'layout.kind.pattern': { zh: '格局', en: 'pattern' },
  'layout.kind.highland': { zh: '高地', en: 'highland' },
  'filter.title': { zh: '产业筛选', en: 'Industry filter' },
  'filter.hint': {
    zh: '选择产业门类，点亮所有规划该类产业的地区和布局',
    en: 'Pick kinds of industry to light up every region and layout element that plans them',
  },
  'filter.count': { zh: '{n} 个地区', en: '{n} regions' },
  'filter.clear': { zh: '清除筛选', en: 'Clear filter' },
  'filter.summary.covering': {
    zh: '{regions}的规划列有所选产业：其下 {n} 个地区都在规划范围内（中间色）。',
    en: 'The plans of {regions} list a chosen kind: all {n} regions below them are covered (middle shade).',
  },
  'filter.summary.named': {
    zh: '{n} 个地区在规划中被点名（最深色）。',
    en: '{n} regions are named for it in a plan (darkest).',
  },
  'filter.summary.interpretation': {
    zh: '{n} 个地区与所选产业的联系仅属本应用的解读（虚线框）。',
    en: '{n} regions are linked to it only by our interpretation (dashed outline).',
  },
  'filter.summary.elements': { zh: '点亮 {n} 个布局要素。', en: '{n} layout elements lit.' },
  'filter.summary.none': {
    zh: '所载规划都未列有所选产业：地图上没有点亮的地区。',
    en: 'None of the loaded plans lists a chosen kind: no region is lit.',
  },
  'filter.key': { zh: '产业筛选：地图上的深浅', en: 'Industry filter: shades on the map' },
  'filter.key.own': { zh: '规划中点名本地区', en: 'named for this region in a plan' },
  'filter.key.viaParent': { zh: '在省、市规划范围内（全省或全市规划列有）', en: 'covered by its province’s or city’s plan' },
  'filter.key.interpretation': { zh: '点名仅属本应用的解读（虚线框）', en: 'named only in our interpretation (dashed)' },
  'filter.key.unmatched': { zh: '所载规划未列有', en: 'in none of the loaded plans' },
  'filter.unknown': {
    zh: '链接中的产业门类“{ids}”不存在，已忽略。',
    en: 'The industry categories “{ids}” in the link are not known and were ignored.',
  },
  'element.unknown': {
    zh: '链接中的布局要素“{key}”不存在，已忽略。',
    en: 'The layout element “{key}” in the link is not known and was ignored.',
  },
  regionsSection: { zh: '地区', en: 'Regions' },
} as const satisfies Record<string, Bilingual>;
