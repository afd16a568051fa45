/**
 * Splits a label into lines of at most `max` characters: at spaces for text with spaces
 * (English; a word longer than a line breaks after its hyphens, or else anywhere), anywhere
 * for text without (Chinese). At most `maxLines`; the last is cut with "…".
 */
export function wrapText(text: string, max: number, maxLines = 4): string[] {
  const lines: string[] = [];
  if (/\s/.test(text.trim())) {
    let line = '';
    // Pieces of a line and the glue before each: a space between words, nothing inside a broken word.
    const pieces = text
      .trim()
      .split(/\s+/)
      .flatMap((word) => wordPieces(word, max).map((piece, i) => ({ piece, glue: i === 0 ? ' ' : '' })));
    for (const { piece, glue } of pieces) {
      if (line && (line + glue + piece).length > max) {
        lines.push(line);
        line = piece;
      } else line = line ? line + glue + piece : piece;
    }
    if (line) lines.push(line);
  } else lines.push(...chunks(text, max));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/.$/u, '')}…`;
  return kept;
}

/** Pieces of `max` characters at most. */
function chunks(text: string, max: number): string[] {
  const chars = [...text];
  const cut: string[] = [];
  for (let i = 0; i < chars.length; i += max) cut.push(chars.slice(i, i + max).join(''));
  return cut;
}

function wordPieces(word: string, max: number): string[] {
  return word.length <= max ? [word] : word.split(/(?<=-)/).flatMap((piece) => chunks(piece, max));
}

const NARROW_EM = 0.65;

/** Approximate width in ems: Chinese characters and full-width punctuation 1, anything else about 0.65 (bold Latin and digits run wide). */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : NARROW_EM;
  return em;
}

/**
 * Joins parts ("> 113 billion yuan", "by 2026") with `separator` on as few lines as fit in
 * `maxEm`, never breaking inside a part unless the part alone is too wide (then at spaces, or anywhere in Chinese).
 */
export function wrapParts(parts: readonly string[], maxEm: number, separator = ' · '): string[] {
  const lines: string[] = [];
  // Only a line of whole parts takes the next part: "…per" / "mu · by 2026" would misread.
  let joinable = false;
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (joinable && textWidthEm(last + separator + part) <= maxEm) lines[lines.length - 1] = last + separator + part;
    else if (textWidthEm(part) <= maxEm) {
      lines.push(part);
      joinable = true;
    } else {
      lines.push(...wrapText(part, Math.floor(/\s/.test(part) ? maxEm / NARROW_EM : maxEm), Infinity));
      joinable = false;
    }
  }
  return lines;
}
