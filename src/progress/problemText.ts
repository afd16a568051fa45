import { translate, type Lang, type StringKey } from '../i18n/strings';
import type { FigureProblem } from './checkRows';

/** A figures problem in the reader's language: where (file, sheet, row, column), then what. */
export function problemText(lang: Lang, p: FigureProblem): string {
  const sheet = p.sheet ?? translate(lang, 'progress.csvSheet');
  const place =
    p.row !== undefined && p.column !== undefined
      ? translate(lang, 'progress.where', { file: p.file, sheet, row: String(p.row), column: p.column })
      : p.row !== undefined
        ? translate(lang, 'progress.whereRow', { file: p.file, sheet, row: String(p.row) })
        : p.file;
  return `${place}: ${translate(lang, `progress.p.${p.key}` as StringKey, p.vars)}`;
}
