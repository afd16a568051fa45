/** Files leave the app as downloads: a Blob URL on an `<a download>`, nothing sent anywhere. */

/** Local date as yyyy-mm-dd. */
export function isoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A piece of a file name: no path or reserved characters, no spaces, not too long. */
export function namePart(text: string): string {
  return (
    text
      .normalize('NFC')
      // Characters no file system takes in a name, control characters included.
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/\p{Cc}+/gu, '-')
      .replace(/[\s_.,;'“”‘’、，。：（）()[\]{}]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'export'
  );
}

/** e.g. plan-map-220100-2026-11-22.png */
export function fileName(prefix: string, subject: string, ext: string, date = new Date(), suffix = ''): string {
  return `${prefix}-${namePart(subject)}-${isoDate(date)}${suffix}.${ext}`;
}

export function downloadBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (text: string, type: string, name: string) => downloadBlob(new Blob([text], { type }), name);
