import type { Bilingual } from './strings';

/** Strings of the data-pack loader and of the error boundaries. */
export const packStrings = {
  'packs.title': { zh: '加载数据包', en: 'Load data pack' },
  'packs.intro': {
    zh: '加载自己的数据包（边界和规划数据）。所有检查都在本机浏览器中进行，不会上传任何内容。',
    en: 'Load a data pack of your own (boundaries and plan data). It is checked here in the browser; nothing is uploaded.',
  },
  'packs.pickFiles': { zh: '选择文件…', en: 'Choose files…' },
  'packs.pickFilesHint': {
    zh: '一个数据包文件（.json），或数据包文件夹中的多个文件。',
    en: 'One pack file (.json), or several files of a pack folder.',
  },
  'packs.pickFolder': { zh: '选择文件夹…', en: 'Choose folder…' },
  'packs.dropHint': { zh: '也可以把文件或文件夹拖到窗口中。', en: 'You can also drop files or a folder onto the window.' },
  'packs.dropHere': { zh: '松开鼠标以加载数据包', en: 'Drop to load the data pack' },
  'packs.keep': { zh: '保存在这台电脑上', en: 'Keep on this computer' },
  'packs.keepHint': {
    zh: '保存在浏览器存储中，下次打开时重新检查后加载',
    en: 'stored in this browser and checked again on each visit',
  },
  'packs.reading': { zh: '正在读取 {done} / {total}…', en: 'Reading {done} of {total}…' },
  'packs.checking': { zh: '正在检查数据包…', en: 'Checking the pack…' },
  'packs.cancel': { zh: '取消', en: 'Cancel' },
  'packs.failed': {
    zh: '“{name}”未加载：发现 {count} 个问题。已加载的数据保持不变。',
    en: '“{name}” was not loaded: {count} problem(s) found. Nothing already loaded has changed.',
  },
  'packs.loaded': {
    zh: '已加载“{name}”：{regions} 个地区，{plans} 项规划（用时 {ms} 毫秒）。',
    en: 'Loaded “{name}”: {regions} region(s), {plans} plan(s) (checked in {ms} ms).',
  },
  'packs.loadedList': { zh: '已加载的数据包', en: 'Loaded data packs' },
  'packs.summary': { zh: '{regions} 个地区，{plans} 项规划', en: '{regions} region(s), {plans} plan(s)' },
  'packs.kept': { zh: '已保存在这台电脑上', en: 'kept on this computer' },
  'packs.sessionOnly': { zh: '仅本次使用', en: 'this session only' },
  'packs.remove': { zh: '移除', en: 'Remove' },
  'packs.removeLabel': { zh: '移除数据包“{name}”', en: 'Remove the data pack “{name}”' },
  'packs.notes': { zh: '说明', en: 'Notes' },
  'packs.storeFailed': {
    zh: '数据包已加载，但无法保存在这台电脑上（{message}）；仅本次可用。',
    en: 'The pack is loaded but could not be kept on this computer ({message}); it is there for this session only.',
  },
  'packs.restoreFailed': {
    zh: '无法读取已保存的数据包（{message}）。',
    en: 'The kept data packs could not be read ({message}).',
  },
  'packs.dropped': {
    zh: '已保存的数据包“{name}”未通过检查，已移除（{count} 个问题，详见“加载数据包”）。',
    en: 'The kept data pack “{name}” no longer passes the checks and was removed ({count} problem(s); see “Load data pack”).',
  },
  'packs.droppedTitle': { zh: '已移除的保存数据包“{name}”', en: 'Kept data pack “{name}” removed' },
  'packs.restoring': { zh: '正在检查已保存的数据包…', en: 'Checking the kept data packs…' },
  'packs.noPlanData': {
    zh: '内置规划数据未能加载，无法检查数据包。',
    en: 'The built-in plan data did not load, so the pack cannot be checked.',
  },
  'boundary.failed': { zh: '此部分出错，无法显示。', en: 'This part failed and cannot be shown.' },
  'boundary.retry': { zh: '重试', en: 'Retry' },
} as const satisfies Record<string, Bilingual>;
