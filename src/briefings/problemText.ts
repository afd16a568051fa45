/**
 * A briefing check's message (`file: steps[1].element: what was expected`, the wording of
 * validateBriefing and `npm run check-pack`) said in either language: which step (number and id)
 * and which field, and what is wrong. The English is the message itself; the Chinese is a
 * rendering of the known wordings, and the message as the checker wrote it for any other. Pure.
 */
import type { Lang } from '../i18n/strings';

export interface BriefingProblem {
  /** 1-based step number, or null when the problem is not in a step */
  step: number | null;
  stepId: string | null;
  /** the field path inside the step (or the briefing), e.g. `element`, `figures[4]` */
  field: string;
  text: Record<Lang, string>;
  /** the message as the checker wrote it */
  raw: string;
}

/** Chinese for the checker's wordings: [pattern, rendering]. */
const ZH: [RegExp, (...m: string[]) => string][] = [
  [/^unknown layout element (".*")$/, (e) => `未知的布局要素 ${e}`],
  [/^unknown plan (".*")$/, (p) => `未知的规划 ${p}`],
  [/^unknown target (".*")$/, (t) => `未知的目标 ${t}`],
  [/^unknown region code (".*") \(not in .*\)$/, (c) => `未知的行政区划代码 ${c}（不在地图的地区中）`],
  [/^unknown industry category (".*") \(not in the taxonomy\)$/, (c) => `未知的产业类别 ${c}（不在产业分类中）`],
  [
    /^layout element (".*") belongs to plan (".*"), whose layouts the step hides$/,
    (e, p) => `布局要素 ${e} 属于规划 ${p}，而本步隐藏了该规划的布局`,
  ],
  [/^a step opens a region or an element, not both$/, () => '一步只能打开一个地区或一个布局要素，不能两者都打开'],
  [/^duplicate step id (".*")$/, (id) => `步骤 id ${id} 重复`],
  [/^briefing id (".*") is already shipped; expected a new id$/, (id) => `简报 id ${id} 与内置简报相同；需要一个新的 id`],
  [/^expected a text in at least one language \(zh or en\)$/, () => '至少要有一种语言的文字（zh 或 en）'],
  [/^expected one of (.*), got (.*)$/, (a, b) => `应为 ${a} 之一，实为 ${b}`],
  [/^expected (\S+), got (\S+)$/, (a, b) => `应为 ${a}，实为 ${b}`],
  [/^unexpected key\(s\) (.*)$/, (k) => `多余的字段 ${k}`],
  [/^lower-case letters, digits and hyphens$/, () => '只能用小写字母、数字和连字符'],
  [/^a 6-digit GB\/T 2260 admin code$/, () => '应为 6 位 GB/T 2260 行政区划代码'],
  [/^a layout element as "planId\/elementId"$/, () => '布局要素应写作 "规划id/要素id"'],
  [/^a target as "planId\/targetId"$/, () => '目标应写作 "规划id/目标id"'],
  [/^Too big: expected array to have <=(\d+) items$/, (n) => `最多 ${n} 项`],
  [/^Too small: expected array to have >=(\d+) items$/, (n) => `至少 ${n} 项`],
  [/^Invalid input: expected (.*)$/, (v) => `应为 ${v}`],
  [/^not valid JSON \((.*)\)$/, (d) => `不是有效的 JSON（${d}）`],
];

function zhDetail(detail: string): string {
  for (const [pattern, render] of ZH) {
    const m = pattern.exec(detail);
    if (m) return render(...m.slice(1));
  }
  return `（检查器原文）${detail}`;
}

/** The step ids of the file as given, where it has them, to name the step by its id too. */
function stepIdAt(json: unknown, index: number): string | null {
  const steps = json && typeof json === 'object' ? (json as { steps?: unknown }).steps : undefined;
  const step = Array.isArray(steps) ? (steps[index] as { id?: unknown } | undefined) : undefined;
  return typeof step?.id === 'string' ? step.id.slice(0, 60) : null;
}

/** One checker message explained; `json` is the file as parsed (for the step's id), if it parsed. */
export function explainProblem(raw: string, json?: unknown): BriefingProblem {
  // `file: path: detail`; a file-level problem (size, JSON) has no path.
  const afterFile = raw.indexOf(': ');
  const rest = afterFile >= 0 ? raw.slice(afterFile + 2) : raw;
  const pathEnd = rest.indexOf(': ');
  const looksLikePath = pathEnd > 0 && /^(\(root\)|[A-Za-z_][\w]*(\[\d+\]|\.[A-Za-z_]\w*)*)$/.test(rest.slice(0, pathEnd));
  const path = looksLikePath ? rest.slice(0, pathEnd) : '';
  const detail = looksLikePath ? rest.slice(pathEnd + 2) : rest;
  const m = /^steps\[(\d+)\](?:\.(.+))?$/.exec(path);
  const index = m ? Number(m[1]) : null;
  const field = m ? (m[2] ?? '').replace(/^\./, '') : path;
  const stepId = index === null ? null : stepIdAt(json, index);
  const step = index === null ? null : index + 1;
  const id = stepId ? ` ("${stepId}")` : '';
  const idZh = stepId ? `（"${stepId}"）` : '';
  const en =
    step !== null
      ? `Step ${step}${id}${field ? `, field ${field}` : ''}: ${detail}`
      : `${field && field !== '(root)' ? `Field ${field}: ` : ''}${detail}`;
  const zh =
    step !== null
      ? `第 ${step} 步${idZh}${field ? `，字段 ${field}` : ''}：${zhDetail(detail)}`
      : `${field && field !== '(root)' ? `字段 ${field}：` : ''}${zhDetail(detail)}`;
  return { step, stepId, field, text: { zh, en }, raw };
}
