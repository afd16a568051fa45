import type { Bilingual } from './strings';

/** Strings of the load-problem banner (src/about/LoadProblems.tsx, reports from src/loading): which file, what was expected, what came, and what still works. */
export const loadingStrings = {
  'loading.title': { zh: '仪表板的部分文件未能加载', en: 'Some files of the dashboard did not load' },
  'loading.forIt': {
    zh: '请将以下内容告知 IT 人员（“关于”中可复制全部信息）：',
    en: 'Tell IT what follows (About copies all of it):',
  },
  'loading.line.worker': {
    zh: '地图工作线程 {file}：应为 JavaScript（内容类型 text/javascript），服务器发送的是 {came}。地图已改用 SVG 绘制，功能不变。服务器须以 text/javascript 发送 .js 文件。',
    en: 'Map worker {file}: expected JavaScript (content type text/javascript), the server sent {came}. The map is drawn as SVG instead, with the same features. The server must send .js files as text/javascript.',
  },
  'loading.line.code': {
    zh: '程序文件 {file}：应为 JavaScript（内容类型 text/javascript），收到的是 {came}。用到它的部分暂不可用或显示“重试”，其余照常可用。请把 assets 文件夹的全部文件放到服务器上，并以 text/javascript 发送 .js 文件。',
    en: 'Code file {file}: expected JavaScript (content type text/javascript), came {came}. What needs it is unavailable or shows Retry; the rest works. Put every file of the assets folder on the server and send .js files as text/javascript.',
  },
  'loading.line.data': {
    zh: '数据文件 {file}：应为本应用文件夹中的 JSON 或文本，收到的是 {came}。用到它的部分显示错误，其余照常可用。请将 data 和 geo 文件夹与应用一起复制。',
    en: 'Data file {file}: expected JSON or text from the app’s folder, came {came}. What needs it shows an error; the rest works. Copy the data and geo folders along with the app.',
  },
  'loading.line.policy': {
    zh: '{file} 被内容安全策略（{came}）拦截。服务器发送的 Content-Security-Policy 须与安装包中 web.config / nginx.conf 的一致。',
    en: '{file} was refused by the Content-Security-Policy ({came}). The policy the server sends must be the one in the package’s web.config / nginx.conf.',
  },
  'loading.dismiss': { zh: '关闭提示', en: 'Dismiss' },
  'loading.mapFallback': {
    zh: '地图工作线程未能加载，已改用矢量地图（SVG）：地区、筛选、面板和导出照常可用。',
    en: 'The map’s worker did not load, so the vector (SVG) map is shown: regions, filter, panels and export still work.',
  },
} as const satisfies Record<string, Bilingual>;
