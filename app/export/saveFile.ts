/**
 * Hands a file to the browser's downloads: a blob: URL clicked through a temporary
 * `<a download>`. Runs in the browser; imports nothing.
 */

/** How long the blob: URL outlives the click, so a slow download still finds it. */
const KEEP_URL_MS = 30_000;

export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}
