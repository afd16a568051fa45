/**
 * Strings of the source reader and the "read in the document" actions. Kept out of the main
 * table (strings.ts), which loads with the first view: only the panels and the reader, both
 * loaded later, import this table (through src/sources/useSourceT.ts). The two notices about a bad `source=` link are in the main
 * table, where the notices are read.
 */
import type { Bilingual, Lang } from './strings';

export const sourceStrings = {
  'sources.open': { zh: '在原文中阅读', en: 'Read it in the document' },
  'sources.openOf': { zh: '在原文中阅读“{label}”的出处', en: 'Read the source of “{label}” in the document' },
  'sources.openShort': { zh: '看原文', en: 'Read' },
  'sources.openDoc': { zh: '阅读原文', en: 'Read the document' },
  'sources.openDocOf': { zh: '阅读原文：{title}', en: 'Read the document: {title}' },
  'sources.document': { zh: '来源文件', en: 'Source document' },
  'sources.docLabel': { zh: '依据文本：', en: 'document: ' },
  'sources.docOf': { zh: '{title}（{kind}）', en: '{title} ({kind})' },
  'sources.close': { zh: '关闭原文（Esc）', en: 'Close the document (Esc)' },
  'sources.lang.zh': { zh: '中文文本', en: 'Chinese text' },
  'sources.lang.en': { zh: '英文文本', en: 'English text' },
  'sources.date': { zh: '日期', en: 'Date' },
  'sources.about': { zh: '关于本文件与标记', en: 'About this document and its marks' },
  'sources.published': { zh: '出处', en: 'Published' },
  'sources.notes': { zh: '注意', en: 'Caveats' },
  'sources.file': { zh: '文件 {file}', en: 'file {file}' },
  'sources.loading': { zh: '正在加载原文…', en: 'Loading the document…' },
  'sources.failed': { zh: '原文加载失败', en: 'Could not load the document' },
  'sources.coverage': {
    zh: '本文件被 {figures} 个数字和 {items} 个其他条目引用（共 {quotes} 处引文）。',
    en: 'Quoted by {figures} figures and {items} other items ({quotes} quotes in all).',
  },
  'sources.coveragePassages': {
    zh: '{total} 段中 {cited} 段有引文，{uncited} 段没有任何引用。',
    en: '{cited} of {total} passages are quoted; nothing quotes {uncited}.',
  },
  'sources.allQuoted': { zh: '每一段都有引文。', en: 'Every passage is quoted.' },
  'sources.uncitedList': { zh: '没有任何引用的段落（{n}）', en: 'Passages nothing quotes ({n})' },
  'sources.uncited': { zh: '未引用', en: 'not quoted' },
  'sources.cited': { zh: '{n} 处引用', en: 'quoted {n}×' },
  'sources.paragraph': { zh: '第 {n} 段', en: '¶ {n}' },
  'sources.sentence': { zh: '第 {n} 段第 {s} 句', en: '¶ {n}, sentence {s}' },
  'sources.runOn': {
    zh: '原文第 {n} 段长达 {chars} 个字符、没有分段，这里按句显示（第 {n}.1 句起）。',
    en: 'Paragraph {n} of the text runs {chars} characters with no break; it is shown sentence by sentence ({n}.1 onwards).',
  },
  'sources.outside': { zh: '不属于文件内容：{what}', en: 'Not part of the document: {what}' },
  'sources.quoteAt': { zh: '引文位于{where}。', en: 'The quote is in {where}.' },
  'sources.passageAt': { zh: '所链接的段落位于{where}。', en: 'The linked passage is in {where}.' },
  'sources.backToQuote': { zh: '回到引文', en: 'Back to the quote' },
  'sources.quoteNotFound': { zh: '在本文件中没有找到这段引文。', en: 'This quote was not found in the document.' },
  'sources.highlighted': { zh: '所打开的引文', en: 'the quote you opened' },
  'sources.citedBy': { zh: '被 {n} 项引用：查看是哪些', en: 'Quoted by {n}: show which' },
  'sources.citedByList': { zh: '引用此处的条目', en: 'What quotes this' },
  'sources.goTo': { zh: '打开{place}', en: 'open {place}' },
  'sources.place.region': { zh: '{name}的面板', en: 'the panel of {name}' },
  'sources.place.element': { zh: '布局要素：{name}', en: 'the layout element: {name}' },
  'sources.place.itsPanel': { zh: '其面板', en: 'its panel' },
  'sources.marksHint': {
    zh: '标出的文字被某个数字或条目引用；按 Tab 键逐一到达其后的引用按钮，可回到引用它的地区或布局要素。',
    en: 'Marked text is quoted by a figure or item; Tab reaches the button after each mark, which leads back to the region or layout element that quotes it.',
  },

  // What a citing item is (the reverse index's labels, src/sources/provenance.ts).
  'sources.item.target': { zh: '目标', en: 'Target' },
  'sources.item.target-rate': { zh: '目标的年增速', en: 'Yearly rate of a target' },
  'sources.item.target-baseline': { zh: '目标的基期值', en: 'Baseline of a target' },
  'sources.item.industry': { zh: '产业', en: 'Industry' },
  'sources.item.industry-tier': { zh: '产业规模等级', en: 'Tier of an industry' },
  'sources.item.industry-role': { zh: '产业定位', en: 'Role of an industry' },
  'sources.item.industry-group': { zh: '产业所属组别', en: 'Group of an industry' },
  'sources.item.industry-host': { zh: '产业承载地', en: 'Host region of an industry' },
  'sources.item.group': { zh: '产业组别', en: 'Industry group' },
  'sources.item.element': { zh: '布局要素', en: 'Layout element' },
  'sources.item.member': { zh: '布局要素的成员地区', en: 'Member region of a layout element' },
  'sources.item.task-list': { zh: '任务清单', en: 'List of tasks' },
  'sources.item.task': { zh: '任务', en: 'Task' },
  'sources.item.discrepancy': { zh: '原文数字不一致', en: 'Discrepancy in the document' },
  'sources.item.plan-title': { zh: '规划名称', en: 'Title of the plan' },
  'sources.item.plan-issuer': { zh: '发布机构', en: 'Issuer of the plan' },
  'sources.item.plan-date': { zh: '规划日期', en: 'Date of the plan' },
  'sources.item.plan-period': { zh: '规划期', en: 'Period of the plan' },
  'sources.item.plan-region': { zh: '规划地区', en: 'Region of the plan' },
  'sources.item.plan-kind': { zh: '规划类型', en: 'Kind of plan' },
  'sources.item.other': { zh: '其他条目', en: 'Other item' },
} as const satisfies Record<string, Bilingual>;

export type SourceStringKey = keyof typeof sourceStrings;

export function translateSource(lang: Lang, key: SourceStringKey, vars: Record<string, string> = {}): string {
  return sourceStrings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);
}
