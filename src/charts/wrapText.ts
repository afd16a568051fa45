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

/**
 * Joins parts ("> 113 billion yuan", "by 2026") with `separator` on as few lines as fit in `max`
 * characters, never breaking inside a part unless the part alone is too long.
 */
export function wrapParts(parts: readonly string[], max: number, separator = ' · '): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.length ? lines[lines.length - 1] : null;
    if (last !== null && (last + separator + part).length <= max) lines[lines.length - 1] = last + separator + part;
    else lines.push(...(part.length > max ? wrapText(part, max, 2) : [part]));
  }
  return lines;
}
