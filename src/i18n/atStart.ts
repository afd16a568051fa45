/** A word that opens a heading or stands alone (a table's value): "Zone", "Strategic emerging" (Chinese unchanged). */
export const atStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
