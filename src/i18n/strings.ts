/**
 * Every UI string in both languages, one table per feature (this file holds the shell's).
 * Region names and plan facts come from the data, never from here.
 */
import { layoutStrings } from './layoutStrings';
import { planStrings } from './planStrings';
import { exportStrings } from './exportStrings';
import { packStrings } from './packStrings';
import { fallbackStrings } from './fallbackStrings';
import { presentStrings } from './presentStrings';
import { loadingStrings } from './loadingStrings';
import { aboutStrings } from './aboutStrings';
import { progressStrings } from './progressStrings';
import { builderStrings } from './builderStrings';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type Bilingual = { zh: string; en: string };

const coreStrings = {
  appTitle: { zh: '产业发展规划地图', en: 'Industrial Development Plan Map' },
  appSubtitle: { zh: '吉林省 · 河北省 · 丽水市', en: 'Jilin · Hebei · Lishui' },
  mapLabel: { zh: '地区地图', en: 'Map of regions' },
  loading: { zh: '正在加载边界数据…', en: 'Loading boundaries…' },
  loadFailed: { zh: '边界数据加载失败', en: 'Could not load the boundary data' },
  retry: { zh: '重试', en: 'Retry' },
  regionsNav: { zh: '地区列表', en: 'Regions' },
  searchRegions: { zh: '搜索地区（名称或代码）', en: 'Search regions (name or code)' },
  noMatches: { zh: '没有匹配的地区', en: 'No matching region' },
  listTruncated: {
    zh: '共 {total} 个地区，仅列出前 {shown} 个；请输入名称或代码缩小范围。',
    en: 'Showing {shown} of {total} regions; type a name or code to narrow the list.',
  },
  jumpTo: { zh: '定位到', en: 'Go to' },
  allRegions: { zh: '全部地区', en: 'All regions' },
  breadcrumb: { zh: '层级导航', en: 'Breadcrumb' },
  close: { zh: '关闭', en: 'Close' },
  closePanel: { zh: '关闭面板（Esc）', en: 'Close panel (Esc)' },
  level: { zh: '级别', en: 'Level' },
  parent: { zh: '上级', en: 'Parent' },
  adminCode: { zh: '行政区划代码', en: 'Admin code' },
  area: { zh: '面积', en: 'Area' },
  areaNote: {
    zh: '按示意边界几何计算',
    en: 'computed from the illustrative boundary geometry',
  },
  showChildren: { zh: '查看下级地区', en: 'Show subdivisions' },
  childrenCount: { zh: '下级地区', en: 'Subdivisions' },
  'level.province': { zh: '省', en: 'Province' },
  'level.prefecture': { zh: '地级市 / 州', en: 'Prefecture' },
  'level.county': { zh: '县级', en: 'County' },
  'level.newarea': { zh: '国家级新区', en: 'New area' },
  xiongAnNote: {
    zh: '以雄县、容城县、安新县三县范围近似绘制',
    en: 'drawn as the three counties Xiong, Rongcheng and Anxin (an approximation)',
  },
  language: { zh: '语言', en: 'Language' },
  attribution: {
    zh: '边界：高德地图数据，经 ECharts 地图包',
    en: 'Boundaries: AMap via ECharts map packages',
  },
  notOfficial: {
    zh: '边界仅为示意，非官方标准地图',
    en: 'Boundaries are illustrative, not an official map',
  },
  unknownRegion: {
    zh: '链接中的地区代码“{code}”无效或不存在，已显示默认视图。',
    en: 'The region code “{code}” in the link is not valid or not known; showing the default view.',
  },
  'link.badLang': {
    zh: '链接中的语言“{value}”无效（应为 zh 或 en），已忽略。',
    en: 'The language “{value}” in the link is not valid (zh or en expected) and was ignored.',
  },
  'link.badPlans': {
    zh: '链接中要隐藏的规划“{ids}”不存在，已忽略。',
    en: 'The plans “{ids}” the link hides are not known and were ignored.',
  },
  'link.badSource': {
    zh: '链接中的原文“{value}”无效或不存在，已忽略。',
    en: 'The source document “{value}” in the link is not valid or not known and was ignored.',
  },
  'link.badPassage': {
    zh: '链接中的段落“{value}”不在该文件中，已从文件开头打开。',
    en: 'The passage “{value}” in the link is not in that document; it opens at its start.',
  },
  'link.copy': { zh: '复制链接', en: 'Copy link' },
  'link.copyTitle': {
    zh: '复制当前视图的链接（地图位置、所选地区、筛选、图层与语言）',
    en: 'Copy a link to this view (map position, selection, filter, layouts and language)',
  },
  'link.copied': { zh: '已复制', en: 'Copied' },
  'link.copyFailed': {
    zh: '无法访问剪贴板，请从下面的框中复制链接：',
    en: 'The clipboard is not available; copy the link from the box below:',
  },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  km2: { zh: '平方千米', en: 'km²' },
} as const satisfies Record<string, Bilingual>;

const strings = {
  ...coreStrings,
  ...planStrings,
  ...layoutStrings,
  ...exportStrings,
  ...packStrings,
  ...fallbackStrings,
  ...presentStrings,
  ...loadingStrings,
  ...aboutStrings,
  ...progressStrings,
  ...builderStrings,
};
export type StringKey = keyof typeof strings;

/** Looks up a UI string and fills `{name}` placeholders. */
export function translate(lang: Lang, key: StringKey, vars: Record<string, string> = {}): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}
