/**
 * Splits a label into lines of at most `max` characters: at spaces for text with spaces
 * (English), anywhere for text without (Chinese). At most `maxLines`; the last is cut with "…".
 */
export function wrapText(text: string, max: number, maxLines = 4): string[] {
  const lines: string[] = [];
  if (/\s/.test(text.trim())) {
    let line = '';
    for (const word of text.trim().split(/\s+/)) {
      if (line && (line + ' ' + word).length > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  } else {
    const chars = [...text];
    for (let i = 0; i < chars.length; i += max) lines.push(chars.slice(i, i + max).join(''));
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/.$/u, '')}…`;
  return kept;
}
