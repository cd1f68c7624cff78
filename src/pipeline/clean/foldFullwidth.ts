/** Folds full-width ASCII forms (，；？) to ASCII, as the source documents already have them. */
export function foldFullwidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
