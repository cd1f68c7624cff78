/** Saves bytes or text as a file through a temporary link. */
export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Turns a cell title into a safe file name stem. */
export function fileStem(title: string | undefined, fallback: string): string {
  const stem = (title ?? '')
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 60);
  return stem || fallback;
}
